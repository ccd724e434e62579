import Testing
import TuskIR
import TuskTestSupport

@Suite struct InterpreterErrorTests {
    let graph: Graph

    init() throws {
        graph = try Graph.trace("picker") { b in
            let table = b.parameter("table", [3, 2])
            let idx = b.input("idx", [2], .i64)
            return [("rows", table.gather(idx, axis: 0))]
        }
    }

    func bindingMessage(_ bindings: [String: TensorData]) -> String? {
        do {
            _ = try Interpreter().run(graph, bindings)
        } catch TuskError.binding(let message) {
            return message
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return nil
    }

    @Test func missingBindingNamesTheValueAndGraph() throws {
        let message = try #require(bindingMessage(["idx": i64([0, 1], [2])]))
        #expect(message.contains("'table'") && message.contains("picker") && message.contains("parameter"), "\(message)")
        let message2 = try #require(bindingMessage(["table": f32([1, 2, 3, 4, 5, 6], [3, 2])]))
        #expect(message2.contains("'idx'") && message2.contains("input"), "\(message2)")
    }

    @Test func wrongShapeOrDtypeNamesBothTypes() throws {
        let shape = try #require(bindingMessage(["table": f32([1, 2, 3, 4, 5, 6], [2, 3]), "idx": i64([0, 1], [2])]))
        #expect(shape.contains("f32[3,2]") && shape.contains("f32[2,3]"), "\(shape)")
        let dtype = try #require(bindingMessage(["table": f64([1, 2, 3, 4, 5, 6], [3, 2]), "idx": i64([0, 1], [2])]))
        #expect(dtype.contains("f32[3,2]") && dtype.contains("f64[3,2]"), "\(dtype)")
    }

    @Test func gatherIndexOutOfRangeNamesOpNodeIndexAndAxisSize() throws {
        let gatherNode = try #require(graph.nodes.firstIndex { if case .gather = $0.op { true } else { false } })
        for bad in [3.0, -1.0] {
            do {
                _ = try Interpreter().run(graph, ["table": f32([1, 2, 3, 4, 5, 6], [3, 2]), "idx": i64([0, bad], [2])])
                Issue.record("expected an execution error for index \(bad)")
            } catch TuskError.execution(let message) {
                #expect(message.contains("gather %\(gatherNode)"), "\(message)")
                #expect(message.contains("index \(Int(bad))") && message.contains("size 3"), "\(message)")
            }
        }
    }

    @Test func scatterIndexOutOfRange() throws {
        #expect(throws: TuskError.self) {
            try apply(.scatterAdd(axis: 0, size: 2), [f32([1, 2], [2]), i32([0, 2], [2])])
        }
    }

    @Test func integerDivisionByZeroThrows() {
        #expect(throws: TuskError.self) { try apply(.binary(.div), [i32([1, 2], [2]), i32([1, 0], [2])]) }
        #expect(throws: TuskError.self) { try apply(.binary(.pow), [i64([2], [1]), i64([-1], [1])]) }
    }

    @Test func evaluateRejectsMismatchedType() {
        #expect(throws: TuskError.self) {
            try Interpreter().evaluate(.unary(.exp), [f32([1], [1])], type: TensorType(.f32, [2]))
        }
        #expect(throws: TuskError.self) {
            try Interpreter().evaluate(.binary(.add), [f32([1], [1])], type: TensorType(.f32, [1]))
        }
        #expect(throws: TuskError.self) {
            try Interpreter().evaluate(.input("x"), [], type: TensorType(.f32, [1]))
        }
    }

    @Test func invalidGraphIsRejected() throws {
        var g = graph
        g.nodes[g.nodes.count - 1].type = TensorType(.f32, [7])
        #expect(throws: TuskError.self) {
            try Interpreter().run(g, ["table": f32([1, 2, 3, 4, 5, 6], [3, 2]), "idx": i64([0, 1], [2])])
        }
    }
}

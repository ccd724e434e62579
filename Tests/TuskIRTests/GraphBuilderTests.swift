import Testing
@testable import TuskIR

@Suite struct GraphBuilderTests {
    @Test func tracesAttentionLikeGraph() throws {
        let g = try Graph.trace("tiny") { b in
            let x = b.input("x", [2, 5, 8])
            let w = b.scope("qkv") { b.parameter("weight", [8, 24]) }
            let qkv = x.matmul(w)
            let q = qkv.slice(axis: -1, 0..<8), k = qkv.slice(axis: -1, 8..<16), v = qkv.slice(axis: -1, 16..<24)
            let att = (q.matmul(k, transposeB: true) * (1.0 / 8.0.squareRoot())).softmax(axis: -1)
            return [("y", att.matmul(v) + x)]
        }
        try g.verify()
        #expect(g.parameters.map(\.name) == ["qkv.weight"])
        #expect(g.inputs.map(\.name) == ["x"])
        #expect(g.type(of: g.outputs[0].value) == TensorType(.f32, [2, 5, 8]))
    }

    @Test func shapeErrorNamesTheSwiftLine() {
        let line = #line + 4
        do {
            _ = try Graph.trace("bad") { b in
                let x = b.input("x", [2, 3]), w = b.input("w", [4, 5])
                let y = x.matmul(w)
                return [("y", y.exp())]
            }
            Issue.record("expected a shape error")
        } catch let error as TuskError {
            let text = error.description
            #expect(text.contains("GraphBuilderTests.swift:\(line)"), "\(text)")
            #expect(text.contains("matmul"))
            #expect(text.contains("f32[2,3]") && text.contains("f32[4,5]"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func operatorErrorNamesOperandLines() {
        do {
            _ = try Graph.trace("bad") { b in
                let x = b.input("x", [2, 3])
                let y = b.input("y", [4])
                return [("z", x + y)]
            }
            Issue.record("expected a shape error")
        } catch {
            #expect("\(error)".contains("GraphBuilderTests.swift:"), "\(error)")
            #expect("\(error)".contains("do not broadcast"))
        }
    }

    @Test func shapeRules() throws {
        let conv = try Op.conv(ConvAttributes(strides: [2, 1, 1])).resultType(
            [TensorType(.f32, [3, 7, 142, 42, 1]), TensorType(.f32, [16, 7, 8, 8, 1])])
        #expect(conv.shape == [3, 16, 68, 35, 1])
        let convT = try Op.convTranspose(ConvAttributes(strides: [2])).resultType(
            [TensorType(.f32, [1, 4, 5]), TensorType(.f32, [4, 3, 4])])
        #expect(convT.shape == [1, 3, 12])
        let gather = try Op.gather(axis: 1).resultType([TensorType(.f32, [4, 9, 2]), TensorType(.i64, [3])])
        #expect(gather.shape == [4, 3, 2])
        let scatter = try Op.scatterAdd(axis: 1, size: 9).resultType([TensorType(.f32, [4, 3, 2]), TensorType(.i64, [3])])
        #expect(scatter.shape == [4, 9, 2])
        let mm = try Op.matmul(transposeA: false, transposeB: true).resultType(
            [TensorType(.f32, [2, 1, 5, 3]), TensorType(.f32, [4, 7, 3])])
        #expect(mm.shape == [2, 4, 5, 7])
        #expect(throws: TuskError.self) {
            try Op.reshape([5]).resultType([TensorType(.f32, [2, 3])])
        }
    }
}

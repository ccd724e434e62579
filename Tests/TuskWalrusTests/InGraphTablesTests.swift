import Foundation
import Testing
import TuskIR
import TuskRuntime
@testable import TuskWalrus

/// The RoPE angle tables and the boundary-flag channels are built inside the graph from `iota`
/// and elementwise ops (issue 8 item 6). They must equal the host definitions (`AxialRoPETable`,
/// `WalrusModel.boundaryFlags`) bit for bit — tolerance 0: the graph performs the same Float
/// operations in the same order — and a traced Walrus graph must hold no large literal.
@Suite("Walrus: tables built in the graph")
struct InGraphTablesTests {
    /// `float32Linspace` is PyTorch's float32 linspace (`AxialRoPETable.linspace`), bit for bit, on
    /// the interpreter and the BLAS backend, for every count up to 70 and the ranges Walrus uses.
    @Test func linspaceMatchesTheHostDefinition() throws {
        for (start, end) in [(Float(-1), Float(1)), (1, 128), (-3.5, 0.25)] {
            for n in 1...70 {
                let graph = try Graph.trace("linspace") { b in [("y", b.float32Linspace(start, end, count: n))] }
                let expected = AxialRoPETable.linspace(start, end, n).map(\.bitPattern)
                let interpreted = try Interpreter().run(graph, [:])["y"]!.floats.map(\.bitPattern)
                #expect(interpreted == expected, "linspace(\(start), \(end), \(n)) on the interpreter")
                let blas = try BLASBackend().compile(graph).run([:])["y"]!.floats.map(\.bitPattern)
                #expect(blas == expected, "linspace(\(start), \(end), \(n)) on BLAS")
            }
        }
    }

    /// The in-graph angle table equals `angles(tokenGrid:)` bit for bit: walrus-tiny (head_dim 16)
    /// and the release head width 88 (11 frequencies), on the grids the fixtures and 3-D use.
    @Test(arguments: [16, 88])
    func angleTableMatchesTheHostTable(headDim: Int) throws {
        let table = try AxialRoPETable(headDim: headDim)
        for grid in [[33, 32, 1], [32, 32, 1], [2, 3, 1], [17, 16, 16], [1, 1, 1]] {
            let graph = try Graph.trace("rope") { b in [("angles", try table.angleTensor(b, tokenGrid: grid))] }
            let got = try Interpreter().run(graph, [:])["angles"]!
            let expected = try table.angles(tokenGrid: grid)
            #expect(got.shape == [expected.tokens, expected.rotatedFeatures])
            #expect(got.floats.map(\.bitPattern) == expected.values.map(\.bitPattern), "head_dim \(headDim), grid \(grid)")
        }
        expectConfigError(field: "token grid") {
            _ = try Graph.trace("bad") { b in [("a", try table.angleTensor(b, tokenGrid: [2, 3]))] }
        }
    }

    /// cos and sin of the table in f32 equal Float cos/sin of the host angles exactly (the
    /// literals Tusk embedded before; the interpreter and BLAS both call cosf/sinf), and one table
    /// serves every call on the same builder.
    @Test func ropeCosSinAreFloatFunctionsOfTheHostAngles() throws {
        let table = try AxialRoPETable(headDim: 16), grid = [33, 32, 1]
        var sameTable = false
        let graph = try Graph.trace("rope") { b in
            let first = try WalrusModel.ropeTables(b, table, grid, dtype: .f32)
            let again = try WalrusModel.ropeTables(b, table, grid, dtype: .f32)
            sameTable = first.cos.id == again.cos.id && first.sin.id == again.sin.id
            return [("cos", first.cos), ("sin", first.sin)]
        }
        #expect(sameTable)
        let angles = try table.angles(tokenGrid: grid).values
        for backend in [ReferenceBackend() as any Backend, BLASBackend()] {
            let out = try backend.compile(graph).run([:])
            #expect(out["cos"]!.floats.map(\.bitPattern) == angles.map { cosf($0).bitPattern }, "\(backend.name)")
            #expect(out["sin"]!.floats.map(\.bitPattern) == angles.map { sinf($0).bitPattern }, "\(backend.name)")
        }
    }

    /// The in-graph boundary flags equal the host definition on 1-D, 2-D and 3-D geometries with
    /// every mix of WALL and OPEN sides, jitter on and off (corners where slabs overlap count 2 or 3).
    @Test func boundaryFlagsMatchTheHostDefinition() throws {
        let sides: [(BoundaryCondition, BoundaryCondition)] = [(.wall, .open), (.open, .open), (.wall, .wall), (.open, .wall)]
        var cases: [(shape: [Int], bcs: [AxisBoundary])] = [([128, 32], [AxisBoundary(.open), .periodic])]
        for (i, s) in sides.enumerated() {
            let other = sides[(i + 1) % sides.count]
            cases.append(([32], [AxisBoundary(start: s.0, end: s.1)]))
            cases.append(([32, 128], [AxisBoundary(start: s.0, end: s.1), AxisBoundary(start: other.0, end: other.1)]))
            cases.append(([16, 16, 16], [AxisBoundary(start: s.0, end: s.1), .periodic, AxisBoundary(start: other.1, end: other.0)]))
        }
        cases.append(([16, 16, 16], Array(repeating: AxisBoundary(.wall), count: 3)))
        cases.append(([32, 32], [.periodic, .periodic]))
        for jitter in WalrusConfig.Jitter.allCases {
            var config = WalrusConfig.tiny
            config.includeDims = [1, 2, 3]
            config.jitter = jitter
            for c in cases {
                let geometry = try WalrusGeometry(config: config, spatialShape: c.shape, boundaries: c.bcs)
                let (values, shape) = WalrusModel.boundaryFlags(geometry)
                for dtype in [DType.f32, .f64] {
                    let graph = try Graph.trace("flags") { b in [("flags", WalrusModel.boundaryFlagTensor(b, geometry, dtype: dtype))] }
                    let got = try Interpreter().run(graph, [:])["flags"]!
                    #expect(got.shape == shape && got.dtype == dtype)
                    #expect(got.doubles.map(\.bitPattern) == values.map(\.bitPattern), "\(c.shape) \(c.bcs) jitter \(jitter) \(dtype)")
                }
            }
        }
    }

    /// A traced walrus-tiny forward and train step hold no literal of more than 64 values (they
    /// held 1.75 MB of RoPE and flag literals before) and print back to the same graph.
    @Test func tracedGraphsHoldOnlySmallLiterals() throws {
        let model = try WalrusModel(config: .tiny)
        let traced = try model.trace(WalrusTraceSpec(inputShape: [3, 1, 4, 128, 32], fieldIndices: [6, 3, 7, 4],
                                                     boundaries: [AxisBoundary(.open), .periodic]))
        let largest = traced.graph.nodes.map { node -> Int in
            if case .literal(let v) = node.op { return v.count }
            return 0
        }.max() ?? 0
        #expect(largest <= 64, "largest literal: \(largest) values")
        let text = traced.graph.text
        #expect(text.utf8.count < 100_000, "forward text is \(text.utf8.count) bytes")
        #expect(try Graph.parse(text).text == text)
    }
}

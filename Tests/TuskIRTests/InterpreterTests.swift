import Testing
import TuskIR
import TuskTestSupport

// Shared helpers of the interpreter tests.

/// Evaluates `op` on `operands` with the result type its shape rule infers.
func apply(_ op: Op, _ operands: [TensorData], _ precision: InterpreterPrecision = .native) throws -> TensorData {
    let type = try op.resultType(operands.map(\.type))
    return try Interpreter(precision: precision).evaluate(op, operands, type: type)
}

func f32(_ values: [Double], _ shape: [Int]) -> TensorData { TensorData(shape: shape, values: values, dtype: .f32) }
func f64(_ values: [Double], _ shape: [Int]) -> TensorData { TensorData(shape: shape, values: values, dtype: .f64) }
func i32(_ values: [Double], _ shape: [Int]) -> TensorData { TensorData(shape: shape, values: values, dtype: .i32) }
func i64(_ values: [Double], _ shape: [Int]) -> TensorData { TensorData(shape: shape, values: values, dtype: .i64) }
func bools(_ values: [Bool], _ shape: [Int]) -> TensorData { TensorData(shape: shape, storage: .bool(values)) }

/// `Σ a·b` in Double.
func dot(_ a: TensorData, _ b: TensorData) -> Double {
    zip(a.doubles, b.doubles).reduce(0) { $0 + $1.0 * $1.1 }
}

@Suite struct InterpreterRunTests {
    @Test func runsTracedGraphWithInputsAndParameters() throws {
        let g = try Graph.trace("affine") { b in
            let x = b.input("x", [2, 2])
            let w = b.parameter("w", [2, 2])
            return [("y", x.matmul(w) + 1.0), ("s", x.sum())]
        }
        let x = f32([1, 2, 3, 4], [2, 2]), w = f32([1, 0, 0, 2], [2, 2])
        let out = try Interpreter().run(g, ["x": x, "w": w, "unused": f32([0], [1])])
        #expect(out["y"] == f32([2, 5, 4, 9], [2, 2]))
        #expect(out["s"] == f32([10], []))
        #expect(out.count == 2)
    }

    @Test func float64PrecisionPromotesFloatsAndKeepsIntegers() throws {
        let g = try Graph.trace("promote") { b in
            let x = b.input("x", [3])
            let i = b.input("i", [3], .i32)
            return [("y", (x * 3.0).cast(.f32)), ("j", i + i), ("c", x.cast(.i64))]
        }
        let x = f32([0.1, 1.5, -2.5], [3])
        let out = try Interpreter(precision: .float64).run(g, ["x": x, "i": i32([1, 2, 3], [3])])
        #expect(out["y"]?.dtype == .f64)
        // 0.1f is promoted exactly and multiplied in Double: no f32 rounding of the product.
        #expect(out["y"]?.doubles == [Double(Float(0.1)) * 3, 4.5, -7.5])
        #expect(out["j"] == i32([2, 4, 6], [3]))
        #expect(out["c"] == i64([0, 1, -2], [3]))
        // An f64 binding of an f32 input is accepted in float64 precision.
        let exact = try Interpreter(precision: .float64).run(g, ["x": f64([0.1, 1.5, -2.5], [3]), "i": i32([1, 2, 3], [3])])
        #expect(exact["y"]?.doubles == [0.1 * 3, 4.5, -7.5])
    }

    @Test func nativePrecisionRoundsEveryF32Op() throws {
        // (1 + 2^-24) rounds to 1 in f32; in f64 it does not.
        let g = try Graph.trace("round") { b in
            let x = b.input("x", [1])
            return [("y", (x + 0x1p-24) - x)]
        }
        let native = try Interpreter().run(g, ["x": f32([1], [1])])
        let wide = try Interpreter(precision: .float64).run(g, ["x": f32([1], [1])])
        #expect(native["y"] == f32([0], [1]))
        #expect(wide["y"] == f64([0x1p-24], [1]))
    }

    @Test func runAllReturnsEveryNodeValue() throws {
        let g = try Graph.trace("chain") { b in
            let x = b.input("x", [2])
            return [("y", (x * x).exp())]
        }
        let values = try Interpreter().runAll(g, ["x": f32([0, 1], [2])])
        #expect(values.count == g.nodes.count)
        #expect(values[0] == f32([0, 1], [2]))
        #expect(values.last == TensorData(shape: [2], storage: .f32([1, Float(2.718281828459045)])))
    }
}

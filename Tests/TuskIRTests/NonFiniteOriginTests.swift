import Testing
@testable import TuskIR

/// `Interpreter.firstNonFinite` (the reference re-run behind `--check-finite`): the op that first
/// produced a NaN or an infinity from finite operands, followed back from the outputs.
@Suite("Interpreter: the origin of a non-finite value")
struct NonFiniteOriginTests {
    /// log of a negated positive input: the NaN comes from `log` (%2), not from `neg` (finite)
    /// nor from the `mul` that only carries it to the output.
    @Test func logOfANegativeNumber() throws {
        let graph = try Graph.parse("""
            graph @g {
              %0: f32[3] = input "x"
              %1: f32[3] = neg %0
              %2: f32[3] = log %1
              %3: f32[3] = mul %2, %0
              return %3 as "y", %1 as "z"
            }
            """)
        let x = TensorData([Float(1), 2, 3], shape: [3])
        let (outputs, origin) = try Interpreter().firstNonFinite(graph, ["x": x])
        let o = try #require(origin)
        #expect(o.node == 2 && o.dumpLine == 4 && !o.isBinding)
        #expect(o.text.hasPrefix("%2: f32[3] = log %1"), "\(o.text)")
        #expect(o.outputs == ["y"], "z (= -x) is finite")
        #expect(o.result.hasPrefix("element 0 is ") && o.result.hasSuffix("nan; f32[3] (3 NaN)"), "\(o.result)")  // log(-1): ±nan
        #expect(o.operands == ["f32[3] (finite, min -3.0, max -1.0)"])
        #expect(outputs["y"]!.doubles.allSatisfy { $0.isNaN })
        // With finite inputs in its domain the same graph has no origin.
        #expect(try Interpreter().firstNonFinite(graph, ["x": TensorData([Float(-1), -2, -3], shape: [3])]).origin == nil)
    }

    /// A -inf that a later op turns finite (a mask under exp) does not reach the output and is
    /// not blamed; the output's NaN is traced to the division by zero that made it.
    @Test func nonFiniteValuesThatDoNotReachAnOutputAreNotBlamed() throws {
        let graph = try Graph.parse("""
            graph @g {
              %0: f32[2] = input "x"
              %1: f32[2] = literal [-inf, 0.0]
              %2: f32[2] = add %0, %1
              %3: f32[2] = exp %2
              %4: f32[2] = sub %0, %0
              %5: f32[2] = div %4, %4
              %6: f32[2] = add %3, %5
              return %6 as "y"
            }
            """)
        let (_, origin) = try Interpreter().firstNonFinite(graph, ["x": TensorData([Float(1), 2], shape: [2])])
        let o = try #require(origin)
        #expect(o.node == 5, "\(o)")
    }

    /// A NaN bound to an input is reported as the binding, and the DSL location of a traced
    /// node is kept.
    @Test func boundNaNAndSourceLocation() throws {
        let traced = try Graph.trace("loc") { b in
            let x = b.input("x", [2], .f32)
            return [("y", x.sqrt())]
        }
        let (_, bound) = try Interpreter().firstNonFinite(traced, ["x": TensorData([Float.nan, 1], shape: [2])])
        #expect(bound?.isBinding == true && bound?.node == 0)
        let (_, origin) = try Interpreter().firstNonFinite(traced, ["x": TensorData([Float(-1), 1], shape: [2])])
        let o = try #require(origin)
        #expect(o.location?.file.hasSuffix("NonFiniteOriginTests.swift") == true, "\(o)")
        #expect(o.description.contains("built at: TuskIRTests/NonFiniteOriginTests.swift:"), "\(o.description)")
    }
}

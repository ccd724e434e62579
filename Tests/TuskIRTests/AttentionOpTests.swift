import Foundation
import Testing
import TuskIR
import TuskTestSupport

/// The fused attention ops: shape rule, text format, and their decomposition (which the
/// interpreter runs) against `AttentionReference`, plain loops written independently of the IR.
@Suite struct AttentionOpTests {
    /// One configuration: batch axes, tokens, features, mask, bias head axis (nil: no bias).
    struct Case: CustomTestStringConvertible, Sendable {
        var batch: [Int], tq: Int, tk: Int, d: Int, dv: Int
        var causal: Bool
        var headAxis: Int?
        var rotary = 0
        var testDescription: String {
            "batch \(batch) Tq \(tq) Tk \(tk) d \(d) dv \(dv)\(causal ? " causal" : "")\(headAxis.map { " bias@\($0)" } ?? "")"
                + (rotary > 0 ? " rope \(rotary)" : "")
        }

        var attributes: AttentionAttributes {
            var a = AttentionAttributes(scale: 1 / Double(d).squareRoot(), causal: causal, rotaryFeatures: rotary)
            if let headAxis {
                // T5-like: distance buckets saturating at 3, future offsets in their own buckets.
                a.bias = RelativePositionBias(headAxis: headAxis, buckets: (0..<(tq + tk - 1)).map { o in
                    let n = o - (tk - 1)
                    return n >= 0 ? min(n, 3) : 4 + min(-n - 1, 1)
                })
            }
            return a
        }

        func operands(_ dtype: DType, seed: UInt64) -> [TensorData] {
            var rng = SeededRandom(seed: seed)
            var x = [randomTensor(TensorType(dtype, batch + [tq, d]), using: &rng, range: -1.5...1.5),
                     randomTensor(TensorType(dtype, batch + [tk, d]), using: &rng, range: -1.5...1.5),
                     randomTensor(TensorType(dtype, batch + [tk, dv]), using: &rng)]
            if let headAxis { x.append(randomTensor(TensorType(dtype, [6, batch[headAxis]]), using: &rng)) }
            if rotary > 0 {
                for tokens in [tq, tq, tk, tk] { x.append(randomTensor(TensorType(dtype, [tokens, rotary]), using: &rng)) }
            }
            return x
        }
    }

    static let cases: [Case] = [
        Case(batch: [2], tq: 5, tk: 5, d: 4, dv: 4, causal: false, headAxis: nil),
        Case(batch: [2], tq: 5, tk: 5, d: 4, dv: 4, causal: true, headAxis: nil),
        Case(batch: [1], tq: 1, tk: 1, d: 3, dv: 2, causal: true, headAxis: 0),       // N = 1 (T = 1)
        Case(batch: [3], tq: 3, tk: 7, d: 2, dv: 5, causal: false, headAxis: 0),      // Tq < Tk, odd
        Case(batch: [2], tq: 6, tk: 3, d: 3, dv: 1, causal: true, headAxis: nil),     // Tq > Tk
        Case(batch: [2, 3, 2], tq: 4, tk: 4, d: 3, dv: 3, causal: true, headAxis: 2), // Walrus time layout [B, S, heads]
        Case(batch: [2, 2, 3], tq: 3, tk: 3, d: 2, dv: 2, causal: false, headAxis: 1),
        Case(batch: [2], tq: 9, tk: 9, d: 5, dv: 3, causal: true, headAxis: 0),
        Case(batch: [2, 2], tq: 4, tk: 4, d: 6, dv: 3, causal: false, headAxis: nil, rotary: 4),  // part rotated
        Case(batch: [2], tq: 3, tk: 5, d: 4, dv: 2, causal: true, headAxis: 0, rotary: 4),         // all rotated
    ]

    /// The rotary tables of a case's operands.
    static func rotary(_ c: Case, _ x: [TensorData]) -> [TensorData] {
        c.rotary > 0 ? Array(x.suffix(4)) : []
    }

    /// The interpreter (the decomposition) against the loops, f64: both are plain f64 sums in
    /// different orders, so they agree to ~1e-15 relative; 1e-12 of the largest magnitude leaves
    /// room for that and fails on any wrong index (errors O(0.1)).
    @Test(arguments: cases)
    func forwardMatchesReference(_ c: Case) throws {
        let x = c.operands(.f64, seed: 1)
        let got = try Interpreter().evaluate(.scaledDotProductAttention(c.attributes), x,
                                             type: TensorType(.f64, c.batch + [c.tq, c.dv + 1]))
        let want = AttentionReference.forward(q: x[0], k: x[1], v: x[2], table: c.headAxis == nil ? nil : x[3],
                                              rotary: Self.rotary(c, x), c.attributes)
        let scale = want.map(Swift.abs).max()!
        #expect(maxAbsDifference(got, TensorData(want, shape: got.shape)) <= 1e-12 * scale, "\(c)")
    }

    /// The backward decomposition against the loops' analytic gradients (same tolerance and
    /// reason), with y = the forward result and a random cotangent that includes the log-sum-exp
    /// column.
    @Test(arguments: cases)
    func backwardMatchesReference(_ c: Case) throws {
        let x = c.operands(.f64, seed: 2)
        let a = c.attributes
        let yType = TensorType(.f64, c.batch + [c.tq, c.dv + 1])
        let y = try Interpreter().evaluate(.scaledDotProductAttention(a), x, type: yType)
        let dy = randomTensor(yType, seed: 3)
        let table = c.headAxis == nil ? nil : x[3]
        let total = x.reduce(0) { $0 + $1.shape.reduce(1, *) }
        let got = try Interpreter().evaluate(.scaledDotProductAttentionBackward(a), x + [y, dy],
                                             type: TensorType(.f64, [total]))
        let want = AttentionReference.backward(q: x[0], k: x[1], v: x[2], table: table, rotary: Self.rotary(c, x), dy: dy, a)
        let scale = want.map(Swift.abs).max()!
        #expect(maxAbsDifference(got, TensorData(want, shape: [total])) <= 1e-12 * scale, "\(c)")
    }

    /// f32 evaluation (every op rounded to Float) against f64: softmax and two short dot
    /// products lose a few ulps each, so 1e-5 of the largest magnitude (~100 f32 ulps) passes
    /// and a wrong f32 code path would not.
    @Test func float32IsCloseToFloat64() throws {
        let c = Self.cases[5]
        let x64 = c.operands(.f64, seed: 4)
        let x32 = x64.map { TensorData(shape: $0.shape, values: $0.doubles, dtype: .f32) }
        let op = Op.scaledDotProductAttention(c.attributes)
        let shape = c.batch + [c.tq, c.dv + 1]
        let got = try Interpreter().evaluate(op, x32, type: TensorType(.f32, shape))
        let want = try Interpreter().evaluate(op, x32.map { TensorData(shape: $0.shape, values: $0.doubles, dtype: .f64) },
                                              type: TensorType(.f64, shape))
        #expect(got.dtype == .f32)
        #expect(maxAbsDifference(got, want) <= 1e-5 * want.doubles.map(Swift.abs).max()!)
    }

    @Test func shapeErrorsNameTheProblem() throws {
        func message(_ op: Op, _ types: [TensorType]) -> String {
            do {
                _ = try op.resultType(types)
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        let q = TensorType(.f32, [2, 3, 4]), k = TensorType(.f32, [2, 5, 4]), v = TensorType(.f32, [2, 5, 2])
        let plain = Op.scaledDotProductAttention(AttentionAttributes(scale: 0.5))
        #expect(try plain.resultType([q, k, v]) == TensorType(.f32, [2, 3, 3]))
        #expect(message(plain, [q, k]).contains("expects 3 operands"))
        #expect(message(plain, [q, TensorType(.f32, [2, 5, 3]), v]).contains("q has 4 features per token but k has 3"))
        #expect(message(plain, [q, k, TensorType(.f32, [2, 4, 2])]).contains("k has 5 tokens but v has 4"))
        #expect(message(plain, [q, TensorType(.f32, [3, 5, 4]), v]).contains("same batch axes"))
        #expect(message(plain, [q, TensorType(.f64, [2, 5, 4]), v]).contains("operand dtypes differ"))
        #expect(message(plain, [q, TensorType(.f32, [2, 0, 4]), TensorType(.f32, [2, 0, 2])]).contains("at least one key"))
        #expect(message(.scaledDotProductAttention(AttentionAttributes(scale: .infinity)), [q, k, v]).contains("finite"))
        let table = TensorType(.f32, [4, 2])
        func biased(_ axis: Int, _ buckets: [Int]) -> Op {
            .scaledDotProductAttention(AttentionAttributes(scale: 1, bias: RelativePositionBias(headAxis: axis, buckets: buckets)))
        }
        let good = [0, 1, 2, 3, 3, 2, 1]
        #expect(try biased(0, good).resultType([q, k, v, table]) == TensorType(.f32, [2, 3, 3]))
        #expect(message(biased(0, good), [q, k, v]).contains("expects 4 operands"))
        #expect(message(biased(0, [0, 1]), [q, k, v, table]).contains("Tq + Tk − 1 = 7"))
        #expect(message(biased(0, [0, 1, 2, 4, 3, 2, 1]), [q, k, v, table]).contains("bucket 4 is outside"))
        #expect(message(biased(1, good), [q, k, v, table]).contains("not a batch axis"))
        #expect(message(biased(0, good), [q, k, v, TensorType(.f32, [4, 3])]).contains("3 head columns"))
        let backward = Op.scaledDotProductAttentionBackward(AttentionAttributes(scale: 0.5))
        let y = TensorType(.f32, [2, 3, 3])
        #expect(try backward.resultType([q, k, v, y, y]) == TensorType(.f32, [24 + 40 + 20]))
        #expect(message(backward, [q, k, v, y, TensorType(.f32, [2, 3, 2])]).contains("forward result's type"))
        let rope = Op.scaledDotProductAttention(AttentionAttributes(scale: 1, rotaryFeatures: 2))
        let (cq, ck) = (TensorType(.f32, [3, 2]), TensorType(.f32, [5, 2]))
        #expect(try rope.resultType([q, k, v, cq, cq, ck, ck]) == TensorType(.f32, [2, 3, 3]))
        #expect(message(rope, [q, k, v]).contains("expects 7 operands (q, k, v, cos_q, sin_q, cos_k, sin_k)"))
        #expect(message(rope, [q, k, v, cq, cq, cq, ck]).contains("cos_k must be f32[5,2]"))
        #expect(message(.scaledDotProductAttention(AttentionAttributes(scale: 1, rotaryFeatures: 3)), [q, k, v, cq, cq, ck, ck])
                .contains("rotary_features must be even"))
    }

    /// Both spellings print and parse back; a bias needs both of its attributes.
    @Test func textFormat() throws {
        let text = """
        graph @attn {
          %0: f32[2,3,4] = input "q"
          %1: f32[2,5,4] = input "k"
          %2: f32[2,5,2] = input "v"
          %3: f32[4,2] = parameter "table"
          %4: f32[2,3,3] = scaled_dot_product_attention %0, %1, %2, %3 {scale = 0.5, causal = true, bias_head_axis = 0, bias_buckets = [0,1,2,3,3,2,1]}
          return %4 as "y"
        }
        """
        let g = try Graph.parse(text)
        #expect(g.nodes[4].op == .scaledDotProductAttention(AttentionAttributes(
            scale: 0.5, causal: true, bias: RelativePositionBias(headAxis: 0, buckets: [0, 1, 2, 3, 3, 2, 1]))))
        #expect(try Graph.parse(g.text) == g)
        let broken = text.replacingOccurrences(of: ", bias_buckets = [0,1,2,3,3,2,1]", with: "")
        #expect(throws: TuskError.self) { try Graph.parse(broken) }
        do { _ = try Graph.parse(broken) } catch {
            #expect("\(error)".contains("bias_head_axis and bias_buckets are given together"))
        }
    }
}

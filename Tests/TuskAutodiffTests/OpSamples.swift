import Testing
import TuskIR
@testable import TuskAutodiff

/// One case per `Op` case, without attributes. `OpCase(op)` is an exhaustive switch, so adding
/// an op to the IR breaks this file until the op gets a case here, and `samples` (also
/// exhaustive) breaks until it gets sample graphs — which the gradient checks then run.
enum OpCase: String, CaseIterable, Sendable {
    case input, parameter, fill, iota, literal
    case unary, binary, compare, select, cast
    case reduce, softmax
    case matmul, conv, convTranspose, convFilterGradient
    case reshape, permute, broadcast, slice, concat, pad, roll, dynamicRoll, gather, scatterAdd
    case scaledDotProductAttention, scaledDotProductAttentionBackward

    init(_ op: Op) {
        switch op {
        case .input: self = .input
        case .parameter: self = .parameter
        case .fill: self = .fill
        case .iota: self = .iota
        case .literal: self = .literal
        case .unary: self = .unary
        case .binary: self = .binary
        case .compare: self = .compare
        case .select: self = .select
        case .cast: self = .cast
        case .reduce: self = .reduce
        case .softmax: self = .softmax
        case .matmul: self = .matmul
        case .conv: self = .conv
        case .convTranspose: self = .convTranspose
        case .convFilterGradient: self = .convFilterGradient
        case .reshape: self = .reshape
        case .permute: self = .permute
        case .broadcast: self = .broadcast
        case .slice: self = .slice
        case .concat: self = .concat
        case .pad: self = .pad
        case .roll: self = .roll
        case .dynamicRoll: self = .dynamicRoll
        case .gather: self = .gather
        case .scatterAdd: self = .scatterAdd
        case .scaledDotProductAttention: self = .scaledDotProductAttention
        case .scaledDotProductAttentionBackward: self = .scaledDotProductAttentionBackward
        }
    }

    /// Small f64 sample graphs exercising this op (every sub-op and attribute variant that has
    /// its own rule or its own index algebra).
    var samples: [Sample] {
        switch self {
        case .input:
            return [Sample("input") { s in s.input("x", [2, 3]) * 1.0 }]
        case .parameter:
            return [Sample("parameter") { s in
                s.builder.scope("blocks") { s.builder.scope("0") { s.parameter("weight", [3]) } } * s.input("x", [2, 3])
            }]
        case .fill:
            return [Sample("fill") { s in s.input("x", [2, 3]) * s.builder.fill(0.7, [2, 3], .f64) }]
        case .iota:
            return [Sample("iota") { s in s.input("x", [2, 3]) * s.builder.iota([2, 3], axis: 1, start: 0.5, step: 0.25, .f64) }]
        case .literal:
            return [Sample("literal") { s in s.input("x", [3]) * s.builder.literal([1, -2, 3], [3], .f64) }]

        case .unary:
            return UnaryOp.allCases.map { u in
                switch u {
                case .logicalNot:
                    return Sample("unary.not") { s in
                        let x = s.input("x", [2, 3])
                        return s.builder.select((x .> x.scalar(0)).unary(.logicalNot), x * 2.0, x.exp())
                    }
                case .log, .sqrt, .rsqrt:
                    return Sample("unary.\(u.rawValue)") { s in s.input("x", [2, 3], .positive).unary(u) }
                default:
                    return Sample("unary.\(u.rawValue)") { s in s.input("x", [2, 3]).unary(u) }
                }
            }
        case .binary:
            // Broadcasting on both sides: a [2, 1, 3] against b [4, 1] → [2, 4, 3].
            return BinaryOp.allCases.flatMap { op -> [Sample] in
                switch op {
                case .pow:
                    return [
                        Sample("binary.pow") { s in s.input("a", [2, 1, 3], .positive).pow(s.input("b", [4, 1])) },
                        Sample("binary.pow.scalarExponent") { s in s.input("a", [2, 3], .positive).pow(3.0) },
                    ]
                case .div:
                    return [Sample("binary.div") { s in s.input("a", [2, 1, 3]) / s.input("b", [4, 1], .positive) }]
                case .max, .min:
                    // Distinct values 0.1 apart across both operands: no ties.
                    return [Sample("binary.\(op.rawValue)") { s in
                        let both = s.input("ab", [2, 4, 3], .distinct)
                        let a = both.slice(axis: 1, 0..<2), b = both.slice(axis: 1, 2..<4)
                        return a.binary(op, b.slice(axis: 0, 0..<1))
                    }]
                default:
                    return [
                        Sample("binary.\(op.rawValue)") { s in s.input("a", [2, 1, 3]).binary(op, s.input("b", [4, 1])) },
                        Sample("binary.\(op.rawValue).sameOperand") { s in let a = s.input("a", [3]); return a.binary(op, a) },
                    ]
                }
            }
        case .compare:
            return CompareOp.allCases.map { c in
                Sample("compare.\(c.rawValue)") { s in
                    let a = s.input("a", [2, 3]), b = s.input("b", [3])
                    return s.builder.select(a.compare(c, b), a * b, a - b)
                }
            }
        case .select:
            return [Sample("select.broadcast") { s in
                let c = s.input("c", [2, 1]) .> s.builder.fill(0, [], .f64)
                return s.builder.select(c, s.input("a", [3]), s.input("b", [2, 3]))
            }]
        case .cast:
            return [
                Sample("cast.f32roundtrip") { s in
                    // Dyadic inputs and directions (k/64) are exact in f32, so the rounding of
                    // the f32 cast does not enter the checks and they stay exact.
                    s.input("x", [2, 3], .dyadic).cast(.f32).cast(.f64) * 3.0
                },
                Sample("cast.toInteger") { s in
                    let x = s.input("x", [2, 3])
                    return (x * 3.0).cast(.i64).cast(.f64) + x * x
                },
            ]

        case .reduce:
            var out: [Sample] = []
            for r in ReduceOp.allCases {
                for keep in [false, true] {
                    let domain: Domain = (r == .max || r == .min) ? .distinct : .signed
                    out.append(Sample("reduce.\(r.rawValue).axes13.keep\(keep)") { s in
                        s.input("x", [2, 3, 2, 4], domain).reduce(r, axes: [1, 3], keepDims: keep)
                    })
                }
                let domain: Domain = (r == .max || r == .min) ? .distinct : .signed
                out.append(Sample("reduce.\(r.rawValue).all") { s in s.input("x", [3, 4], domain).reduce(r, axes: [0, 1]) })
            }
            return out
        case .softmax:
            return [
                Sample("softmax.last") { s in s.input("x", [2, 5]).softmax(axis: -1) },
                Sample("softmax.middle") { s in s.input("x", [2, 3, 2]).softmax(axis: 1) },
            ]

        case .matmul:
            var out: [Sample] = []
            for ta in [false, true] {
                for tb in [false, true] {
                    // a batch [2, 1] against b batch [3]: broadcast batch [2, 3] summed back.
                    out.append(Sample("matmul.ta\(ta).tb\(tb)") { s in
                        let a = s.input("a", ta ? [2, 1, 4, 3] : [2, 1, 3, 4])
                        let b = s.input("b", tb ? [3, 5, 4] : [3, 4, 5])
                        return a.matmul(b, transposeA: ta, transposeB: tb)
                    })
                }
            }
            out.append(Sample("matmul.plain") { s in s.input("a", [3, 4]).matmul(s.input("b", [4, 2])) })
            return out
        case .conv:
            return [
                // Remainders: (7 + 1 + 0 − 3) / 2 + 1 = 3 outputs; cell 6 never read.
                Sample("conv.1d.stride2.remainder") { s in
                    s.input("x", [2, 2, 7]).conv(s.input("w", [3, 2, 3]), strides: [2], padLow: [1], padHigh: [0])
                },
                Sample("conv.2d.stride21.pad") { s in
                    s.input("x", [1, 2, 5, 4]).conv(s.input("w", [2, 2, 2, 3]), strides: [2, 1], padLow: [1, 0], padHigh: [0, 2])
                },
                Sample("conv.3d.stride2") { s in
                    s.input("x", [1, 2, 5, 4, 3]).conv(s.input("w", [2, 2, 2, 2, 2]), strides: [2, 2, 2])
                },
            ]
        case .convTranspose:
            return [
                Sample("convTranspose.1d.stride2.crop") { s in
                    s.input("x", [2, 2, 3]).convTranspose(s.input("w", [2, 3, 3]), strides: [2], padLow: [1], padHigh: [1])
                },
                // Negative padHigh appends zero cells (PyTorch's output_padding).
                Sample("convTranspose.2d.outputPadding") { s in
                    s.input("x", [1, 2, 3, 2]).convTranspose(s.input("w", [2, 2, 2, 3]), strides: [2, 3], padLow: [0, 1], padHigh: [-1, -2])
                },
                Sample("convTranspose.3d.stride2") { s in
                    s.input("x", [1, 2, 2, 2, 2]).convTranspose(s.input("w", [2, 1, 2, 3, 2]), strides: [2, 2, 2])
                },
            ]
        case .convFilterGradient:
            return [
                Sample("convFilterGradient.1d") { s in
                    s.input("x", [2, 2, 7]).convFilterGradient(s.input("dy", [2, 3, 3]), attributes: ConvAttributes(strides: [2], padLow: [1], padHigh: [0]), kernel: [3])
                },
                Sample("convFilterGradient.2d") { s in
                    s.input("x", [1, 2, 5, 4]).convFilterGradient(s.input("dy", [1, 2, 3, 4]), attributes: ConvAttributes(strides: [2, 1], padLow: [1, 0], padHigh: [0, 2]), kernel: [2, 3])
                },
            ]

        case .reshape:
            return [Sample("reshape") { s in s.input("x", [2, 6]).reshape([3, 2, 2]) }]
        case .permute:
            return [Sample("permute") { s in s.input("x", [2, 3, 4]).permute([2, 0, 1]) }]
        case .broadcast:
            return [Sample("broadcast") { s in s.input("x", [3, 1]).broadcast(to: [2, 3, 4]) }]
        case .slice:
            return [
                Sample("slice.unit") { s in s.input("x", [4, 5]).slice(axis: 1, 1..<4) },
                // Strides with remainders on two axes: 1..<7 by 3 → {1, 4}; 0..<5 by 2 → {0, 2, 4}.
                Sample("slice.strided") { s in
                    s.input("x", [3, 8, 5]).apply(.slice(start: [1, 1, 0], limit: [3, 7, 5], stride: [1, 3, 2]), file: #fileID, line: #line)
                },
            ]
        case .concat:
            return [Sample("concat") { s in
                let a = s.input("a", [2, 2]), b = s.input("b", [2, 3])
                return s.builder.concat([a, b, a], axis: 1)
            }]
        case .pad:
            return [
                Sample("pad.constant") { s in s.input("x", [2, 3]).pad(low: [1, 0], high: [2, 3], mode: .constant(0.5)) },
                // Borders as wide as the axis on one side (the maximum a circular pad allows).
                Sample("pad.circular") { s in s.input("x", [3, 4]).pad(low: [2, 4], high: [3, 1], mode: .circular) },
            ]
        case .roll:
            return [Sample("roll") { s in s.input("x", [3, 4]).roll([1, -3]) }]
        case .dynamicRoll:
            return [
                // Run-time shifts (i64 inputs in 0..<9, beyond the axis sizes) and negative i32 ones.
                Sample("dynamicRoll.input") { s in s.input("x", [3, 4, 2]).roll(s.input("r", [2], .indices(9)), axes: [0, 1]) },
                Sample("dynamicRoll.negative") { s in
                    s.input("x", [3, 5]).roll(s.builder.literal([-7, -1], [2], .i32), axes: [0, 1])
                },
            ]
        case .gather:
            return [Sample("gather") { s in
                // Repeated indices make the adjoint accumulate.
                s.input("x", [2, 4, 3]).gather(s.input("i", [2, 3], .indices(4)), axis: 1)
            }]
        case .scatterAdd:
            return [Sample("scatterAdd") { s in
                s.input("x", [2, 5, 3]).scatterAdd(s.input("i", [5], .indices(3)), axis: 1, size: 3)
            }]
        case .scaledDotProductAttention:
            // y is the whole fused result, so the log-sum-exp column's cotangent is checked too.
            return [
                Sample("sdpa.plain") { s in   // Tq ≠ Tk, odd sizes
                    s.input("q", [2, 3, 4]).apply(.scaledDotProductAttention(AttentionAttributes(scale: 0.5)),
                                                  [s.input("k", [2, 5, 4]), s.input("v", [2, 5, 3])], file: #fileID, line: #line)
                },
                Sample("sdpa.causal.bias") { s in   // 2 heads on axis 1, 4 tokens: 7 offsets
                    let attrs = AttentionAttributes(scale: 0.7, causal: true,
                                                    bias: RelativePositionBias(headAxis: 1, buckets: [2, 2, 2, 0, 1, 1, 2]))
                    return s.input("q", [2, 2, 4, 3]).apply(.scaledDotProductAttention(attrs),
                                                            [s.input("k", [2, 2, 4, 3]), s.input("v", [2, 2, 4, 2]),
                                                             s.parameter("table", [3, 2])], file: #fileID, line: #line)
                },
                Sample("sdpa.rotary.bias") { s in   // 6 features, the first 4 rotated; rotary tables differentiated too
                    let attrs = AttentionAttributes(scale: 0.4, causal: true,
                                                    bias: RelativePositionBias(headAxis: 0, buckets: [1, 0, 2, 1, 0]),
                                                    rotaryFeatures: 4)
                    return s.input("q", [2, 3, 6]).apply(.scaledDotProductAttention(attrs),
                                                         [s.input("k", [2, 3, 6]), s.input("v", [2, 3, 2]), s.parameter("table", [3, 2]),
                                                          s.input("cq", [3, 4]), s.input("sq", [3, 4]),
                                                          s.input("ck", [3, 4]), s.input("sk", [3, 4])], file: #fileID, line: #line)
                },
                Sample("sdpa.single_token") { s in   // T = 1, only the output columns used
                    s.input("q", [3, 1, 2]).apply(.scaledDotProductAttention(AttentionAttributes(scale: 1, causal: true)),
                                                  [s.input("k", [3, 1, 2]), s.input("v", [3, 1, 2])], file: #fileID, line: #line)
                        .slice(axis: 2, 0..<2)
                },
            ]
        case .scaledDotProductAttentionBackward:
            // A function of all six operands (y and dy need not come from a forward: the
            // decomposition reads o and lse from y), differentiated through its decomposition.
            return [Sample("sdpa_backward.rotary") { s in
                let attrs = AttentionAttributes(scale: 0.5, rotaryFeatures: 2)
                return s.input("q", [2, 2, 3]).apply(.scaledDotProductAttentionBackward(attrs),
                                                     [s.input("k", [2, 3, 3]), s.input("v", [2, 3, 2]),
                                                      s.input("cq", [2, 2]), s.input("sq", [2, 2]), s.input("ck", [3, 2]), s.input("sk", [3, 2]),
                                                      s.input("y", [2, 2, 3]), s.input("dy", [2, 2, 3])], file: #fileID, line: #line)
            }, Sample("sdpa_backward.causal.bias") { s in
                let attrs = AttentionAttributes(scale: 0.6, causal: true,
                                                bias: RelativePositionBias(headAxis: 0, buckets: [1, 0, 0, 1, 2]))
                return s.input("q", [2, 3, 2]).apply(.scaledDotProductAttentionBackward(attrs),
                                                     [s.input("k", [2, 3, 2]), s.input("v", [2, 3, 2]), s.parameter("table", [3, 2]),
                                                      s.input("y", [2, 3, 3]), s.input("dy", [2, 3, 3])], file: #fileID, line: #line)
            }]
        }
    }
}

import TuskIR

/// The text form of loop kernels (for `tusk dump --stage fused|llvm` and test failures).
///
/// ```
/// kernel softmax (out: f32[2,5]) (x: f32[2,5])
///   loops i0 < 2 (parallel), i1 < 5
///   r0 = reduce_max i2 < 5 { x[5*i0 + i2] }
///   r1 = reduce_sum i3 < 5 { exp(sub(x[5*i0 + i3], r0)) }
///   out[5*i0 + i1] = div(exp(sub(x[5*i0 + i1], r0)), r1)
/// ```
/// Reductions are printed once each, as numbered definitions, inner ones first.
extension LoopKernel: CustomStringConvertible {
    public var description: String {
        var lines: [String] = []
        let inputs = arguments.dropFirst().map { "\($0.name): \($0.type)" }.joined(separator: ", ")
        lines.append("kernel \(name) (\(arguments[0].name): \(arguments[0].type)) (\(inputs))")
        for (k, c) in constants.enumerated() {
            lines.append("  const c\(k): \(c.type)")
        }
        var loops: [String] = []
        if parallelLoops > 0 {
            let p = loopOrder.prefix(parallelLoops).map { outputVariables[$0] }
            loops.append(p.count == 1 ? "\(p[0]) < \(p[0].extent) (parallel)"
                         : "(\(p.map(\.description).joined(separator: ", "))) < \(p.map { "\($0.extent)" }.joined(separator: "·")) (parallel)")
        }
        loops += loopOrder.dropFirst(parallelLoops).map { "\(outputVariables[$0]) < \(outputVariables[$0].extent)" }
        lines.append("  loops " + (loops.isEmpty ? "(scalar)" : loops.joined(separator: ", ")))
        var printer = ExprPrinter(argumentNames: arguments.map(\.name))
        let all = allReductions(value)
        for r in all {
            guard case let .reduce(op, v, body) = r else { continue }
            let text = printer.print(body)
            let id = printer.names.count
            printer.names[r] = "r\(id)"
            lines.append("  r\(id) = reduce_\(op.rawValue) \(v) < \(v.extent) { \(text) }")
        }
        let offset = IndexExpr.rowMajorOffset(outputVariables.map(IndexExpr.init), shape: outputType.shape)
        lines.append("  \(arguments[0].name)[\(offset)] = \(printer.print(value))")
        return lines.joined(separator: "\n")
    }

    /// Every reduction at any depth (including guarded branches), inner ones first.
    private func allReductions(_ e: ScalarExpr) -> [ScalarExpr] {
        var seen = Set<ScalarExpr>(), order: [ScalarExpr] = []
        e.visit { x in
            if case .reduce = x, seen.insert(x).inserted { order.append(x) }
        }
        return order
    }
}

private struct ExprPrinter {
    var argumentNames: [String]
    var names: [ScalarExpr: String] = [:]

    func print(_ e: ScalarExpr) -> String {
        if let n = names[e] { return n }
        switch e {
        case let .constant(v, d):
            return d.isFloatingPoint ? "\(v):\(d)" : (d == .bool ? (v != 0 ? "true" : "false") : "\(saturatingInt(v)):\(d)")
        case .index(let i):
            return "(\(index(i)))"
        case let .iota(i, start, step, d):
            return "iota(\(index(i)), start: \(start), step: \(step)):\(d)"
        case let .load(ref, i, _):
            let buffer = switch ref {
            case .argument(let k): k < argumentNames.count ? argumentNames[k] : "arg\(k)"
            case .constant(let k): "c\(k)"
            }
            return "\(buffer)[\(index(i))]"
        case let .guarded(c, v, o, failure):
            let f = failure.map { ", else report \($0)" } ?? ""
            return "if \(print(c)) then \(print(v)) else \(print(o))\(f)"
        case .all(let xs):
            return "all(\(xs.map(print).joined(separator: ", ")))"
        case let .unary(u, x):
            return "\(u.rawValue)(\(print(x)))"
        case let .binary(b, x, y):
            return "\(b.rawValue)(\(print(x)), \(print(y)))"
        case let .compare(c, x, y):
            return "\(c.rawValue)(\(print(x)), \(print(y)))"
        case let .select(c, x, y):
            return "select(\(print(c)), \(print(x)), \(print(y)))"
        case let .cast(x, d):
            return "cast<\(d)>(\(print(x)))"
        case let .reduce(op, v, body):
            return "reduce_\(op.rawValue) \(v) < \(v.extent) { \(print(body)) }"
        }
    }

    func index(_ i: IndexExpr) -> String {
        IndexExpr.format(i.terms.map { ($0.coefficient, atom($0.atom)) }, i.constant)
    }

    func atom(_ a: IndexAtom) -> String {
        switch a {
        case .variable(let v): "\(v)"
        case let .floorDiv(e, d): "(\(index(e))) / \(d)"
        case let .floorMod(e, d): "(\(index(e))) mod \(d)"
        case .value(let e): "idx(\(print(e)))"
        }
    }
}

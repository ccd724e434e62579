/// How the reference interpreter rounds floating-point values.
public enum InterpreterPrecision: Sendable, Hashable {
    /// Every value is computed in its own dtype: an `f32` op computes and rounds in `Float`,
    /// including the sums of reductions (pairwise) and of `matmul` and convolutions (running sums
    /// in plain index order), all accumulated in `Float` (see `Interpreter`). This is what a straightforward f32 backend
    /// computes, so backends are compared against it with tight tolerances.
    case native
    /// Every floating-point value is promoted to `f64`: `f32` bindings and leaves become `f64`,
    /// a `cast` to `f32` yields `f64`, and floating outputs are returned as `f64`. Integer and
    /// bool values are unchanged. This is the oracle against which f32 results are judged.
    case float64
}

/// The reference interpreter: the executable definition of every `Op` (DESIGN.md, principle 2).
///
/// It evaluates a graph node by node on dense row-major host tensors, plainly and without
/// reordering arithmetic, so that every pass and backend can be tested against it.
///
/// Summation order (it matters in `.native` precision, where sums are rounded to the operand
/// dtype after every addition): float `reduce` sums are pairwise over each group's elements in
/// row-major order (blocks of 8 left to right, halves added; the result added to +0.0), so the
/// error of long sums (losses, norms) grows as log n; every other sum starts from zero and adds
/// its terms in plain index order — `matmul` over `k = 0, 1, …`, `conv` over input
/// channels then kernel offsets (row-major), `convFilterGradient` over the batch then output
/// positions (row-major), `convTranspose` scatters input channels, then input positions, then
/// kernel offsets into the full output, `scatterAdd` adds update slices in row-major order of the
/// indices.
///
/// Conventions beyond the op doc comments (all documented where they apply): integer `add`,
/// `sub`, `mul`, `neg`, `abs` wrap around on overflow; integer `div` truncates toward zero and
/// throws `TuskError.execution` on division by zero; integer `pow` with a negative exponent
/// throws; float `max`/`min` (binary and reductions) propagate NaN; casts of NaN to integers give
/// 0 and out-of-range floats saturate; `i64 → i32` keeps the low 32 bits.
public struct Interpreter: Sendable {
    /// The arithmetic precision of floating-point values.
    public var precision: InterpreterPrecision

    public init(precision: InterpreterPrecision = .native) {
        self.precision = precision
    }

    /// Runs the graph and returns its named outputs.
    ///
    /// `bindings` maps every input and parameter name to a value of the declared dtype and shape
    /// (in `.float64` precision an `f32` input may also be bound to an `f64` value of its shape,
    /// which is then used unrounded). Names the graph does not declare are ignored.
    /// Throws `TuskError.binding` for a missing or mistyped binding, `TuskError.invalidGraph` if
    /// the graph does not verify and `TuskError.execution` for run-time failures (an index out of
    /// range, integer division by zero).
    public func run(_ graph: Graph, _ bindings: [String: TensorData]) throws -> [String: TensorData] {
        var results: [String: TensorData] = [:]
        let values = try execute(graph, bindings, keepAll: false)
        for out in graph.outputs {
            results[out.name] = values[out.value.index]!
        }
        return results
    }

    /// Runs the graph and returns the value of every node, indexed by node index (for debugging
    /// and for inspecting activations). Same rules as `run`.
    public func runAll(_ graph: Graph, _ bindings: [String: TensorData]) throws -> [TensorData] {
        try execute(graph, bindings, keepAll: true).map { $0! }
    }

    /// Evaluates one op on concrete operands; `type` is the result type (for leaves, the
    /// declared type; leaves take no operands). Throws `TuskError.execution` when the operands
    /// or `type` do not match what the op infers, and `TuskError.binding` for `input` and
    /// `parameter`, which only `run` can bind.
    public func evaluate(_ op: Op, _ operands: [TensorData], type: TensorType) throws -> TensorData {
        let operands = operands.map(promote)
        if op.isLeaf {
            if !operands.isEmpty {
                throw TuskError.execution("\(op.name): a leaf takes no operands, got \(operands.count)")
            }
            try op.checkLeaf(type)
        } else {
            let inferred = try op.resultType(operands.map(\.type))
            if effectiveType(inferred) != effectiveType(type) {
                throw TuskError.execution("\(op.name): operands give a result of type \(inferred), but type \(type) was requested")
            }
        }
        return try op.evaluate(operands, type: effectiveType(type), context: EvalContext(node: nil))
    }

    // MARK: Internals

    /// The dtype values of `type` have in this precision.
    func effectiveType(_ type: TensorType) -> TensorType {
        precision == .float64 && type.dtype == .f32 ? type.with(dtype: .f64) : type
    }

    /// Converts an `f32` value to `f64` in `.float64` precision.
    func promote(_ value: TensorData) -> TensorData {
        if precision == .float64, case .f32(let a) = value.storage {
            return TensorData(shape: value.shape, storage: .f64(a.map(Double.init)))
        }
        return value
    }

    private func execute(_ graph: Graph, _ bindings: [String: TensorData], keepAll: Bool) throws -> [TensorData?] {
        try graph.verify()
        var values = [TensorData?](repeating: nil, count: graph.nodes.count)
        var remainingUses = graph.useCounts()
        for out in graph.outputs { remainingUses[out.value.index] += 1 << 40 }  // never released
        for (i, node) in graph.nodes.enumerated() {
            let type = effectiveType(node.type)
            switch node.op {
            case .input(let name), .parameter(let name):
                values[i] = try bound(name, kind: node.op.name, declared: node.type, graph: graph, bindings)
            default:
                let operands = node.operands.map { values[$0.index]! }
                values[i] = try node.op.evaluate(operands, type: type, context: EvalContext(node: i))
                if !keepAll {
                    for o in node.operands {
                        remainingUses[o.index] -= 1
                        if remainingUses[o.index] == 0 { values[o.index] = nil }
                    }
                }
            }
        }
        return values
    }

    func bound(_ name: String, kind: String, declared: TensorType, graph: Graph,
                       _ bindings: [String: TensorData]) throws -> TensorData {
        guard let value = bindings[name] else {
            throw TuskError.binding("graph '\(graph.name)': no value bound to \(kind) '\(name)' (\(declared))")
        }
        let acceptsF64 = precision == .float64 && declared.dtype == .f32 && value.dtype == .f64
        if value.shape != declared.shape || (value.dtype != declared.dtype && !acceptsF64) {
            throw TuskError.binding("graph '\(graph.name)': \(kind) '\(name)' is declared \(declared) but bound to \(value.type)")
        }
        return promote(value)
    }
}

/// Where an op is being evaluated, for error messages.
struct EvalContext {
    /// The node index in the graph, when run from a graph.
    var node: Int?

    /// `gather %7` or `gather` — how errors name the op.
    func name(_ op: Op) -> String {
        node.map { "\(op.name) %\($0)" } ?? op.name
    }
}

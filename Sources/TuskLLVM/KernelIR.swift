import TuskIR

// The loop-nest kernel IR: what one fused region computes, as a loop nest over the index space of
// its output, every element an expression of loads through index maps (Docs/LLVM.md).
//
// Movement ops never copy: they change the `IndexExpr` a load uses (reshape → div/mod of the flat
// index, permute → reordered indices, slice → affine, roll and circular pad → modular, constant pad
// and concat → guarded loads, gather → a data-dependent index). Elementwise ops are `ScalarExpr`
// nodes; reductions and softmax are `ScalarExpr.reduce` loops with accumulators.

/// A loop variable: an `i64` index running over `0 ..< extent`.
///
/// The extent travels with the variable so that index arithmetic can bound every expression
/// (`IndexExpr.range`) and simplify div/mod without a context.
public struct LoopVar: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var id: Int
    public var extent: Int
    public init(id: Int, extent: Int) {
        self.id = id
        self.extent = extent
    }
    public static func < (a: LoopVar, b: LoopVar) -> Bool { a.id < b.id }
    /// `i3` — the text spelling.
    public var description: String { "i\(id)" }
}

/// Where a load reads from.
public enum BufferRef: Hashable, Sendable {
    /// `buffers[k]` of the kernel ABI (`LoopKernel.arguments[k]`).
    case argument(Int)
    /// `LoopKernel.constants[k]`, compiled into the module as a constant array.
    case constant(Int)
}

/// Run-time failures a kernel reports through its return value (a bit set), where the reference
/// interpreter throws `TuskError.execution`. Kernels never trap: the offending element gets 0
/// and the kernel goes on, the caller turns the status into an error.
public struct KernelStatus: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// A `gather` index outside its axis.
    public static let indexOutOfRange = KernelStatus(rawValue: 1)
    /// An integer division by zero.
    public static let divisionByZero = KernelStatus(rawValue: 2)
    /// An integer `pow` with a negative exponent.
    public static let negativeExponent = KernelStatus(rawValue: 4)

    public var description: String {
        var parts: [String] = []
        if contains(.indexOutOfRange) { parts.append("gather index out of range") }
        if contains(.divisionByZero) { parts.append("integer division by zero") }
        if contains(.negativeExponent) { parts.append("integer power with negative exponent") }
        let unknown = rawValue & ~7
        if unknown != 0 { parts.append("unknown status bits \(unknown)") }
        return parts.isEmpty ? "ok" : parts.joined(separator: ", ")
    }
}

/// A scalar expression computed for one element: the right-hand side of a kernel's store.
///
/// Every node has a dtype (`dtype`); `bool` is a 1-bit value in registers and one byte in memory.
/// Evaluation is eager except in `guarded`, whose branches run only when taken (so a guarded load
/// may use an index that is out of bounds when its condition is false).
public indirect enum ScalarExpr: Hashable, Sendable {
    /// A constant of the dtype (the value is already representable: rounded, truncated or 0/1).
    case constant(Double, DType)
    /// An index value (`i64`).
    case index(IndexExpr)
    /// `start + step · index` computed in `f64`, then converted to the dtype (the `iota` leaf).
    case iota(IndexExpr, start: Double, step: Double, DType)
    /// The element at `offset` (in elements) of a buffer of the dtype.
    case load(BufferRef, IndexExpr, DType)
    /// `condition ? value : otherwise`, evaluating only the taken branch. When the condition is
    /// false and `failure` is set, the kernel reports that status.
    case guarded(ScalarExpr, ScalarExpr, otherwise: ScalarExpr, failure: KernelStatus?)
    /// The conjunction of bool expressions (true when empty).
    case all([ScalarExpr])
    case unary(UnaryOp, ScalarExpr)
    case binary(BinaryOp, ScalarExpr, ScalarExpr)
    case compare(CompareOp, ScalarExpr, ScalarExpr)
    /// Eager `select(cond, a, b)`.
    case select(ScalarExpr, ScalarExpr, ScalarExpr)
    case cast(ScalarExpr, DType)
    /// Reduces `body` over `variable` in `0 ..< variable.extent`. Float sums are blocked and
    /// pairwise (Docs/LLVM.md); `mean` divides the sum by the extent.
    case reduce(ReduceOp, LoopVar, ScalarExpr)
}

/// One ABI slot of a kernel: a dense row-major buffer.
public struct KernelArgument: Hashable, Sendable {
    /// For the text form and error messages (`out`, `x`, `%7`).
    public var name: String
    public var type: TensorType
    /// The graph value this buffer holds, when the kernel was lowered from a graph.
    public var value: ValueID?

    public init(name: String, type: TensorType, value: ValueID? = nil) {
        self.name = name
        self.type = type
        self.value = value
    }
}

/// A loop kernel: `out[i] = value(i)` for every index `i` of the output.
///
/// **ABI.** Compiled, it is the C function `int32_t name(void **buffers, int64_t begin, int64_t end)`:
/// `buffers[k]` is the base address of `arguments[k]` (`arguments[0]` is the output, the rest are
/// inputs; the output must not overlap any input), and the call computes the elements whose
/// parallel index lies in `begin ..< end`. The parallel index runs over the first
/// `parallelLoops` loops of `loopOrder` collapsed row-major (`0 ..< parallelExtent`); disjoint
/// ranges write disjoint elements, so a caller may split `0 ..< parallelExtent` over threads.
/// The return value is a `KernelStatus` (0 on success).
public struct LoopKernel: Hashable, Sendable {
    /// The symbol name (letters, digits, `_` and `.`; unique within a compiled batch).
    public var name: String
    /// The ABI slots: `arguments[0]` is the output, the others are inputs.
    public var arguments: [KernelArgument]
    /// Constant tables compiled into the module (`literal` leaves).
    public var constants: [TensorData]
    /// One variable per output axis; `outputVariables[d].extent == output shape[d]`.
    public var outputVariables: [LoopVar]
    /// The order of the output loops, outermost first (a permutation of the output axes). The
    /// outermost loop is the one the ABI splits; reductions are hoisted to the innermost loop
    /// that binds all their variables, so axes no reduction depends on go inside.
    public var loopOrder: [Int]
    /// How many leading loops of `loopOrder` form the parallel index of the ABI (collapsed
    /// row-major, the last fastest): 1 by default, more when the outer loops are short (a batch
    /// of 1) so that a caller still has work to split. 0 only for a scalar output.
    public var parallelLoops: Int
    /// The element of the output at the index `outputVariables`.
    public var value: ScalarExpr

    public init(name: String, arguments: [KernelArgument], constants: [TensorData] = [],
                outputVariables: [LoopVar], loopOrder: [Int]? = nil, parallelLoops: Int? = nil, value: ScalarExpr) {
        self.name = name
        self.arguments = arguments
        self.constants = constants
        self.outputVariables = outputVariables
        self.loopOrder = loopOrder ?? Array(outputVariables.indices)
        self.parallelLoops = parallelLoops ?? (outputVariables.isEmpty ? 0 : 1)
        self.value = value
    }

    /// The output buffer's type.
    public var outputType: TensorType { arguments[0].type }

    /// The number of parallel indices: the range `0 ..< parallelExtent` the ABI's `begin ..< end`
    /// splits (the product of the extents of the parallel loops; 1 for a scalar output).
    public var parallelExtent: Int { loopOrder.prefix(parallelLoops).map { outputVariables[$0].extent }.reduce(1, *) }

    /// The kernel with its name and argument labels replaced by positional ones and no graph
    /// values: two kernels with equal canonical forms compute the same function of their buffers
    /// (same types, constants, loops and expression), so they can share one compiled symbol.
    public var canonicalForm: LoopKernel {
        var k = self
        k.name = "k"
        k.arguments = arguments.enumerated().map { j, a in KernelArgument(name: "a\(j)", type: a.type) }
        return k
    }

    /// What a caller needs to run the compiled kernel.
    public var signature: KernelSignature {
        KernelSignature(name: name, arguments: arguments.map(\.type), parallelExtent: parallelExtent)
    }

    /// Checks the kernel's invariants; throws `LLVMError.invalidKernel` naming the problem.
    public func validate() throws {
        func fail(_ m: String) -> LLVMError { .invalidKernel(kernel: name, message: m) }
        if name.isEmpty || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }) {
            throw fail("the name must be non-empty ASCII letters, digits, '_' or '.'")
        }
        guard let out = arguments.first else { throw fail("needs an output argument") }
        if outputVariables.map(\.extent) != out.type.shape {
            throw fail("output variables \(outputVariables.map(\.extent)) do not match the output shape \(out.type.shape)")
        }
        if Set(outputVariables.map(\.id)).count != outputVariables.count { throw fail("output variables repeat") }
        if loopOrder.sorted() != Array(outputVariables.indices) {
            throw fail("loop order \(loopOrder) is not a permutation of the output axes")
        }
        if outputVariables.isEmpty ? parallelLoops != 0 : !(1...outputVariables.count).contains(parallelLoops) {
            throw fail("parallelLoops \(parallelLoops) must be in 1...\(outputVariables.count) (0 for a scalar)")
        }
        if value.dtype != out.type.dtype {
            throw fail("the value has dtype \(value.dtype) but the output is \(out.type)")
        }
        var problem: String?
        value.visit { e in
            guard problem == nil else { return }
            if case let .load(ref, _, dtype) = e {
                switch ref {
                case .argument(let k):
                    if k < 1 || k >= arguments.count { problem = "a load reads argument \(k) (inputs are 1..<\(arguments.count))" }
                    else if arguments[k].type.dtype != dtype { problem = "a \(dtype) load reads \(arguments[k].name): \(arguments[k].type)" }
                case .constant(let k):
                    if k < 0 || k >= constants.count { problem = "a load reads constant \(k) of \(constants.count)" }
                    else if constants[k].dtype != dtype { problem = "a \(dtype) load reads constant \(k) of dtype \(constants[k].dtype)" }
                }
            }
        }
        if let problem { throw fail(problem) }
        let bound = Set(outputVariables.map(\.id))
        let free = value.freeVariables
        if !free.isSubset(of: bound) {
            throw fail("the value uses unbound variables \(free.subtracting(bound).sorted().map { "i\($0)" })")
        }
    }
}

/// The run-time description of a compiled kernel: enough to call it without its IR (what a disk
/// compile cache stores beside the object code).
public struct KernelSignature: Hashable, Sendable {
    /// The kernel (and symbol) name.
    public var name: String
    /// `buffers[k]` holds a dense row-major tensor of `arguments[k]` (0 is the output).
    public var arguments: [TensorType]
    /// The ABI's `begin ..< end` range is a sub-range of `0 ..< parallelExtent`.
    public var parallelExtent: Int

    public init(name: String, arguments: [TensorType], parallelExtent: Int) {
        self.name = name
        self.arguments = arguments
        self.parallelExtent = parallelExtent
    }
}

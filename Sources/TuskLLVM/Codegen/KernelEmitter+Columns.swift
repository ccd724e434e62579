internal import CLLVM
import TuskIR

/// Column reductions: a float reduction over outer axes whose reads are contiguous along the
/// output's innermost axis — a bias gradient `[N, C] → [C]`, a mean over the batch — computed for
/// a chunk of `columnChunk` neighbouring outputs at once.
///
/// The default scheme hoists each reduction to the innermost output loop and runs its own loop
/// inside it: for `[6144, 1792] → [1792]` every output element walks a column with stride 1792,
/// one scalar load per term, and the output loop around it cannot be vectorized. Here the output
/// loop is cut into chunks and interchanged with the reduction: for each term `q` (the reduction
/// variables flattened row-major), the chunk's accumulators are updated by one loop over the
/// chunk's columns, contiguous loads that LLVM vectorizes at the native width.
///
/// Every output element is still summed exactly as `KernelEmitter+Reduce` describes — blocks of
/// `sumBlock` consecutive terms (here in order), combined pairwise by a binary counter — over the
/// flattened terms of the whole chain of nested sums, so the bound
/// `(sumBlock + log2(n / sumBlock) + 2) · ε · Σ|x|` holds with `n` the total term count (no larger
/// than the nested scheme's sum of per-run bounds). Max and min are order-independent.
extension KernelEmitter {
    /// Output columns per chunk (four 512-bit registers of f32).
    static let columnChunk = 64

    /// The reduction a kernel computes by columns, when it has exactly one reduction that depends
    /// on the innermost output variable and that reduction reads along that variable.
    struct ColumnReduction {
        /// The reduction node as it appears in the kernel's value (its result is cached under it).
        let expr: ScalarExpr
        let op: ReduceOp
        /// The chain of nested same-op reductions, outermost first, and the innermost body.
        let variables: [LoopVar]
        let body: ScalarExpr
        /// The innermost output variable (the chunked one).
        let column: LoopVar
    }

    /// The kernel's column reduction, or nil when the default scheme applies: integer reductions,
    /// reductions whose innermost term variable is contiguous in some load (the row reductions,
    /// vectorized along the terms), several reductions depending on the innermost output
    /// variable (softmax over an outer axis), a parallel index that includes it with other loops.
    static func columnReduction(_ kernel: LoopKernel) -> ColumnReduction? {
        guard let last = kernel.loopOrder.last else { return nil }
        let column = kernel.outputVariables[last]
        if column.extent < 8 { return nil }
        if kernel.parallelLoops == kernel.loopOrder.count && kernel.loopOrder.count != 1 { return nil }
        var dependent: [ScalarExpr] = []
        kernel.value.visit { e in
            if case .reduce = e, e.freeVariables.contains(column.id) { dependent.append(e) }
        }
        // `visit` lists children first: the outermost dependent reduction is the last.
        guard let top = dependent.last, case let .reduce(op, v0, body0) = top, top.dtype.isFloatingPoint,
              kernel.value.unconditionalReductions.contains(top) else { return nil }
        var variables = [v0], body = body0
        while case let .reduce(innerOp, v, inner) = body, innerOp == op {
            variables.append(v)
            body = inner
        }
        // Every other reduction depending on the column must be a link of this chain.
        if dependent.count != variables.count { return nil }
        let innermost = variables.last!
        var columnContiguous = false, termContiguous = false, opaque = false
        body.visit { e in
            if case .reduce = e, e.freeVariables.contains(column.id) { opaque = true }
            guard case let .load(_, index, _) = e else { return }
            for t in index.terms {
                guard case .variable(let v) = t.atom else {
                    if t.atom.mentions(innermost.id) { termContiguous = true }   // div/mod of the term: not a column walk
                    continue
                }
                if v == column && t.coefficient == 1 { columnContiguous = true }
                if v == innermost && abs(t.coefficient) == 1 { termContiguous = true }
            }
        }
        guard columnContiguous, !termContiguous, !opaque else { return nil }
        return ColumnReduction(expr: top, op: op, variables: variables, body: body, column: column)
    }

    /// Emits the innermost output loop over `lo ..< hi` chunk by chunk: each chunk's reduction
    /// (all its columns at once), then the chunk's elements with the reduction read back.
    func emitColumnLoop(_ c: ColumnReduction, from lo: LLVMValueRef, to hi: LLVMValueRef) throws {
        let width = KernelEmitter.columnChunk
        let d = c.body.dtype, t = m.type(d)
        let span = LLVMBuildNSWSub(b, hi, lo, "")!
        let chunks = LLVMBuildSDiv(b, LLVMBuildNSWAdd(b, span, m.constI64(width - 1), ""), m.constI64(width), "chunks")!
        let acc = alloca(LLVMArrayType2(t, UInt64(width))!, "columns")
        try emitLoop(from: m.constI64(0), to: chunks, name: "chunk") { k in
            let start = LLVMBuildNSWAdd(b, lo, LLVMBuildNSWMul(b, k, m.constI64(width), ""), "chunk.start")!
            let rest = LLVMBuildNSWSub(b, hi, start, "")!
            let fits = LLVMBuildICmp(b, LLVMIntSLT, rest, m.constI64(width), "")
            let count = LLVMBuildSelect(b, fits, rest, m.constI64(width), "chunk.count")!
            try columnReduce(c, into: acc, start: start, count: count)
            try emitLoop(from: m.constI64(0), to: count, name: "\(c.column)") { j in
                variables[c.column.id] = LLVMBuildNSWAdd(b, start, j, "")
                defer { variables[c.column.id] = nil }
                remember(c.expr, load(acc, offset: j, dtype: d))
                try storeElement()
            }
        }
    }

    /// `acc[j] = reduce over the terms of body(column = start + j)` for `j < count`.
    private func columnReduce(_ c: ColumnReduction, into acc: LLVMValueRef, start: LLVMValueRef,
                              count: LLVMValueRef) throws {
        let d = c.body.dtype, t = m.type(d)
        let n = c.variables.map(\.extent).reduce(1, *)
        switch c.op {
        case .max, .min:
            let f = m.intrinsic(c.op == .max ? "llvm.maximum" : "llvm.minimum", [t])
            try fill(acc, LLVMConstReal(t, c.op == .max ? -.infinity : .infinity), count: count, d)
            try terms(c, from: m.constI64(0), count: n, start: start, columns: count) { j, x in
                try store(m.call(f, [load(acc, offset: j, dtype: d), x]), to: acc, offset: j, dtype: d)
            }
        case .sum, .mean:
            let block = KernelEmitter.sumBlock
            if n <= block {
                try blockSums(c, into: acc, from: m.constI64(0), count: n, start: start, columns: count)
                break
            }
            let full = n / block, tail = n % block
            let blocks = full + (tail > 0 ? 1 : 0)
            let levels = Int.bitWidth - blocks.leadingZeroBitCount + 1
            let width = KernelEmitter.columnChunk
            let stack = alloca(LLVMArrayType2(t, UInt64(levels * width))!, "pairwise.columns")
            // Merges the block sums in `acc` as block number `k` (the binary counter of pairwiseSum,
            // one lane per column).
            func push(k: LLVMValueRef) throws {
                let level = alloca(m.i64, "l")
                LLVMBuildStore(b, m.constI64(0), level)
                let header = appendBlock("cmerge.header"), mergeBody = appendBlock("cmerge.body"), done = appendBlock("cmerge.done")
                LLVMBuildBr(b, header)
                LLVMPositionBuilderAtEnd(b, header)
                let l = LLVMBuildLoad2(b, m.i64, level, "")!
                let bit = LLVMBuildAnd(b, LLVMBuildLShr(b, k, l, ""), m.constI64(1), "")
                LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntNE, bit, m.constI64(0), ""), mergeBody, done)
                LLVMPositionBuilderAtEnd(b, mergeBody)
                let base = LLVMBuildNSWMul(b, l, m.constI64(width), "")!
                try emitLoop(from: m.constI64(0), to: count, name: "cmerge") { j in
                    let s = load(stack, offset: LLVMBuildNSWAdd(b, base, j, ""), dtype: d)
                    try store(LLVMBuildFAdd(b, s, load(acc, offset: j, dtype: d), "")!, to: acc, offset: j, dtype: d)
                }
                LLVMBuildStore(b, LLVMBuildNSWAdd(b, l, m.constI64(1), ""), level)
                LLVMBuildBr(b, header)
                LLVMPositionBuilderAtEnd(b, done)
                let top = LLVMBuildNSWMul(b, LLVMBuildLoad2(b, m.i64, level, ""), m.constI64(width), "")!
                try emitLoop(from: m.constI64(0), to: count, name: "cpush") { j in
                    try store(load(acc, offset: j, dtype: d), to: stack, offset: LLVMBuildNSWAdd(b, top, j, ""), dtype: d)
                }
            }
            try emitLoop(from: m.constI64(0), to: m.constI64(full), name: "cblock") { k in
                let first = LLVMBuildNSWMul(b, k, m.constI64(block), "")!
                try blockSums(c, into: acc, from: first, count: block, start: start, columns: count)
                try push(k: k)
            }
            if tail > 0 {
                try blockSums(c, into: acc, from: m.constI64(full * block), count: tail, start: start, columns: count)
                try push(k: m.constI64(full))
            }
            // The levels still holding a partial sum are the set bits of `blocks`.
            try emitLoop(from: m.constI64(0), to: count, name: "ctotal") { j in
                var total = LLVMConstReal(t, 0)!
                for l in 0..<levels where (blocks >> l) & 1 == 1 {
                    let s = load(stack, offset: LLVMBuildNSWAdd(b, m.constI64(l * width), j, ""), dtype: d)
                    total = LLVMBuildFAdd(b, s, total, "")
                }
                try store(total, to: acc, offset: j, dtype: d)
            }
        }
    }

    /// `acc[j] = Σ body(column = start + j, term q)` over `q` in `first ..< first + count`, in order.
    private func blockSums(_ c: ColumnReduction, into acc: LLVMValueRef, from first: LLVMValueRef, count: Int,
                           start: LLVMValueRef, columns: LLVMValueRef) throws {
        let d = c.body.dtype
        try fill(acc, LLVMConstReal(m.type(d), 0), count: columns, d)
        try terms(c, from: first, count: count, start: start, columns: columns) { j, x in
            try store(LLVMBuildFAdd(b, load(acc, offset: j, dtype: d), x, "")!, to: acc, offset: j, dtype: d)
        }
    }

    /// For each term `q` in `first ..< first + count` (outer loop, the chain's variables bound from
    /// it row-major) and each column `j < columns` (inner loop): `update(j, body)`.
    private func terms(_ c: ColumnReduction, from first: LLVMValueRef, count: Int, start: LLVMValueRef,
                       columns: LLVMValueRef, _ update: (LLVMValueRef, LLVMValueRef) throws -> Void) throws {
        let end = LLVMBuildNSWAdd(b, first, m.constI64(count), "")!
        try emitLoop(from: first, to: end, name: "term", unroll: false) { q in
            var rest = q
            for (n, v) in c.variables.enumerated().reversed() {
                if n == 0 {
                    variables[v.id] = rest
                } else {
                    variables[v.id] = LLVMBuildURem(b, rest, m.constI64(v.extent), "\(v)")
                    rest = LLVMBuildUDiv(b, rest, m.constI64(v.extent), "")
                }
            }
            defer { for v in c.variables { variables[v.id] = nil } }
            try emitLoop(from: m.constI64(0), to: columns, name: "column") { j in
                variables[c.column.id] = LLVMBuildNSWAdd(b, start, j, "")
                defer { variables[c.column.id] = nil }
                try update(j, try emit(c.body))
            }
        }
    }

    private func fill(_ acc: LLVMValueRef, _ value: LLVMValueRef, count: LLVMValueRef, _ d: DType) throws {
        try emitLoop(from: m.constI64(0), to: count, name: "cfill") { j in
            try store(value, to: acc, offset: j, dtype: d)
        }
    }
}

extension IndexAtom {
    /// True when the atom reads loop variable `id` (inside a div, mod or data-dependent index).
    func mentions(_ id: Int) -> Bool {
        switch self {
        case .variable(let v): v.id == id
        case .floorDiv(let e, _), .floorMod(let e, _): e.variables.contains(id)
        case .value(let e): e.freeVariables.contains(id)
        }
    }
}

extension LoopKernel {
    /// True when the kernel's reduction is computed by chunks of output columns (with
    /// `CodegenOptions.columnReductions` on): one float reduction depending on the innermost
    /// output variable, read contiguously along it and not along its own innermost term variable.
    public var reducesByColumns: Bool { KernelEmitter.columnReduction(self) != nil }
}

internal import CLLVM
import TuskIR

/// Reductions as loops with accumulators.
///
/// Float sums are blocked and pairwise: the `n` terms are cut into blocks of `sumBlock`
/// consecutive terms; each block is accumulated from +0 with `reassoc` additions (LLVM turns
/// the block loop into vector-lane partial sums combined by a tree), and the block sums are
/// combined pairwise by a binary counter: after block `k`, the partial sums of the levels where
/// `k` has trailing ones are merged (`stack[l] + s`), so level `l` holds the sum of `2^l` blocks.
/// Any summation tree over a block has depth < `sumBlock`, and the counter adds at most
/// `⌈log2(n / sumBlock)⌉ + 1` levels, so the rounding error is bounded by
/// `(sumBlock + log2(n / sumBlock) + 2) · ε · Σ|x|`: for a fixed block, it grows like log n.
/// Max and min are order-independent (`llvm.maximum`/`llvm.minimum`: NaN propagates); integer
/// sums wrap.
extension KernelEmitter {
    /// Terms per block of a float sum.
    static let sumBlock = 64

    func emitReduce(_ op: ReduceOp, _ v: LoopVar, _ body: ScalarExpr) throws -> LLVMValueRef {
        let d = body.dtype
        let t = m.type(d)
        let n = v.extent
        if d.isFloatingPoint {
            switch op {
            case .sum, .mean:
                let total = try pairwiseSum(v, body, d)
                return op == .mean ? LLVMBuildFDiv(b, total, LLVMConstReal(t, Double(n)), "mean") : total
            case .max, .min:
                let initial = LLVMConstReal(t, op == .max ? -.infinity : .infinity)!
                let f = m.intrinsic(op == .max ? "llvm.maximum" : "llvm.minimum", [t])
                return try accumulate(v, body, t, initial: initial) { acc, x in m.call(f, [acc, x]) }
            }
        }
        switch op {
        case .sum, .mean:
            return try accumulate(v, body, t, initial: m.constInt(t, 0)) { acc, x in LLVMBuildAdd(b, acc, x, "")! }
        case .max, .min:
            let bits = d == .i32 ? 32 : 64
            let initial = op == .max ? m.constInt(t, bits == 32 ? Int(Int32.min) : Int.min)
                                     : m.constInt(t, bits == 32 ? Int(Int32.max) : Int.max)
            let f = m.intrinsic(op == .max ? "llvm.smax" : "llvm.smin", [t])
            return try accumulate(v, body, t, initial: initial) { acc, x in m.call(f, [acc, x]) }
        }
    }

    /// `acc = combine(acc, body(i))` for `i` in `lo ..< lo + count` (the whole extent by default).
    private func accumulate(_ v: LoopVar, _ body: ScalarExpr, _ t: LLVMTypeRef, initial: LLVMValueRef,
                            from lo: LLVMValueRef? = nil, count: Int? = nil, unroll: Bool = true,
                            _ combine: (LLVMValueRef, LLVMValueRef) -> LLVMValueRef) throws -> LLVMValueRef {
        let acc = alloca(t, "acc")
        LLVMBuildStore(b, initial, acc)
        let start = lo ?? m.constI64(0)
        let end = LLVMBuildNSWAdd(b, start, m.constI64(count ?? v.extent), "")!
        try emitLoop(from: start, to: end, name: "\(v)", unroll: unroll) { i in
            variables[v.id] = i
            defer { variables[v.id] = nil }
            let x = try emit(body)
            LLVMBuildStore(b, combine(LLVMBuildLoad2(b, t, acc, "")!, x), acc)
        }
        return LLVMBuildLoad2(b, t, acc, "sum")
    }

    private func blockSum(_ v: LoopVar, _ body: ScalarExpr, _ d: DType, from lo: LLVMValueRef, count: Int) throws -> LLVMValueRef {
        let t = m.type(d)
        var flags = LLVMFastMathAllowReassoc
        if m.options.contractFloatingPoint { flags |= LLVMFastMathAllowContract }
        return try accumulate(v, body, t, initial: LLVMConstReal(t, 0), from: lo, count: count, unroll: false) { acc, x in
            let r = LLVMBuildFAdd(b, acc, x, "")!
            LLVMSetFastMathFlags(r, LLVMFastMathFlags(flags))
            return r
        }
    }

    private func pairwiseSum(_ v: LoopVar, _ body: ScalarExpr, _ d: DType) throws -> LLVMValueRef {
        let t = m.type(d)
        let n = v.extent, block = KernelEmitter.sumBlock
        if n <= block { return try blockSum(v, body, d, from: m.constI64(0), count: n) }
        let full = n / block, tail = n % block
        let blocks = full + (tail > 0 ? 1 : 0)
        let levels = Int.bitWidth - blocks.leadingZeroBitCount + 1
        let stackType = LLVMArrayType2(t, UInt64(levels))!
        let stack = alloca(stackType, "pairwise")
        func slot(_ level: LLVMValueRef) -> LLVMValueRef {
            var index: [LLVMValueRef?] = [m.constI64(0), level]
            return LLVMBuildInBoundsGEP2(b, stackType, stack, &index, 2, "level")
        }
        // Merges block sum `s` as block number `k` (k blocks already pushed).
        func push(_ s: LLVMValueRef, k: LLVMValueRef) throws {
            let level = alloca(m.i64, "l"), carry = alloca(t, "carry")
            LLVMBuildStore(b, m.constI64(0), level)
            LLVMBuildStore(b, s, carry)
            let header = appendBlock("merge.header"), mergeBody = appendBlock("merge.body"), done = appendBlock("merge.done")
            LLVMBuildBr(b, header)
            LLVMPositionBuilderAtEnd(b, header)
            let l = LLVMBuildLoad2(b, m.i64, level, "")!
            let bit = LLVMBuildAnd(b, LLVMBuildLShr(b, k, l, ""), m.constI64(1), "")
            LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntNE, bit, m.constI64(0), ""), mergeBody, done)
            LLVMPositionBuilderAtEnd(b, mergeBody)
            let merged = LLVMBuildFAdd(b, LLVMBuildLoad2(b, t, slot(l), ""), LLVMBuildLoad2(b, t, carry, ""), "")
            LLVMBuildStore(b, merged, carry)
            LLVMBuildStore(b, LLVMBuildNSWAdd(b, l, m.constI64(1), ""), level)
            LLVMBuildBr(b, header)
            LLVMPositionBuilderAtEnd(b, done)
            LLVMBuildStore(b, LLVMBuildLoad2(b, t, carry, ""), slot(LLVMBuildLoad2(b, m.i64, level, "")))
        }
        try emitLoop(from: m.constI64(0), to: m.constI64(full), name: "\(v).block") { k in
            let lo = LLVMBuildNSWMul(b, k, m.constI64(block), "")!
            try push(try blockSum(v, body, d, from: lo, count: block), k: k)
        }
        if tail > 0 {
            try push(try blockSum(v, body, d, from: m.constI64(full * block), count: tail), k: m.constI64(full))
        }
        // The levels still holding a partial sum are the set bits of `blocks`.
        var total = LLVMConstReal(t, 0)!
        for l in 0..<levels where (blocks >> l) & 1 == 1 {
            total = LLVMBuildFAdd(b, LLVMBuildLoad2(b, t, slot(m.constI64(l)), ""), total, "")
        }
        return total
    }
}

internal import CLLVM
import TuskIR

/// Scalar and index expressions. Float arithmetic follows the reference interpreter operation
/// by operation (same formulas, same C library functions through LLVM's intrinsics), so that
/// without FMA contraction elementwise results are bit-identical to it.
extension KernelEmitter {
    func emit(_ e: ScalarExpr) throws -> LLVMValueRef {
        if case .reduce = e, let v = cached(e) { return v }
        switch e {
        case let .constant(v, d):
            return m.constant(v, d)
        case .index(let i):
            return try emitIndex(i)
        case let .iota(i, start, step, d):
            let x = LLVMBuildSIToFP(b, try emitIndex(i), m.f64, "")!
            let y = LLVMBuildFAdd(b, LLVMConstReal(m.f64, start), LLVMBuildFMul(b, LLVMConstReal(m.f64, step), x, ""), "iota")!
            return convert(y, from: .f64, to: d)
        case let .load(ref, i, d):
            return load(pointer(ref), offset: try emitIndex(i), dtype: d)
        case let .guarded(c, v, o, failure):
            let condition = try emit(c)
            return try emitBranch(condition, type: m.type(v.dtype), then: { try emit(v) }, otherwise: {
                if let failure { report(failure, when: LLVMConstInt(m.i1, 1, 0)) }
                return try emit(o)
            })
        case .all(let xs):
            var acc = LLVMConstInt(m.i1, 1, 0)!
            for x in xs { acc = LLVMBuildAnd(b, acc, try emit(x), "")! }
            return acc
        case let .unary(u, x):
            return unary(u, try emit(x), x.dtype)
        case let .binary(op, x, y):
            return binary(op, try emit(x), try emit(y), x.dtype)
        case let .compare(op, x, y):
            return compare(op, try emit(x), try emit(y), x.dtype)
        case let .select(c, x, y):
            return LLVMBuildSelect(b, try emit(c), try emit(x), try emit(y), "")
        case let .cast(x, d):
            return convert(try emit(x), from: x.dtype, to: d)
        case let .reduce(op, v, body):
            let value = try emitReduce(op, v, body)
            remember(e, value)
            return value
        }
    }

    // MARK: Index arithmetic

    func emitIndex(_ i: IndexExpr) throws -> LLVMValueRef {
        var acc: LLVMValueRef? = nil
        for t in i.terms {
            let a = try emitAtom(t.atom)
            let term = t.coefficient == 1 ? a : LLVMBuildNSWMul(b, a, m.constI64(t.coefficient), "")!
            acc = acc.map { LLVMBuildNSWAdd(b, $0, term, "")! } ?? term
        }
        guard let acc else { return m.constI64(i.constant) }
        return i.constant == 0 ? acc : LLVMBuildNSWAdd(b, acc, m.constI64(i.constant), "")
    }

    private func emitAtom(_ a: IndexAtom) throws -> LLVMValueRef {
        switch a {
        case .variable(let v):
            guard let value = variables[v.id] else {
                throw LLVMError.invalidKernel(kernel: kernel.name, message: "variable \(v) used outside its loop")
            }
            return value
        case let .floorDiv(e, d):
            let x = try emitIndex(e)
            let c = m.constI64(d)
            if let r = e.range, r.lowerBound >= 0 { return LLVMBuildUDiv(b, x, c, "") }
            // q = x / d (truncating); q − 1 where the remainder is negative.
            let q = LLVMBuildSDiv(b, x, c, "")!
            let negative = LLVMBuildICmp(b, LLVMIntSLT, LLVMBuildSRem(b, x, c, ""), m.constI64(0), "")
            return LLVMBuildSelect(b, negative, LLVMBuildSub(b, q, m.constI64(1), ""), q, "")
        case let .floorMod(e, d):
            let x = try emitIndex(e)
            let c = m.constI64(d)
            if let r = e.range {
                if r.lowerBound >= 0 && r.upperBound < 2 * d {
                    // One conditional subtraction (roll, circular pad): vectorizes as a select.
                    let ge = LLVMBuildICmp(b, LLVMIntSGE, x, c, "")
                    return LLVMBuildSelect(b, ge, LLVMBuildNSWSub(b, x, c, ""), x, "")
                }
                if r.lowerBound >= -d && r.upperBound < d {
                    let lt = LLVMBuildICmp(b, LLVMIntSLT, x, m.constI64(0), "")
                    return LLVMBuildSelect(b, lt, LLVMBuildNSWAdd(b, x, c, ""), x, "")
                }
                if r.lowerBound >= 0 { return LLVMBuildURem(b, x, c, "") }
            }
            let rem = LLVMBuildSRem(b, x, c, "")!
            let negative = LLVMBuildICmp(b, LLVMIntSLT, rem, m.constI64(0), "")
            return LLVMBuildSelect(b, negative, LLVMBuildAdd(b, rem, c, ""), rem, "")
        case .value(let e):
            let v = try emit(e)
            switch e.dtype {
            case .i64: return v
            case .i32: return LLVMBuildSExt(b, v, m.i64, "")
            case .bool: return LLVMBuildZExt(b, v, m.i64, "")
            case .f32, .f64:
                throw LLVMError.invalidKernel(kernel: kernel.name, message: "a \(e.dtype) value used as an index")
            }
        }
    }

    // MARK: Elementwise

    private func floatFlags(_ inst: LLVMValueRef?) {
        if m.options.contractFloatingPoint, let inst, LLVMCanValueUseFastMathFlags(inst) != 0 {
            LLVMSetFastMathFlags(inst, LLVMFastMathFlags(LLVMFastMathAllowContract))
        }
    }

    private func one(_ d: DType) -> LLVMValueRef { m.constant(1, d) }

    private func unary(_ u: UnaryOp, _ x: LLVMValueRef, _ d: DType) -> LLVMValueRef {
        let t = m.type(d)
        if d.isFloatingPoint {
            switch u {
            case .neg: return LLVMBuildFNeg(b, x, "")
            case .abs: return m.call(m.intrinsic("llvm.fabs", [t]), [x])
            case .sign:
                // sign(±0) = ±0, sign(NaN) = NaN (the interpreter's `x > 0 ? 1 : (x < 0 ? −1 : x)`).
                let pos = LLVMBuildFCmp(b, LLVMRealOGT, x, LLVMConstReal(t, 0), "")
                let neg = LLVMBuildFCmp(b, LLVMRealOLT, x, LLVMConstReal(t, 0), "")
                return LLVMBuildSelect(b, pos, LLVMConstReal(t, 1), LLVMBuildSelect(b, neg, LLVMConstReal(t, -1), x, ""), "")
            case .exp: return exp(x, d)
            case .log: return m.call(m.intrinsic("llvm.log", [t]), [x])
            case .sqrt: return m.call(m.intrinsic("llvm.sqrt", [t]), [x])
            case .rsqrt: return LLVMBuildFDiv(b, one(d), m.call(m.intrinsic("llvm.sqrt", [t]), [x]), "")
            case .tanh: return m.call(m.libraryFunction(d == .f32 ? "tanhf" : "tanh", t, [t]), [x])
            case .sigmoid:
                let e = exp(LLVMBuildFNeg(b, x, "")!, d)
                return LLVMBuildFDiv(b, one(d), LLVMBuildFAdd(b, one(d), e, ""), "")
            case .silu:
                let e = exp(LLVMBuildFNeg(b, x, "")!, d)
                return LLVMBuildFDiv(b, x, LLVMBuildFAdd(b, one(d), e, ""), "")
            case .sin: return m.call(m.intrinsic("llvm.sin", [t]), [x])
            case .cos: return m.call(m.intrinsic("llvm.cos", [t]), [x])
            case .logicalNot: return LLVMBuildFCmp(b, LLVMRealOEQ, x, LLVMConstReal(t, 0), "")  // rejected by the shape rule
            }
        }
        if d == .bool { return LLVMBuildXor(b, x, LLVMConstInt(m.i1, 1, 0), "") }
        let zero = m.constInt(t, 0)
        switch u {
        case .neg: return LLVMBuildSub(b, zero, x, "")
        case .abs:
            let neg = LLVMBuildICmp(b, LLVMIntSLT, x, zero, "")
            return LLVMBuildSelect(b, neg, LLVMBuildSub(b, zero, x, ""), x, "")
        case .sign:
            let pos = LLVMBuildICmp(b, LLVMIntSGT, x, zero, "")
            let neg = LLVMBuildICmp(b, LLVMIntSLT, x, zero, "")
            return LLVMBuildSelect(b, pos, m.constInt(t, 1), LLVMBuildSelect(b, neg, m.constInt(t, -1), zero, ""), "")
        default:
            return x  // float-only functions are rejected for integers by the shape rule
        }
    }

    private func binary(_ op: BinaryOp, _ x: LLVMValueRef, _ y: LLVMValueRef, _ d: DType) -> LLVMValueRef {
        let t = m.type(d)
        if d.isFloatingPoint {
            switch op {
            case .add: let r = LLVMBuildFAdd(b, x, y, ""); floatFlags(r); return r!
            case .sub: let r = LLVMBuildFSub(b, x, y, ""); floatFlags(r); return r!
            case .mul: let r = LLVMBuildFMul(b, x, y, ""); floatFlags(r); return r!
            case .div: return LLVMBuildFDiv(b, x, y, "")
            case .max, .min:
                // NaN if either is NaN, else Swift's max(x, y) = y >= x ? y : x, min(x, y) = y < x ? y : x.
                let unordered = LLVMBuildFCmp(b, LLVMRealUNO, x, y, "")
                let pick = LLVMBuildFCmp(b, op == .max ? LLVMRealOGE : LLVMRealOLT, y, x, "")
                let r = LLVMBuildSelect(b, pick, y, x, "")
                return LLVMBuildSelect(b, unordered, LLVMConstReal(t, .nan), r, "")
            case .pow: return m.call(m.intrinsic("llvm.pow", [t]), [x, y])
            }
        }
        switch op {
        case .add: return LLVMBuildAdd(b, x, y, "")
        case .sub: return LLVMBuildSub(b, x, y, "")
        case .mul: return LLVMBuildMul(b, x, y, "")
        case .max: return m.call(m.intrinsic("llvm.smax", [t]), [x, y])
        case .min: return m.call(m.intrinsic("llvm.smin", [t]), [x, y])
        case .div:
            // Truncating; x / 0 reports divisionByZero (and gives 0), min / −1 wraps to min.
            let zero = LLVMBuildICmp(b, LLVMIntEQ, y, m.constInt(t, 0), "")!
            let minusOne = LLVMBuildICmp(b, LLVMIntEQ, y, m.constInt(t, -1), "")!
            report(.divisionByZero, when: zero)
            let safe = LLVMBuildSelect(b, LLVMBuildOr(b, zero, minusOne, ""), m.constInt(t, 1), y, "")
            let q = LLVMBuildSDiv(b, x, safe, "")
            let r = LLVMBuildSelect(b, minusOne, LLVMBuildSub(b, m.constInt(t, 0), x, ""), q, "")
            return LLVMBuildSelect(b, zero, m.constInt(t, 0), r, "")
        case .pow:
            report(.negativeExponent, when: LLVMBuildICmp(b, LLVMIntSLT, y, m.constInt(t, 0), ""))
            return m.call(integerPower(d), [x, y])
        }
    }

    /// `tusk.ipow.<dtype>(x, e)`: wrapping square-and-multiply; 1 for e ≤ 0.
    private func integerPower(_ d: DType) -> (LLVMTypeRef, LLVMValueRef) {
        let t = m.type(d)
        var params: [LLVMTypeRef?] = [t, t]
        let fnType = LLVMFunctionType(t, &params, 2, 0)!
        let name = "tusk.ipow.\(d)"
        if let fn = LLVMGetNamedFunction(m.module, name) { return (fnType, fn) }
        let fn = LLVMAddFunction(m.module, name, fnType)!
        LLVMSetLinkage(fn, LLVMInternalLinkage)
        m.addAttribute(fn, index: ModuleBuilder.functionIndex, "nounwind")
        let saved = currentBlock
        let entryBlock = LLVMAppendBasicBlockInContext(m.context, fn, "entry")
        let header = LLVMAppendBasicBlockInContext(m.context, fn, "header")
        let body = LLVMAppendBasicBlockInContext(m.context, fn, "body")
        let exit = LLVMAppendBasicBlockInContext(m.context, fn, "exit")
        LLVMPositionBuilderAtEnd(b, entryBlock)
        LLVMBuildBr(b, header)
        LLVMPositionBuilderAtEnd(b, header)
        let result = LLVMBuildPhi(b, t, "result")!, base = LLVMBuildPhi(b, t, "base")!, e = LLVMBuildPhi(b, t, "e")!
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSGT, e, m.constInt(t, 0), ""), body, exit)
        LLVMPositionBuilderAtEnd(b, body)
        let odd = LLVMBuildICmp(b, LLVMIntNE, LLVMBuildAnd(b, e, m.constInt(t, 1), ""), m.constInt(t, 0), "")
        let nextResult = LLVMBuildSelect(b, odd, LLVMBuildMul(b, result, base, ""), result, "")
        let nextBase = LLVMBuildMul(b, base, base, "")
        let nextE = LLVMBuildAShr(b, e, m.constInt(t, 1), "")
        LLVMBuildBr(b, header)
        var rv: [LLVMValueRef?] = [m.constInt(t, 1), nextResult]
        var bv: [LLVMValueRef?] = [LLVMGetParam(fn, 0), nextBase]
        var ev: [LLVMValueRef?] = [LLVMGetParam(fn, 1), nextE]
        var blocks: [LLVMBasicBlockRef?] = [entryBlock, body]
        LLVMAddIncoming(result, &rv, &blocks, 2)
        LLVMAddIncoming(base, &bv, &blocks, 2)
        LLVMAddIncoming(e, &ev, &blocks, 2)
        LLVMPositionBuilderAtEnd(b, exit)
        LLVMBuildRet(b, result)
        LLVMPositionBuilderAtEnd(b, saved)
        return (fnType, fn)
    }

    private func compare(_ op: CompareOp, _ x: LLVMValueRef, _ y: LLVMValueRef, _ d: DType) -> LLVMValueRef {
        if d.isFloatingPoint {
            let p: LLVMRealPredicate = switch op {
            case .eq: LLVMRealOEQ
            case .ne: LLVMRealUNE
            case .lt: LLVMRealOLT
            case .le: LLVMRealOLE
            case .gt: LLVMRealOGT
            case .ge: LLVMRealOGE
            }
            return LLVMBuildFCmp(b, p, x, y, "")
        }
        let signed = d != .bool
        let p: LLVMIntPredicate = switch op {
        case .eq: LLVMIntEQ
        case .ne: LLVMIntNE
        case .lt: signed ? LLVMIntSLT : LLVMIntULT
        case .le: signed ? LLVMIntSLE : LLVMIntULE
        case .gt: signed ? LLVMIntSGT : LLVMIntUGT
        case .ge: signed ? LLVMIntSGE : LLVMIntUGE
        }
        return LLVMBuildICmp(b, p, x, y, "")
    }

    /// The interpreter's conversions: float → int truncates toward zero, saturating, NaN → 0;
    /// int → int keeps the low bits or sign-extends; → bool tests `!= 0`; bool → number is 0/1.
    func convert(_ x: LLVMValueRef, from s: DType, to d: DType) -> LLVMValueRef {
        if s == d { return x }
        let t = m.type(d)
        switch (s, d) {
        case (.bool, _):
            return d.isFloatingPoint ? LLVMBuildUIToFP(b, x, t, "") : LLVMBuildZExt(b, x, t, "")
        case (_, .bool):
            return s.isFloatingPoint ? LLVMBuildFCmp(b, LLVMRealUNE, x, LLVMConstReal(m.type(s), 0), "")
                                     : LLVMBuildICmp(b, LLVMIntNE, x, m.constInt(m.type(s), 0), "")
        case (.f32, .f64): return LLVMBuildFPExt(b, x, t, "")
        case (.f64, .f32): return LLVMBuildFPTrunc(b, x, t, "")
        case (.i32, .f32), (.i32, .f64), (.i64, .f32), (.i64, .f64): return LLVMBuildSIToFP(b, x, t, "")
        case (.f32, .i32), (.f32, .i64), (.f64, .i32), (.f64, .i64):
            return m.call(m.intrinsic("llvm.fptosi.sat", [t, m.type(s)]), [x])
        case (.i64, .i32): return LLVMBuildTrunc(b, x, t, "")
        case (.i32, .i64): return LLVMBuildSExt(b, x, t, "")
        default: return x
        }
    }
}

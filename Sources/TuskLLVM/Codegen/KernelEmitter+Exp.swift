internal import CLLVM
import TuskIR

/// `exp` as straight-line IR that the loop vectorizer turns into 16-lane (f32) or 8-lane (f64)
/// code, instead of one C library call per element.
///
/// The classic scheme (Cody–Waite, as in Cephes): `n = roundeven(x·log2 e)`,
/// `r = x − n·ln2_hi − n·ln2_lo` (|r| ≤ ln2/2, the split keeps `n·ln2_hi` exact), `e^r` by a
/// polynomial, then `· 2^n` built from exponent bits — in two factors `2^⌊n/2⌋ · 2^(n − ⌊n/2⌋)`
/// so results in the subnormal range and near overflow are rounded once. `x` is first clamped
/// to a range where `n` fits (beyond it the result is 0 or +∞ anyway); NaN is passed through.
/// f32: Cephes' degree-5 minimax polynomial for `(e^r − 1 − r)/r²`; f64: the degree-13 Taylor
/// polynomial (truncation < 5·10^-18 on |r| ≤ ln2/2). Both stay within 2 ulp of the C
/// library (`ExpTests` checks it over the whole range, special values included).
extension KernelEmitter {
    func exp(_ x: LLVMValueRef, _ d: DType) -> LLVMValueRef {
        if !m.options.vectorizedExp { return m.call(m.intrinsic("llvm.exp", [m.type(d)]), [x]) }
        return d == .f32 ? expF32(x) : expF64(x)
    }

    private func fc(_ v: Double, _ t: LLVMTypeRef) -> LLVMValueRef { LLVMConstReal(t, v) }

    /// `a·b + c` (fused where the CPU has FMA).
    private func muladd(_ a: LLVMValueRef, _ bv: LLVMValueRef, _ c: LLVMValueRef, _ t: LLVMTypeRef) -> LLVMValueRef {
        m.call(m.intrinsic("llvm.fmuladd", [t]), [a, bv, c])
    }

    private func expF32(_ x: LLVMValueRef) -> LLVMValueRef {
        let t = m.f32
        let lo = m.call(m.intrinsic("llvm.maxnum", [t]), [x, fc(-104, t)])
        let xc = m.call(m.intrinsic("llvm.minnum", [t]), [lo, fc(89, t)])
        let n = m.call(m.intrinsic("llvm.roundeven", [t]), [LLVMBuildFMul(b, xc, fc(1.44269504088896341, t), "")])
        var r = muladd(n, fc(-0.693359375, t), xc, t)
        r = muladd(n, fc(2.12194440e-4, t), r, t)
        var p = fc(1.9875691500e-4, t)
        for c in [1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1] {
            p = muladd(p, r, fc(c, t), t)
        }
        let r2 = LLVMBuildFMul(b, r, r, "")!
        let er = LLVMBuildFAdd(b, muladd(p, r2, r, t), fc(1, t), "")!
        let result = scale(er, by: LLVMBuildFPToSI(b, n, m.i32, "")!, t: t, intType: m.i32, bias: 127, mantissa: 23)
        let isNaN = LLVMBuildFCmp(b, LLVMRealUNO, x, x, "")
        return LLVMBuildSelect(b, isNaN, x, result, "exp")
    }

    private func expF64(_ x: LLVMValueRef) -> LLVMValueRef {
        let t = m.f64
        let lo = m.call(m.intrinsic("llvm.maxnum", [t]), [x, fc(-746, t)])
        let xc = m.call(m.intrinsic("llvm.minnum", [t]), [lo, fc(710, t)])
        let n = m.call(m.intrinsic("llvm.roundeven", [t]), [LLVMBuildFMul(b, xc, fc(1.44269504088896338700e+00, t), "")])
        var r = muladd(n, fc(-6.93147180369123816490e-01, t), xc, t)
        r = muladd(n, fc(-1.90821492927058770002e-10, t), r, t)
        // e^r = Σ_{k ≤ 13} r^k / k!, Horner from the highest term.
        var factorials: [Double] = [1]
        for k in 1...13 { factorials.append(factorials[k - 1] * Double(k)) }
        var p = fc(1 / factorials[13], t)
        for k in stride(from: 12, through: 0, by: -1) { p = muladd(p, r, fc(1 / factorials[k], t), t) }
        let result = scale(p, by: LLVMBuildFPToSI(b, n, m.i64, "")!, t: t, intType: m.i64, bias: 1023, mantissa: 52)
        let isNaN = LLVMBuildFCmp(b, LLVMRealUNO, x, x, "")
        return LLVMBuildSelect(b, isNaN, x, result, "exp")
    }

    /// `v · 2^n` as `(v · 2^⌊n/2⌋) · 2^(n − ⌊n/2⌋)`, each factor built from exponent bits.
    private func scale(_ v: LLVMValueRef, by n: LLVMValueRef, t: LLVMTypeRef, intType: LLVMTypeRef,
                       bias: Int, mantissa: Int) -> LLVMValueRef {
        let half = LLVMBuildAShr(b, n, m.constInt(intType, 1), "")!
        let rest = LLVMBuildSub(b, n, half, "")!
        func pow2(_ k: LLVMValueRef) -> LLVMValueRef {
            let bits = LLVMBuildShl(b, LLVMBuildAdd(b, k, m.constInt(intType, bias), ""), m.constInt(intType, mantissa), "")
            return LLVMBuildBitCast(b, bits, t, "")
        }
        return LLVMBuildFMul(b, LLVMBuildFMul(b, v, pow2(half), ""), pow2(rest), "")
    }
}

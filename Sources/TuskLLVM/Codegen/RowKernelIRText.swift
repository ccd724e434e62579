import TuskIR

/// The IR-text pieces the hand-written row kernels (`AttentionRowIR`, `AttentionGradRowIR`)
/// share: float constants, vector types and splats, and the vector `exp`.
protocol RowKernelIRText {}

extension RowKernelIRText {
    static func hex(_ v: Double) -> String {
        let bits = String(Double(Float(v)).bitPattern, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 16 - bits.count) + bits
    }

    func vf(_ w: Int) -> String { "<\(w) x float>" }
    func vi(_ w: Int) -> String { "<\(w) x i32>" }
    func splat(_ w: Int, _ element: String) -> String {
        "<" + Array(repeating: element, count: w).joined(separator: ", ") + ">"
    }
    func fconst(_ w: Int, _ v: Double) -> String { w == 1 ? Self.hex(v) : splat(w, "float \(Self.hex(v))") }
    func iconst(_ w: Int, _ v: Int) -> String { w == 1 ? "\(v)" : splat(w, "i32 \(v)") }
    func suffix(_ w: Int) -> String { w == 1 ? "f32" : "v\(w)f32" }

    /// `exp` over `float` (w = 1) or `<w x float>`: Cody–Waite reduction, Cephes' degree-5
    /// polynomial, `2^n` in two factors (so subnormal results round once), NaN passed through.
    func expFunction(_ w: Int) -> String {
        let t = w == 1 ? "float" : vf(w), it = w == 1 ? "i32" : vi(w), s = suffix(w)
        var lines = [
            "define internal \(t) @exp.\(w)(\(t) %x) #1 {",
            "  %lo = call \(t) @llvm.maxnum.\(s)(\(t) %x, \(t) \(fconst(w, -104)))",
            "  %xc = call \(t) @llvm.minnum.\(s)(\(t) %lo, \(t) \(fconst(w, 89)))",
            "  %t = fmul \(t) %xc, \(fconst(w, 1.44269504088896341))",
            "  %n = call \(t) @llvm.roundeven.\(s)(\(t) %t)",
            "  %r0 = call \(t) @llvm.fmuladd.\(s)(\(t) %n, \(t) \(fconst(w, -0.693359375)), \(t) %xc)",
            "  %r = call \(t) @llvm.fmuladd.\(s)(\(t) %n, \(t) \(fconst(w, 2.12194440e-4)), \(t) %r0)",
        ]
        var p = fconst(w, 1.9875691500e-4)
        for (k, c) in [1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1].enumerated() {
            lines.append("  %p\(k) = call \(t) @llvm.fmuladd.\(s)(\(t) \(p), \(t) %r, \(t) \(fconst(w, c)))")
            p = "%p\(k)"
        }
        lines += [
            "  %r2 = fmul \(t) %r, %r",
            "  %er0 = call \(t) @llvm.fmuladd.\(s)(\(t) \(p), \(t) %r2, \(t) %r)",
            "  %er = fadd \(t) %er0, \(fconst(w, 1))",
            "  %ni = fptosi \(t) %n to \(it)",
            "  %half = ashr \(it) %ni, \(iconst(w, 1))",
            "  %rest = sub \(it) %ni, %half",
            "  %hb = add \(it) %half, \(iconst(w, 127))",
            "  %hs = shl \(it) %hb, \(iconst(w, 23))",
            "  %h2 = bitcast \(it) %hs to \(t)",
            "  %rb = add \(it) %rest, \(iconst(w, 127))",
            "  %rs = shl \(it) %rb, \(iconst(w, 23))",
            "  %r2n = bitcast \(it) %rs to \(t)",
            "  %y0 = fmul \(t) %er, %h2",
            "  %y = fmul \(t) %y0, %r2n",
            "  %nan = fcmp uno \(t) %x, %x",
            "  %res = select \(w == 1 ? "i1" : "<\(w) x i1>") %nan, \(t) %x, \(t) %y",
            "  ret \(t) %res",
            "}",
        ]
        return lines.joined(separator: "\n")
    }

    /// Declarations of the intrinsics `expFunction` uses, at each of `widths`.
    func expDeclarations(widths: Set<Int>) -> [String] {
        widths.sorted().flatMap { w -> [String] in
            let t = w == 1 ? "float" : vf(w), s = suffix(w)
            return ["declare \(t) @llvm.maxnum.\(s)(\(t), \(t))", "declare \(t) @llvm.minnum.\(s)(\(t), \(t))",
                    "declare \(t) @llvm.roundeven.\(s)(\(t))", "declare \(t) @llvm.fmuladd.\(s)(\(t), \(t), \(t))"]
        }
    }

    /// The function attributes: `#0` for the kernel, `#1` (always inlined) for the helpers.
    func attributeGroups(cpu: String, features: String, preferredWidth: Int) -> [String] {
        let target = "\"target-cpu\"=\"\(cpu)\" \"target-features\"=\"\(features)\" \"prefer-vector-width\"=\"\(preferredWidth)\""
        return ["attributes #0 = { nounwind \(target) }", "attributes #1 = { alwaysinline nounwind \(target) }"]
    }
}

import TuskIR

/// The LLVM IR text of an attention gradient row kernel (`AttentionGradRowKernel` in
/// TuskRuntime): the elementwise step of the flash-attention backward on one tile, for each of
/// its query rows, at the CPU's vector width —
///
///     P[j]  = exp(S[j] − lse)            (the probabilities, recomputed from the scores)
///     dS[j] = P[j] · (dP[j] − D)         (D = rowsum(dO ∘ O), dP = dO · Vᵀ)
///
/// over the row's visible keys, and `P = dS = 0` on the keys a causal mask hides. `S` and `dP`
/// are overwritten by `P` and `dS` in place. `exp` is the polynomial of `RowKernelIRText`, within
/// 2 ulp of the C library; each element is computed on its own, so the result does not depend on
/// the thread that runs the row.
struct AttentionGradRowIR: RowKernelIRText {
    let causal: Bool
    /// Lanes of the vectors (16 with AVX-512).
    let lanes: Int
    let cpu: String, features: String, preferredWidth: Int

    var name: String { "attention_grad_rows\(causal ? "_causal" : "")_w\(lanes)" }

    /// The module text: the kernel `name` with the loop-kernel ABI (`AttentionGradRowKernel`'s
    /// buffers) and its two `exp` helpers.
    var text: String {
        let W = lanes, tw = vf(W)
        var o: [String] = []
        func e(_ s: String) { o.append("  " + s) }
        func label(_ s: String) { o.append("\(s):") }
        func splatted(_ scalar: String, _ name: String) {
            e("\(name).i = insertelement \(tw) poison, float \(scalar), i64 0")
            e("\(name) = shufflevector \(tw) \(name).i, \(tw) poison, \(vi(W)) zeroinitializer")
        }
        o.append("define i32 @\(name)(ptr %buffers, i64 %begin, i64 %end) #0 {")
        label("entry")
        e("%j = alloca i64, align 8")
        e("%r = alloca i64, align 8")
        for (k, buffer) in ["p", "ds", "lse", "dot", "params"].enumerated() {
            e("%\(buffer).slot = getelementptr inbounds ptr, ptr %buffers, i64 \(k)")
            e("%\(buffer) = load ptr, ptr %\(buffer).slot, align 8")
        }
        e("%n = load i64, ptr %params, align 8")
        e("%off.p = getelementptr inbounds i64, ptr %params, i64 1")
        e("%off = load i64, ptr %off.p, align 8")
        e("%ls.p = getelementptr inbounds i64, ptr %params, i64 2")
        e("%lstride = load i64, ptr %ls.p, align 8")
        e("store i64 %begin, ptr %r, align 8")
        e("br label %row.head")

        label("row.head")
        e("%ri = load i64, ptr %r, align 8")
        e("%rc = icmp slt i64 %ri, %end")
        e("br i1 %rc, label %row.body, label %exit")

        label("row.body")
        e("%roff = mul nsw i64 %ri, %n")
        e("%prow = getelementptr inbounds float, ptr %p, i64 %roff")
        e("%drow = getelementptr inbounds float, ptr %ds, i64 %roff")
        e("%lo = mul nsw i64 %ri, %lstride")
        e("%lp = getelementptr inbounds float, ptr %lse, i64 %lo")
        e("%l = load float, ptr %lp, align 4")
        e("%dtp = getelementptr inbounds float, ptr %dot, i64 %ri")
        e("%dt = load float, ptr %dtp, align 4")
        if causal {
            // Row `off + r` (relative to the tile's first key) sees keys 0 ... off + r.
            e("%v0 = add nsw i64 %off, %ri")
            e("%v1 = add nsw i64 %v0, 1")
            e("%v2 = call i64 @llvm.smax.i64(i64 %v1, i64 0)")
            e("%vis = call i64 @llvm.smin.i64(i64 %v2, i64 %n)")
        } else {
            e("%vis = add i64 0, %n")
        }
        e("%nv = and i64 %vis, \(-W)")
        splatted("%l", "%lb")
        splatted("%dt", "%db")
        e("store i64 0, ptr %j, align 8")
        e("br label %v.head")

        label("v.head")
        e("%j1 = load i64, ptr %j, align 8")
        e("%c1 = icmp slt i64 %j1, %nv")
        e("br i1 %c1, label %v.body, label %t.head")
        label("v.body")
        e("%sp1 = getelementptr inbounds float, ptr %prow, i64 %j1")
        e("%s1 = load \(tw), ptr %sp1, align 4")
        e("%x1 = fsub \(tw) %s1, %lb")
        e("%e1 = call \(tw) @exp.\(W)(\(tw) %x1)")
        e("store \(tw) %e1, ptr %sp1, align 4")
        e("%gp1 = getelementptr inbounds float, ptr %drow, i64 %j1")
        e("%g1 = load \(tw), ptr %gp1, align 4")
        e("%h1 = fsub \(tw) %g1, %db")
        e("%d1 = fmul \(tw) %e1, %h1")
        e("store \(tw) %d1, ptr %gp1, align 4")
        e("%j1n = add nsw i64 %j1, \(W)")
        e("store i64 %j1n, ptr %j, align 8")
        e("br label %v.head")

        label("t.head")
        e("%j2 = load i64, ptr %j, align 8")
        e("%c2 = icmp slt i64 %j2, %vis")
        e("br i1 %c2, label %t.body, label %z.head")
        label("t.body")
        e("%sp2 = getelementptr inbounds float, ptr %prow, i64 %j2")
        e("%s2 = load float, ptr %sp2, align 4")
        e("%x2 = fsub float %s2, %l")
        e("%e2 = call float @exp.1(float %x2)")
        e("store float %e2, ptr %sp2, align 4")
        e("%gp2 = getelementptr inbounds float, ptr %drow, i64 %j2")
        e("%g2 = load float, ptr %gp2, align 4")
        e("%h2 = fsub float %g2, %dt")
        e("%d2 = fmul float %e2, %h2")
        e("store float %d2, ptr %gp2, align 4")
        e("%j2n = add nsw i64 %j2, 1")
        e("store i64 %j2n, ptr %j, align 8")
        e("br label %t.head")

        // The hidden keys (causal): P = dS = 0.
        label("z.head")
        e("%j3 = load i64, ptr %j, align 8")
        e("%c3 = icmp slt i64 %j3, %n")
        e("br i1 %c3, label %z.body, label %row.next")
        label("z.body")
        e("%sp3 = getelementptr inbounds float, ptr %prow, i64 %j3")
        e("store float 0.0, ptr %sp3, align 4")
        e("%gp3 = getelementptr inbounds float, ptr %drow, i64 %j3")
        e("store float 0.0, ptr %gp3, align 4")
        e("%j3n = add nsw i64 %j3, 1")
        e("store i64 %j3n, ptr %j, align 8")
        e("br label %z.head")

        label("row.next")
        e("%rn = add nsw i64 %ri, 1")
        e("store i64 %rn, ptr %r, align 8")
        e("br label %row.head")
        label("exit")
        e("ret i32 0")
        o.append("}")

        let decls = expDeclarations(widths: [1, W]) + [
            "declare i64 @llvm.smax.i64(i64, i64)", "declare i64 @llvm.smin.i64(i64, i64)",
        ]
        return ([o.joined(separator: "\n"), expFunction(W), W == 1 ? "" : expFunction(1)] + decls
                + attributeGroups(cpu: cpu, features: features, preferredWidth: preferredWidth)
        ).filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }
}

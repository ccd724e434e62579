import TuskIR

/// The LLVM IR text of an attention row kernel (`AttentionRowKernel` in TuskRuntime): for each
/// query row of a tile, `out = [softmax(s) · V | logsumexp(s)]` from the row's finished scores, in
/// one pass at the CPU's vector width.
///
/// Per row: the max over the visible keys (`W`-lane `maxnum`, then the tail); then, `W` keys at a
/// time, `e = exp(s − max)` (the polynomial of `KernelEmitter+Exp`, within 2 ulp of the C
/// library) summed into `W` lane partials, and each key's value row accumulated as
/// `acc += broadcast(e_j) · V[j]` into `chains` independent sets of `valueVectors` vectors of
/// `valueLanes` lanes (several chains hide the FMA latency when the value row is one vector);
/// the tail keys go one by one. The row's sum is the lanes' partials reduced by a tree, plus the
/// tail; the output is `acc / sum` and `max + log(sum)`. Every sum runs in a fixed order, so the
/// result does not depend on the thread that runs the row.
///
/// Written as IR text with stack slots for the loop state (the `-O0` shape that SROA/mem2reg turn
/// into registers at the start of `default<O3>`): small enough to read and check by eye, and the
/// vector types are explicit rather than left to the loop vectorizer.
struct AttentionRowIR: RowKernelIRText {
    /// Values per row (`dv`), keys per row, causal (row `first + r` sees keys `0 ... first + r`).
    let valueWidth: Int, keys: Int, causal: Bool
    /// Lanes of the score vectors (16 with AVX-512), of the value vectors (a power of two dividing `dv`).
    let lanes: Int, valueLanes: Int
    let cpu: String, features: String, preferredWidth: Int

    var valueVectors: Int { valueWidth / valueLanes }
    /// Query rows computed together in the exponential and `P · V` pass, so that each value row
    /// loaded serves all of them (`V` of a batch entry is re-read from L2 once per row group, not
    /// once per row); `rowBlock × valueVectors ≤ 16` accumulators. 1: rows one by one.
    var rowBlock: Int { max(1, min(8, 16 / valueVectors)) }
    /// Independent accumulator sets (keys `j` go to set `j % chains`).
    var chains: Int { max(1, min(lanes, 4 / valueVectors)) }
    var name: String { "attention_rows_dv\(valueWidth)_k\(keys)\(causal ? "_causal" : "")_w\(lanes)x\(valueLanes)_r\(rowBlock)" }

    /// The lanes of the value vectors for `dv` (the largest power of two ≤ `lanes` dividing it),
    /// or nil when that is below 4 or the accumulators would not fit in registers.
    static func valueLanes(valueWidth dv: Int, lanes: Int) -> Int? {
        guard dv > 0 else { return nil }
        var w = lanes
        while w > 1 && dv % w != 0 { w /= 2 }
        guard w >= 4, dv / w <= 16 else { return nil }
        return w
    }

    /// The module text: the kernel `name` with the loop-kernel ABI and its two `exp` helpers.
    var text: String {
        let W = lanes, V = valueLanes, dvv = valueVectors, C = chains, A = C * dvv, dv = valueWidth
        let tw = vf(W), tv = vf(V), accType = "[\(A) x \(tv)]"
        var o: [String] = []
        func e(_ s: String) { o.append("  " + s) }
        func label(_ s: String) { o.append("\(s):") }
        // acc[set][k] pointer
        func accSlot(_ set: Int, _ k: Int, _ tag: String) -> String {
            let name = "%ap.\(tag).\(set).\(k)"
            e("\(name) = getelementptr inbounds \(accType), ptr %acc, i64 0, i64 \(set * dvv + k)")
            return name
        }
        func broadcast(_ source: String, lane: Int, from w: Int, _ name: String) {
            e("\(name) = shufflevector \(w == 1 ? vf(1) : vf(w)) \(source), \(w == 1 ? vf(1) : vf(w)) poison, \(vi(V)) \(splat(V, "i32 \(lane)"))")
        }

        o.append("define i32 @\(name)(ptr %buffers, i64 %begin, i64 %end) #0 {")
        label("entry")
        e("%acc = alloca \(accType), align 64")
        e("%vm = alloca \(tw), align 64")
        e("%vl = alloca \(tw), align 64")
        e("%ls = alloca float, align 4")
        e("%ms = alloca float, align 4")
        e("%j = alloca i64, align 8")
        e("%r = alloca i64, align 8")
        if rowBlock > 1 { o.append(contentsOf: groupAllocas) }
        e("%out = load ptr, ptr %buffers, align 8")
        e("%s.slot = getelementptr inbounds ptr, ptr %buffers, i64 1")
        e("%s = load ptr, ptr %s.slot, align 8")
        e("%v.slot = getelementptr inbounds ptr, ptr %buffers, i64 2")
        e("%v = load ptr, ptr %v.slot, align 8")
        if causal {
            e("%f.slot = getelementptr inbounds ptr, ptr %buffers, i64 3")
            e("%f.p = load ptr, ptr %f.slot, align 8")
            e("%first = load i64, ptr %f.p, align 8")
        }
        e("store i64 %begin, ptr %r, align 8")
        e("br label %row.head")

        label("row.head")
        e("%ri = load i64, ptr %r, align 8")
        e("%rc = icmp slt i64 %ri, %end")
        e("br i1 %rc, label %row.pick, label %exit")
        label("row.pick")
        if rowBlock > 1 {
            e("%rg = add nsw i64 %ri, \(rowBlock)")
            e("%rgc = icmp sle i64 %rg, %end")
            e("br i1 %rgc, label %g.body, label %row.body")
            o.append(contentsOf: groupText)
        } else {
            e("br label %row.body")
        }

        label("row.body")
        e("%soff = mul nsw i64 %ri, \(keys)")
        e("%srow = getelementptr inbounds float, ptr %s, i64 %soff")
        if causal {
            e("%gi = add nsw i64 %first, %ri")
            e("%gi1 = add nsw i64 %gi, 1")
            e("%nlt = icmp slt i64 %gi1, \(keys)")
            e("%n = select i1 %nlt, i64 %gi1, i64 \(keys)")
        } else {
            e("%n = add i64 0, \(keys)")
        }
        e("%nv = and i64 %n, \(-W)")
        e("store \(tw) \(fconst(W, -.infinity)), ptr %vm, align 64")
        e("store i64 0, ptr %j, align 8")
        e("br label %max.head")

        label("max.head")
        e("%j1 = load i64, ptr %j, align 8")
        e("%c1 = icmp slt i64 %j1, %nv")
        e("br i1 %c1, label %max.body, label %max.rest")
        label("max.body")
        e("%p1 = getelementptr inbounds float, ptr %srow, i64 %j1")
        e("%x1 = load \(tw), ptr %p1, align 4")
        e("%m1 = load \(tw), ptr %vm, align 64")
        e("%m1n = call \(tw) @llvm.maxnum.\(suffix(W))(\(tw) %m1, \(tw) %x1)")
        e("store \(tw) %m1n, ptr %vm, align 64")
        e("%j1n = add nsw i64 %j1, \(W)")
        e("store i64 %j1n, ptr %j, align 8")
        e("br label %max.head")
        label("max.rest")
        e("%vmf = load \(tw), ptr %vm, align 64")
        e("%m0 = call float @llvm.vector.reduce.fmax.\(suffix(W))(\(tw) %vmf)")
        e("store float %m0, ptr %ms, align 4")
        e("br label %mt.head")
        label("mt.head")
        e("%j2 = load i64, ptr %j, align 8")
        e("%c2 = icmp slt i64 %j2, %n")
        e("br i1 %c2, label %mt.body, label %max.done")
        label("mt.body")
        e("%p2 = getelementptr inbounds float, ptr %srow, i64 %j2")
        e("%x2 = load float, ptr %p2, align 4")
        e("%m2 = load float, ptr %ms, align 4")
        e("%m2n = call float @llvm.maxnum.f32(float %m2, float %x2)")
        e("store float %m2n, ptr %ms, align 4")
        e("%j2n = add nsw i64 %j2, 1")
        e("store i64 %j2n, ptr %j, align 8")
        e("br label %mt.head")

        label("max.done")
        e("%m = load float, ptr %ms, align 4")
        e("%none = fcmp oeq float %m, \(Self.hex(-.infinity))")   // no visible finite score: sum 0
        e("%n3 = select i1 %none, i64 0, i64 %n")
        e("%nv3 = select i1 %none, i64 0, i64 %nv")
        e("%mi = insertelement \(tw) poison, float %m, i64 0")
        e("%mb = shufflevector \(tw) %mi, \(tw) poison, \(vi(W)) zeroinitializer")
        e("store \(accType) zeroinitializer, ptr %acc, align 64")
        e("store \(tw) zeroinitializer, ptr %vl, align 64")
        e("store float 0.0, ptr %ls, align 4")
        e("store i64 0, ptr %j, align 8")
        e("br label %e.head")

        label("e.head")
        e("%j3 = load i64, ptr %j, align 8")
        e("%c3 = icmp slt i64 %j3, %nv3")
        e("br i1 %c3, label %e.body, label %et.head")
        label("e.body")
        e("%p3 = getelementptr inbounds float, ptr %srow, i64 %j3")
        e("%x3 = load \(tw), ptr %p3, align 4")
        e("%d3 = fsub \(tw) %x3, %mb")
        e("%e3 = call \(tw) @exp.\(W)(\(tw) %d3)")
        e("%l3 = load \(tw), ptr %vl, align 64")
        e("%l3n = fadd \(tw) %l3, %e3")
        e("store \(tw) %l3n, ptr %vl, align 64")
        for t in 0..<W {
            broadcast("%e3", lane: t, from: W, "%b.\(t)")
            e("%row.\(t) = add nsw i64 %j3, \(t)")
            e("%vo.\(t) = mul nsw i64 %row.\(t), \(dv)")
            e("%vp.\(t) = getelementptr inbounds float, ptr %v, i64 %vo.\(t)")
            for k in 0..<dvv {
                e("%vk.\(t).\(k) = getelementptr inbounds float, ptr %vp.\(t), i64 \(k * V)")
                e("%vv.\(t).\(k) = load \(tv), ptr %vk.\(t).\(k), align 4")
                let slot = accSlot(t % C, k, "e\(t)")
                e("%a.\(t).\(k) = load \(tv), ptr \(slot), align 16")
                e("%an.\(t).\(k) = call \(tv) @llvm.fmuladd.\(suffix(V))(\(tv) %b.\(t), \(tv) %vv.\(t).\(k), \(tv) %a.\(t).\(k))")
                e("store \(tv) %an.\(t).\(k), ptr \(slot), align 16")
            }
        }
        e("%j3n = add nsw i64 %j3, \(W)")
        e("store i64 %j3n, ptr %j, align 8")
        e("br label %e.head")

        label("et.head")
        e("%j4 = load i64, ptr %j, align 8")
        e("%c4 = icmp slt i64 %j4, %n3")
        e("br i1 %c4, label %et.body, label %e.done")
        label("et.body")
        e("%p4 = getelementptr inbounds float, ptr %srow, i64 %j4")
        e("%x4 = load float, ptr %p4, align 4")
        e("%d4 = fsub float %x4, %m")
        e("%e4 = call float @exp.1(float %d4)")
        e("%l4 = load float, ptr %ls, align 4")
        e("%l4n = fadd float %l4, %e4")
        e("store float %l4n, ptr %ls, align 4")
        e("%e4i = insertelement \(tv) poison, float %e4, i64 0")
        e("%e4b = shufflevector \(tv) %e4i, \(tv) poison, \(vi(V)) zeroinitializer")
        e("%vo4 = mul nsw i64 %j4, \(dv)")
        e("%vp4 = getelementptr inbounds float, ptr %v, i64 %vo4")
        for k in 0..<dvv {
            e("%vk4.\(k) = getelementptr inbounds float, ptr %vp4, i64 \(k * V)")
            e("%vv4.\(k) = load \(tv), ptr %vk4.\(k), align 4")
            let slot = accSlot(0, k, "t")
            e("%a4.\(k) = load \(tv), ptr \(slot), align 16")
            e("%an4.\(k) = call \(tv) @llvm.fmuladd.\(suffix(V))(\(tv) %e4b, \(tv) %vv4.\(k), \(tv) %a4.\(k))")
            e("store \(tv) %an4.\(k), ptr \(slot), align 16")
        }
        e("%j4n = add nsw i64 %j4, 1")
        e("store i64 %j4n, ptr %j, align 8")
        e("br label %et.head")

        label("e.done")
        e("%vlf = load \(tw), ptr %vl, align 64")
        e("%lt = load float, ptr %ls, align 4")
        e("%l = call reassoc float @llvm.vector.reduce.fadd.\(suffix(W))(float %lt, \(tw) %vlf)")
        e("%inv = fdiv float 1.0, %l")
        e("%invi = insertelement \(tv) poison, float %inv, i64 0")
        e("%invb = shufflevector \(tv) %invi, \(tv) poison, \(vi(V)) zeroinitializer")
        e("%oo = mul nsw i64 %ri, \(dv + 1)")
        e("%orow = getelementptr inbounds float, ptr %out, i64 %oo")
        for k in 0..<dvv {
            var sum = ""
            for c in 0..<C {
                let slot = accSlot(c, k, "o")
                e("%ao.\(c).\(k) = load \(tv), ptr \(slot), align 16")
                if c == 0 {
                    sum = "%ao.0.\(k)"
                } else {
                    e("%as.\(c).\(k) = fadd \(tv) \(sum), %ao.\(c).\(k)")
                    sum = "%as.\(c).\(k)"
                }
            }
            e("%ov.\(k) = fmul \(tv) \(sum), %invb")
            e("%op.\(k) = getelementptr inbounds float, ptr %orow, i64 \(k * V)")
            e("store \(tv) %ov.\(k), ptr %op.\(k), align 4")
        }
        e("%lg = call float @llvm.log.f32(float %l)")
        e("%lse = fadd float %m, %lg")
        e("%lp = getelementptr inbounds float, ptr %orow, i64 \(dv)")
        e("store float %lse, ptr %lp, align 4")
        e("%rn = add nsw i64 %ri, 1")
        e("store i64 %rn, ptr %r, align 8")
        e("br label %row.head")
        label("exit")
        e("ret i32 0")
        o.append("}")

        let decls = expDeclarations(widths: [1, W, V]) + [
            "declare float @llvm.vector.reduce.fmax.\(suffix(W))(\(tw))",
            "declare float @llvm.vector.reduce.fadd.\(suffix(W))(float, \(tw))",
            "declare float @llvm.log.f32(float)",
        ] + (rowBlock > 1 ? ["declare i64 @llvm.smin.i64(i64, i64)"] : [])
        return ([o.joined(separator: "\n"), expFunction(W), W == 1 ? "" : expFunction(1)] + decls
                + attributeGroups(cpu: cpu, features: features, preferredWidth: preferredWidth)
        ).filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }
}

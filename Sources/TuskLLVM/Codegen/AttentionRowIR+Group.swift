import TuskIR

/// The row-group path of `AttentionRowIR`: `rowBlock` query rows at once.
///
/// Each row's max is found on its own (as in the one-row path); then the exponentials of all the
/// group's rows are formed `W` keys at a time and, for each of those keys, the value row is loaded
/// once and accumulated into every row's accumulators (`rowBlock × valueVectors` vectors, one
/// chain per row: the rows are the independent chains that hide the FMA latency). Keys past the
/// group's common vector count (`min` over its rows of the visible keys, rounded down to `W`:
/// only causal rows differ) go one by one per row. Each row's sum is its lane partials reduced
/// by a tree plus its tail, in a fixed order: the result does not depend on the thread, and a
/// row's group is fixed by the tile (rows `begin ..< end` from the tile's first).
extension AttentionRowIR {
    /// The stack slots of the group path (in the entry block, so SROA turns them into registers).
    var groupAllocas: [String] {
        let W = lanes, tv = vf(valueLanes), R = rowBlock
        var o = ["  %gacc = alloca [\(R * valueVectors) x \(tv)], align 64"]
        for g in 0..<R {
            o.append("  %gvl.\(g) = alloca \(vf(W)), align 64")
            o.append("  %gls.\(g) = alloca float, align 4")
        }
        return o
    }

    /// The blocks from `g.body` to the branch back to `row.head` (rows `%ri ..< %ri + rowBlock`).
    var groupText: [String] {
        let W = lanes, V = valueLanes, dvv = valueVectors, R = rowBlock, dv = valueWidth
        let tw = vf(W), tv = vf(V), accType = "[\(R * dvv) x \(tv)]"
        var o: [String] = []
        func e(_ s: String) { o.append("  " + s) }
        func label(_ s: String) { o.append("\(s):") }
        func slot(_ g: Int, _ k: Int, _ tag: String) -> String {
            let name = "%gap.\(tag).\(g).\(k)"
            e("\(name) = getelementptr inbounds \(accType), ptr %gacc, i64 0, i64 \(g * dvv + k)")
            return name
        }

        label("g.body")
        for g in 0..<R {
            let p = "%g\(g)"
            e("\(p).ri = add nsw i64 %ri, \(g)")
            e("\(p).soff = mul nsw i64 \(p).ri, \(keys)")
            e("\(p).srow = getelementptr inbounds float, ptr %s, i64 \(p).soff")
            if causal {
                e("\(p).gi = add nsw i64 %first, \(p).ri")
                e("\(p).gi1 = add nsw i64 \(p).gi, 1")
                e("\(p).nlt = icmp slt i64 \(p).gi1, \(keys)")
                e("\(p).n = select i1 \(p).nlt, i64 \(p).gi1, i64 \(keys)")
            } else {
                e("\(p).n = add i64 0, \(keys)")
            }
            e("\(p).nv = and i64 \(p).n, \(-W)")
            e("store \(tw) \(fconst(W, -.infinity)), ptr %vm, align 64")
            e("store i64 0, ptr %j, align 8")
            e("br label \(p).max.head")
            label("g\(g).max.head")
            e("\(p).j1 = load i64, ptr %j, align 8")
            e("\(p).c1 = icmp slt i64 \(p).j1, \(p).nv")
            e("br i1 \(p).c1, label \(p).max.body, label \(p).max.rest")
            label("g\(g).max.body")
            e("\(p).p1 = getelementptr inbounds float, ptr \(p).srow, i64 \(p).j1")
            e("\(p).x1 = load \(tw), ptr \(p).p1, align 4")
            e("\(p).m1 = load \(tw), ptr %vm, align 64")
            e("\(p).m1n = call \(tw) @llvm.maxnum.\(suffix(W))(\(tw) \(p).m1, \(tw) \(p).x1)")
            e("store \(tw) \(p).m1n, ptr %vm, align 64")
            e("\(p).j1n = add nsw i64 \(p).j1, \(W)")
            e("store i64 \(p).j1n, ptr %j, align 8")
            e("br label \(p).max.head")
            label("g\(g).max.rest")
            e("\(p).vmf = load \(tw), ptr %vm, align 64")
            e("\(p).m0 = call float @llvm.vector.reduce.fmax.\(suffix(W))(\(tw) \(p).vmf)")
            e("store float \(p).m0, ptr %ms, align 4")
            e("br label \(p).mt.head")
            label("g\(g).mt.head")
            e("\(p).j2 = load i64, ptr %j, align 8")
            e("\(p).c2 = icmp slt i64 \(p).j2, \(p).n")
            e("br i1 \(p).c2, label \(p).mt.body, label \(p).max.done")
            label("g\(g).mt.body")
            e("\(p).p2 = getelementptr inbounds float, ptr \(p).srow, i64 \(p).j2")
            e("\(p).x2 = load float, ptr \(p).p2, align 4")
            e("\(p).m2 = load float, ptr %ms, align 4")
            e("\(p).m2n = call float @llvm.maxnum.f32(float \(p).m2, float \(p).x2)")
            e("store float \(p).m2n, ptr %ms, align 4")
            e("\(p).j2n = add nsw i64 \(p).j2, 1")
            e("store i64 \(p).j2n, ptr %j, align 8")
            e("br label \(p).mt.head")
            label("g\(g).max.done")
            e("\(p).m = load float, ptr %ms, align 4")
            e("\(p).none = fcmp oeq float \(p).m, \(Self.hex(-.infinity))")   // no visible finite score: sum 0
            e("\(p).n3 = select i1 \(p).none, i64 0, i64 \(p).n")
            e("\(p).mi = insertelement \(tw) poison, float \(p).m, i64 0")
            e("\(p).mb = shufflevector \(tw) \(p).mi, \(tw) poison, \(vi(W)) zeroinitializer")
            e("store \(tw) zeroinitializer, ptr %gvl.\(g), align 64")
            e("store float 0.0, ptr %gls.\(g), align 4")
        }
        // The keys every row of the group sees, in whole vectors.
        var common = "%g0.n3"
        for g in 1..<R {
            e("%gc.\(g) = call i64 @llvm.smin.i64(i64 \(common), i64 %g\(g).n3)")
            common = "%gc.\(g)"
        }
        e("%gnv = and i64 \(common), \(-W)")
        e("store \(accType) zeroinitializer, ptr %gacc, align 64")
        e("store i64 0, ptr %j, align 8")
        e("br label %g.e.head")

        label("g.e.head")
        e("%gj = load i64, ptr %j, align 8")
        e("%gjc = icmp slt i64 %gj, %gnv")
        e("br i1 %gjc, label %g.e.body, label %g0.tail.init")
        label("g.e.body")
        for g in 0..<R {
            let p = "%g\(g)"
            e("\(p).p3 = getelementptr inbounds float, ptr \(p).srow, i64 %gj")
            e("\(p).x3 = load \(tw), ptr \(p).p3, align 4")
            e("\(p).d3 = fsub \(tw) \(p).x3, \(p).mb")
            e("\(p).e3 = call \(tw) @exp.\(W)(\(tw) \(p).d3)")
            e("\(p).l3 = load \(tw), ptr %gvl.\(g), align 64")
            e("\(p).l3n = fadd \(tw) \(p).l3, \(p).e3")
            e("store \(tw) \(p).l3n, ptr %gvl.\(g), align 64")
        }
        for t in 0..<W {
            e("%grow.\(t) = add nsw i64 %gj, \(t)")
            e("%gvo.\(t) = mul nsw i64 %grow.\(t), \(dv)")
            e("%gvp.\(t) = getelementptr inbounds float, ptr %v, i64 %gvo.\(t)")
            for k in 0..<dvv {
                e("%gvk.\(t).\(k) = getelementptr inbounds float, ptr %gvp.\(t), i64 \(k * V)")
                e("%gvv.\(t).\(k) = load \(tv), ptr %gvk.\(t).\(k), align 4")
            }
            for g in 0..<R {
                e("%gb.\(t).\(g) = shufflevector \(tw) %g\(g).e3, \(tw) poison, \(vi(V)) \(splat(V, "i32 \(t)"))")
                for k in 0..<dvv {
                    let a = slot(g, k, "e\(t)")
                    e("%ga.\(t).\(g).\(k) = load \(tv), ptr \(a), align 16")
                    e("%gan.\(t).\(g).\(k) = call \(tv) @llvm.fmuladd.\(suffix(V))(\(tv) %gb.\(t).\(g), \(tv) %gvv.\(t).\(k), \(tv) %ga.\(t).\(g).\(k))")
                    e("store \(tv) %gan.\(t).\(g).\(k), ptr \(a), align 16")
                }
            }
        }
        e("%gjn = add nsw i64 %gj, \(W)")
        e("store i64 %gjn, ptr %j, align 8")
        e("br label %g.e.head")

        for g in 0..<R {
            let p = "%g\(g)"
            // This row's keys past the common vectors, one by one.
            label("g\(g).tail.init")
            e("store i64 %gnv, ptr %j, align 8")
            e("br label \(p).t.head")
            label("g\(g).t.head")
            e("\(p).j4 = load i64, ptr %j, align 8")
            e("\(p).c4 = icmp slt i64 \(p).j4, \(p).n3")
            e("br i1 \(p).c4, label \(p).t.body, label \(p).out")
            label("g\(g).t.body")
            e("\(p).p4 = getelementptr inbounds float, ptr \(p).srow, i64 \(p).j4")
            e("\(p).x4 = load float, ptr \(p).p4, align 4")
            e("\(p).d4 = fsub float \(p).x4, \(p).m")
            e("\(p).e4 = call float @exp.1(float \(p).d4)")
            e("\(p).l4 = load float, ptr %gls.\(g), align 4")
            e("\(p).l4n = fadd float \(p).l4, \(p).e4")
            e("store float \(p).l4n, ptr %gls.\(g), align 4")
            e("\(p).e4i = insertelement \(tv) poison, float \(p).e4, i64 0")
            e("\(p).e4b = shufflevector \(tv) \(p).e4i, \(tv) poison, \(vi(V)) zeroinitializer")
            e("\(p).vo4 = mul nsw i64 \(p).j4, \(dv)")
            e("\(p).vp4 = getelementptr inbounds float, ptr %v, i64 \(p).vo4")
            for k in 0..<dvv {
                e("\(p).vk4.\(k) = getelementptr inbounds float, ptr \(p).vp4, i64 \(k * V)")
                e("\(p).vv4.\(k) = load \(tv), ptr \(p).vk4.\(k), align 4")
                let a = slot(g, k, "t")
                e("\(p).a4.\(k) = load \(tv), ptr \(a), align 16")
                e("\(p).an4.\(k) = call \(tv) @llvm.fmuladd.\(suffix(V))(\(tv) \(p).e4b, \(tv) \(p).vv4.\(k), \(tv) \(p).a4.\(k))")
                e("store \(tv) \(p).an4.\(k), ptr \(a), align 16")
            }
            e("\(p).j4n = add nsw i64 \(p).j4, 1")
            e("store i64 \(p).j4n, ptr %j, align 8")
            e("br label \(p).t.head")
            // The row's output: acc / sum and max + log(sum).
            label("g\(g).out")
            e("\(p).vlf = load \(tw), ptr %gvl.\(g), align 64")
            e("\(p).lt = load float, ptr %gls.\(g), align 4")
            e("\(p).l = call reassoc float @llvm.vector.reduce.fadd.\(suffix(W))(float \(p).lt, \(tw) \(p).vlf)")
            e("\(p).inv = fdiv float 1.0, \(p).l")
            e("\(p).invi = insertelement \(tv) poison, float \(p).inv, i64 0")
            e("\(p).invb = shufflevector \(tv) \(p).invi, \(tv) poison, \(vi(V)) zeroinitializer")
            e("\(p).oo = mul nsw i64 \(p).ri, \(dv + 1)")
            e("\(p).orow = getelementptr inbounds float, ptr %out, i64 \(p).oo")
            for k in 0..<dvv {
                let a = slot(g, k, "o")
                e("\(p).ao.\(k) = load \(tv), ptr \(a), align 16")
                e("\(p).ov.\(k) = fmul \(tv) \(p).ao.\(k), \(p).invb")
                e("\(p).op.\(k) = getelementptr inbounds float, ptr \(p).orow, i64 \(k * V)")
                e("store \(tv) \(p).ov.\(k), ptr \(p).op.\(k), align 4")
            }
            e("\(p).lg = call float @llvm.log.f32(float \(p).l)")
            e("\(p).lse = fadd float \(p).m, \(p).lg")
            e("\(p).lp = getelementptr inbounds float, ptr \(p).orow, i64 \(dv)")
            e("store float \(p).lse, ptr \(p).lp, align 4")
            e("br label %\(g + 1 < R ? "g\(g + 1).tail.init" : "g.next")")
        }
        label("g.next")
        e("%grn = add nsw i64 %ri, \(R)")
        e("store i64 %grn, ptr %r, align 8")
        e("br label %row.head")
        return o
    }
}

; ModuleID = 'walrus-tiny.part0'
source_filename = "walrus-tiny.part0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@k32.c0 = private unnamed_addr constant [7 x i64] [i64 6, i64 3, i64 7, i64 4, i64 2, i64 0, i64 1]
@k32.c1 = private unnamed_addr constant [7 x float] [float 0x3FF1E377A0000000, float 0x3FF1E377A0000000, float 0x3FF1E377A0000000, float 0x3FF1E377A0000000, float 0x3FF1E377A0000000, float 1.000000e+00, float 1.000000e+00]
@k116.c0 = private unnamed_addr constant [9 x i64] [i64 0, i64 0, i64 0, i64 1, i64 0, i64 0, i64 2, i64 1, i64 0]
@k116.c1 = private unnamed_addr constant [9 x i8] c"\00\01\01\00\00\01\00\00\00"

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k26(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !0)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k26.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = sub i64 %2, %1
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %i3.exit.i
  %indvar = phi i64 [ 0, %parallel.body.i.preheader ], [ %indvar.next, %i3.exit.i ]
  %parallel.i17 = phi i64 [ %1, %parallel.body.i.preheader ], [ %parallel.next.i, %i3.exit.i ]
  %5 = add i64 %indvar, %1
  %6 = mul i64 %5, 168
  %scevgep22 = getelementptr i8, ptr %b0, i64 %6
  %i2.i = urem i64 %parallel.i17, 142
  %7 = udiv i64 %parallel.i17, 142
  %i1.i = urem i64 %7, 7
  %8 = udiv i64 %parallel.i17, 994
  %9 = icmp ult i64 %i1.i, 4
  %.idx.i = mul i64 %8, 166992
  %10 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i
  %.idx19.i = mul nuw nsw i64 %i1.i, 23856
  %11 = getelementptr inbounds i8, ptr %10, i64 %.idx19.i
  %.idx20.i = mul nuw nsw i64 %i2.i, 168
  %12 = getelementptr inbounds i8, ptr %11, i64 %.idx20.i
  %13 = icmp ult i64 %i2.i, 7
  %14 = uitofp i1 %13 to float
  %15 = fsub contract float 1.000000e+00, %14
  %16 = icmp ugt i64 %i2.i, 134
  %17 = uitofp i1 %16 to float
  %18 = fsub contract float %15, %17
  %19 = fadd contract float %14, %17
  %20 = shl nuw nsw i64 %i1.i, 7
  %21 = add nuw nsw i64 %i2.i, 505
  %22 = add nuw nsw i64 %21, %20
  %23 = lshr i64 %22, 9
  %24 = add nuw nsw i64 %8, 2
  %25 = add nuw nsw i64 %24, %23
  %26 = urem i64 %25, 3
  %27 = shl nuw nsw i64 %26, 14
  %28 = add nuw nsw i64 %i2.i, 121
  %29 = lshr i64 %28, 7
  %30 = add nuw nsw i64 %29, %i1.i
  %31 = shl nuw nsw i64 %30, 12
  %32 = add nuw nsw i64 %31, 12288
  %33 = and i64 %32, 12288
  %34 = or disjoint i64 %27, %33
  %35 = shl nuw nsw i64 %28, 5
  %36 = and i64 %35, 4064
  %37 = or disjoint i64 %34, %36
  br i1 %9, label %parallel.body.i.split.us, label %parallel.body.i.split

parallel.body.i.split.us:                         ; preds = %parallel.body.i
  %38 = add nsw i64 %i2.i, -7
  %39 = icmp ult i64 %38, 128
  br i1 %39, label %parallel.body.i.split.us.split.us, label %i4.body.i.us.preheader

i4.body.i.us.preheader:                           ; preds = %parallel.body.i.split.us
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(168) %scevgep22, i8 0, i64 168, i1 false), !alias.scope !0, !noalias !7
  br label %i3.exit.i

parallel.body.i.split.us.split.us:                ; preds = %parallel.body.i.split.us
  %v5.i.us.us = load float, ptr %b2, align 4, !alias.scope !5, !noalias !8
  %invariant.gep = getelementptr inbounds i8, ptr %12, i64 4
  %invariant.gep27 = getelementptr inbounds i8, ptr %12, i64 8
  %invariant.gep29 = getelementptr inbounds i8, ptr %12, i64 12
  %invariant.gep31 = getelementptr inbounds i8, ptr %12, i64 16
  %invariant.gep33 = getelementptr inbounds i8, ptr %12, i64 20
  %invariant.gep35 = getelementptr inbounds i8, ptr %12, i64 24
  br label %i4.body.i.us.us

i4.body.i.us.us:                                  ; preds = %i4.body.i.us.us, %parallel.body.i.split.us.split.us
  %i3.i3.us.us = phi i64 [ 0, %parallel.body.i.split.us.split.us ], [ %i3.next.i.us.us.6, %i4.body.i.us.us ]
  %40 = add nuw nsw i64 %i3.i3.us.us, 27
  %41 = and i64 %40, 31
  %42 = or disjoint i64 %41, %37
  %p.i.us.us = getelementptr inbounds float, ptr %b1, i64 %42
  %v.i.us.us = load float, ptr %p.i.us.us, align 4, !alias.scope !3, !noalias !9
  %43 = fmul contract float %v.i.us.us, %v5.i.us.us
  %p18.i.us.us = getelementptr inbounds float, ptr %12, i64 %i3.i3.us.us
  store float %43, ptr %p18.i.us.us, align 4, !alias.scope !0, !noalias !7
  %44 = add nuw nsw i64 %i3.i3.us.us, 28
  %45 = and i64 %44, 31
  %46 = or disjoint i64 %45, %37
  %p.i.us.us.1 = getelementptr inbounds float, ptr %b1, i64 %46
  %v.i.us.us.1 = load float, ptr %p.i.us.us.1, align 4, !alias.scope !3, !noalias !9
  %47 = fmul contract float %v.i.us.us.1, %v5.i.us.us
  %gep = getelementptr inbounds float, ptr %invariant.gep, i64 %i3.i3.us.us
  store float %47, ptr %gep, align 4, !alias.scope !0, !noalias !7
  %48 = add nuw nsw i64 %i3.i3.us.us, 29
  %49 = and i64 %48, 31
  %50 = or disjoint i64 %49, %37
  %p.i.us.us.2 = getelementptr inbounds float, ptr %b1, i64 %50
  %v.i.us.us.2 = load float, ptr %p.i.us.us.2, align 4, !alias.scope !3, !noalias !9
  %51 = fmul contract float %v.i.us.us.2, %v5.i.us.us
  %gep28 = getelementptr inbounds float, ptr %invariant.gep27, i64 %i3.i3.us.us
  store float %51, ptr %gep28, align 4, !alias.scope !0, !noalias !7
  %52 = add nuw nsw i64 %i3.i3.us.us, 30
  %53 = and i64 %52, 31
  %54 = or disjoint i64 %53, %37
  %p.i.us.us.3 = getelementptr inbounds float, ptr %b1, i64 %54
  %v.i.us.us.3 = load float, ptr %p.i.us.us.3, align 4, !alias.scope !3, !noalias !9
  %55 = fmul contract float %v.i.us.us.3, %v5.i.us.us
  %gep30 = getelementptr inbounds float, ptr %invariant.gep29, i64 %i3.i3.us.us
  store float %55, ptr %gep30, align 4, !alias.scope !0, !noalias !7
  %56 = add nuw nsw i64 %i3.i3.us.us, 31
  %57 = and i64 %56, 31
  %58 = or disjoint i64 %57, %37
  %p.i.us.us.4 = getelementptr inbounds float, ptr %b1, i64 %58
  %v.i.us.us.4 = load float, ptr %p.i.us.us.4, align 4, !alias.scope !3, !noalias !9
  %59 = fmul contract float %v.i.us.us.4, %v5.i.us.us
  %gep32 = getelementptr inbounds float, ptr %invariant.gep31, i64 %i3.i3.us.us
  store float %59, ptr %gep32, align 4, !alias.scope !0, !noalias !7
  %60 = and i64 %i3.i3.us.us, 31
  %61 = or disjoint i64 %60, %37
  %p.i.us.us.5 = getelementptr inbounds float, ptr %b1, i64 %61
  %v.i.us.us.5 = load float, ptr %p.i.us.us.5, align 4, !alias.scope !3, !noalias !9
  %62 = fmul contract float %v.i.us.us.5, %v5.i.us.us
  %gep34 = getelementptr inbounds float, ptr %invariant.gep33, i64 %i3.i3.us.us
  store float %62, ptr %gep34, align 4, !alias.scope !0, !noalias !7
  %63 = add nuw i64 %i3.i3.us.us, 1
  %64 = and i64 %63, 31
  %65 = or disjoint i64 %64, %37
  %p.i.us.us.6 = getelementptr inbounds float, ptr %b1, i64 %65
  %v.i.us.us.6 = load float, ptr %p.i.us.us.6, align 4, !alias.scope !3, !noalias !9
  %66 = fmul contract float %v.i.us.us.6, %v5.i.us.us
  %gep36 = getelementptr inbounds float, ptr %invariant.gep35, i64 %i3.i3.us.us
  store float %66, ptr %gep36, align 4, !alias.scope !0, !noalias !7
  %i3.next.i.us.us.6 = add nuw nsw i64 %i3.i3.us.us, 7
  %exitcond.not.6 = icmp eq i64 %i3.next.i.us.us.6, 42
  br i1 %exitcond.not.6, label %i3.exit.i, label %i4.body.i.us.us, !llvm.loop !10

parallel.body.i.split:                            ; preds = %parallel.body.i
  %67 = trunc nuw nsw i64 %i1.i to i8
  %.lhs.trunc = add nuw nsw i8 %67, 2
  %68 = urem i8 %.lhs.trunc, 3
  switch i8 %68, label %i4.body.i.preheader [
    i8 0, label %i4.body.i.us4.preheader
    i8 1, label %i4.body.i.us11.preheader
  ]

i4.body.i.us11.preheader:                         ; preds = %parallel.body.i.split
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(168) %scevgep22, i8 0, i64 168, i1 false), !alias.scope !0, !noalias !7
  br label %i3.exit.i

i4.body.i.us4.preheader:                          ; preds = %parallel.body.i.split
  %69 = insertelement <16 x float> poison, float %18, i64 0
  %70 = shufflevector <16 x float> %69, <16 x float> poison, <16 x i32> zeroinitializer
  store <16 x float> %70, ptr %12, align 4, !alias.scope !0, !noalias !7
  %p18.i.us8.16 = getelementptr inbounds i8, ptr %12, i64 64
  store <16 x float> %70, ptr %p18.i.us8.16, align 4, !alias.scope !0, !noalias !7
  %p18.i.us8.32 = getelementptr inbounds i8, ptr %12, i64 128
  %71 = insertelement <8 x float> poison, float %18, i64 0
  %72 = shufflevector <8 x float> %71, <8 x float> poison, <8 x i32> zeroinitializer
  store <8 x float> %72, ptr %p18.i.us8.32, align 4, !alias.scope !0, !noalias !7
  %p18.i.us8.40 = getelementptr inbounds i8, ptr %12, i64 160
  store float %18, ptr %p18.i.us8.40, align 4, !alias.scope !0, !noalias !7
  %p18.i.us8.41 = getelementptr inbounds i8, ptr %12, i64 164
  store float %18, ptr %p18.i.us8.41, align 4, !alias.scope !0, !noalias !7
  br label %i3.exit.i

i4.body.i.preheader:                              ; preds = %parallel.body.i.split
  %73 = insertelement <16 x float> poison, float %19, i64 0
  %74 = shufflevector <16 x float> %73, <16 x float> poison, <16 x i32> zeroinitializer
  store <16 x float> %74, ptr %12, align 4, !alias.scope !0, !noalias !7
  %p18.i.16 = getelementptr inbounds i8, ptr %12, i64 64
  store <16 x float> %74, ptr %p18.i.16, align 4, !alias.scope !0, !noalias !7
  %p18.i.32 = getelementptr inbounds i8, ptr %12, i64 128
  %75 = insertelement <8 x float> poison, float %19, i64 0
  %76 = shufflevector <8 x float> %75, <8 x float> poison, <8 x i32> zeroinitializer
  store <8 x float> %76, ptr %p18.i.32, align 4, !alias.scope !0, !noalias !7
  %p18.i.40 = getelementptr inbounds i8, ptr %12, i64 160
  store float %19, ptr %p18.i.40, align 4, !alias.scope !0, !noalias !7
  %p18.i.41 = getelementptr inbounds i8, ptr %12, i64 164
  store float %19, ptr %p18.i.41, align 4, !alias.scope !0, !noalias !7
  br label %i3.exit.i

i3.exit.i:                                        ; preds = %i4.body.i.us.us, %i4.body.i.us11.preheader, %i4.body.i.us4.preheader, %i4.body.i.preheader, %i4.body.i.us.preheader
  %parallel.next.i = add nsw i64 %parallel.i17, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond23.not = icmp eq i64 %indvar.next, %4
  br i1 %exitcond23.not, label %k26.body.exit, label %parallel.body.i

k26.body.exit:                                    ; preds = %i3.exit.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define range(i32 0, 2) i32 @k32(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !12)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !15)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k32.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %b0, i64 28
  %5 = getelementptr inbounds i8, ptr %b0, i64 4
  %6 = getelementptr inbounds i8, ptr %b0, i64 8
  %7 = getelementptr inbounds i8, ptr %b0, i64 12
  %8 = getelementptr inbounds i8, ptr %b0, i64 16
  %9 = getelementptr inbounds i8, ptr %b0, i64 20
  %10 = getelementptr inbounds i8, ptr %b0, i64 24
  %11 = getelementptr inbounds i8, ptr %b0, i64 28
  %12 = getelementptr inbounds i8, ptr %b0, i64 4
  %13 = getelementptr inbounds i8, ptr %b0, i64 8
  %14 = getelementptr inbounds i8, ptr %b0, i64 12
  %15 = getelementptr inbounds i8, ptr %b0, i64 16
  %16 = getelementptr inbounds i8, ptr %b0, i64 20
  %17 = getelementptr inbounds i8, ptr %b0, i64 24
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %i2.exit.i
  %parallel.i12 = phi i64 [ %parallel.next.i, %i2.exit.i ], [ %1, %parallel.body.i.preheader ]
  %status.0.i11 = phi i32 [ %.us-phi, %i2.exit.i ], [ 0, %parallel.body.i.preheader ]
  %i1.i = urem i64 %parallel.i12, 7
  %18 = udiv i64 %parallel.i12, 7
  %p.i = getelementptr inbounds i64, ptr @k32.c0, i64 %i1.i
  %v.i = load i64, ptr %p.i, align 8, !noalias !17
  %19 = icmp ult i64 %v.i, 8
  %p7.i = getelementptr inbounds float, ptr @k32.c1, i64 %i1.i
  %v8.i = load float, ptr %p7.i, align 4, !noalias !17
  %20 = mul nuw nsw i64 %18, 448
  %21 = shl nuw nsw i64 %i1.i, 6
  %22 = add nuw nsw i64 %20, %21
  %23 = fmul contract float %v8.i, 0.000000e+00
  br i1 %19, label %i3.header.i.preheader.us.preheader, label %i3.header.i.preheader.preheader

i3.header.i.preheader.preheader:                  ; preds = %parallel.body.i
  %invariant.gep = getelementptr inbounds float, ptr %b0, i64 %22
  %invariant.gep43 = getelementptr inbounds float, ptr %5, i64 %22
  %invariant.gep45 = getelementptr inbounds float, ptr %6, i64 %22
  %invariant.gep47 = getelementptr inbounds float, ptr %7, i64 %22
  %invariant.gep49 = getelementptr inbounds float, ptr %8, i64 %22
  %invariant.gep51 = getelementptr inbounds float, ptr %9, i64 %22
  %invariant.gep53 = getelementptr inbounds float, ptr %10, i64 %22
  %invariant.gep55 = getelementptr inbounds float, ptr %4, i64 %22
  %broadcast.splatinsert259 = insertelement <8 x float> poison, float %23, i64 0
  %broadcast.splat260 = shufflevector <8 x float> %broadcast.splatinsert259, <8 x float> poison, <8 x i32> zeroinitializer
  %24 = fadd reassoc contract <8 x float> %broadcast.splat260, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %25 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %24)
  %broadcast.splatinsert248 = insertelement <8 x float> poison, float %23, i64 0
  %broadcast.splat249 = shufflevector <8 x float> %broadcast.splatinsert248, <8 x float> poison, <8 x i32> zeroinitializer
  %26 = fadd reassoc contract <8 x float> %broadcast.splat249, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %27 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %26)
  %broadcast.splatinsert237 = insertelement <8 x float> poison, float %23, i64 0
  %broadcast.splat238 = shufflevector <8 x float> %broadcast.splatinsert237, <8 x float> poison, <8 x i32> zeroinitializer
  %28 = fadd reassoc contract <8 x float> %broadcast.splat238, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %29 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %28)
  %broadcast.splatinsert226 = insertelement <8 x float> poison, float %23, i64 0
  %broadcast.splat227 = shufflevector <8 x float> %broadcast.splatinsert226, <8 x float> poison, <8 x i32> zeroinitializer
  %30 = fadd reassoc contract <8 x float> %broadcast.splat227, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %31 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %30)
  %broadcast.splatinsert215 = insertelement <8 x float> poison, float %23, i64 0
  %broadcast.splat216 = shufflevector <8 x float> %broadcast.splatinsert215, <8 x float> poison, <8 x i32> zeroinitializer
  %32 = fadd reassoc contract <8 x float> %broadcast.splat216, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %33 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %32)
  %broadcast.splatinsert204 = insertelement <8 x float> poison, float %23, i64 0
  %broadcast.splat205 = shufflevector <8 x float> %broadcast.splatinsert204, <8 x float> poison, <8 x i32> zeroinitializer
  %34 = fadd reassoc contract <8 x float> %broadcast.splat205, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %35 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %34)
  %broadcast.splatinsert193 = insertelement <8 x float> poison, float %23, i64 0
  %broadcast.splat194 = shufflevector <8 x float> %broadcast.splatinsert193, <8 x float> poison, <8 x i32> zeroinitializer
  %36 = fadd reassoc contract <8 x float> %broadcast.splat194, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %37 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %36)
  %broadcast.splatinsert182 = insertelement <8 x float> poison, float %23, i64 0
  %broadcast.splat183 = shufflevector <8 x float> %broadcast.splatinsert182, <8 x float> poison, <8 x i32> zeroinitializer
  %38 = fadd reassoc contract <8 x float> %broadcast.splat183, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %39 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %38)
  br label %vector.ph254

i3.header.i.preheader.us.preheader:               ; preds = %parallel.body.i
  %.idx13 = shl nuw nsw i64 %v.i, 11
  %40 = getelementptr inbounds i8, ptr %b1, i64 %.idx13
  %.idx16 = shl nsw i64 %18, 14
  %invariant.gep57 = getelementptr inbounds i8, ptr %40, i64 %.idx16
  %invariant.gep59 = getelementptr inbounds float, ptr %b0, i64 %22
  %invariant.gep61 = getelementptr inbounds float, ptr %12, i64 %22
  %invariant.gep63 = getelementptr inbounds float, ptr %13, i64 %22
  %invariant.gep65 = getelementptr inbounds float, ptr %14, i64 %22
  %invariant.gep67 = getelementptr inbounds float, ptr %15, i64 %22
  %invariant.gep69 = getelementptr inbounds float, ptr %16, i64 %22
  %invariant.gep71 = getelementptr inbounds float, ptr %17, i64 %22
  %invariant.gep73 = getelementptr inbounds float, ptr %11, i64 %22
  %broadcast.splatinsert171 = insertelement <8 x float> poison, float %v8.i, i64 0
  %broadcast.splat172 = shufflevector <8 x float> %broadcast.splatinsert171, <8 x float> poison, <8 x i32> zeroinitializer
  %41 = getelementptr inbounds i8, ptr %40, i64 32
  %invariant.gep264 = getelementptr inbounds i8, ptr %41, i64 %.idx16
  %broadcast.splatinsert159 = insertelement <8 x float> poison, float %v8.i, i64 0
  %broadcast.splat160 = shufflevector <8 x float> %broadcast.splatinsert159, <8 x float> poison, <8 x i32> zeroinitializer
  %42 = getelementptr inbounds i8, ptr %40, i64 64
  %invariant.gep266 = getelementptr inbounds i8, ptr %42, i64 %.idx16
  %broadcast.splatinsert147 = insertelement <8 x float> poison, float %v8.i, i64 0
  %broadcast.splat148 = shufflevector <8 x float> %broadcast.splatinsert147, <8 x float> poison, <8 x i32> zeroinitializer
  %43 = getelementptr inbounds i8, ptr %40, i64 96
  %invariant.gep268 = getelementptr inbounds i8, ptr %43, i64 %.idx16
  %broadcast.splatinsert135 = insertelement <8 x float> poison, float %v8.i, i64 0
  %broadcast.splat136 = shufflevector <8 x float> %broadcast.splatinsert135, <8 x float> poison, <8 x i32> zeroinitializer
  %44 = getelementptr inbounds i8, ptr %40, i64 128
  %invariant.gep270 = getelementptr inbounds i8, ptr %44, i64 %.idx16
  %broadcast.splatinsert123 = insertelement <8 x float> poison, float %v8.i, i64 0
  %broadcast.splat124 = shufflevector <8 x float> %broadcast.splatinsert123, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = getelementptr inbounds i8, ptr %40, i64 160
  %invariant.gep272 = getelementptr inbounds i8, ptr %45, i64 %.idx16
  %broadcast.splatinsert111 = insertelement <8 x float> poison, float %v8.i, i64 0
  %broadcast.splat112 = shufflevector <8 x float> %broadcast.splatinsert111, <8 x float> poison, <8 x i32> zeroinitializer
  %46 = getelementptr inbounds i8, ptr %40, i64 192
  %invariant.gep274 = getelementptr inbounds i8, ptr %46, i64 %.idx16
  %broadcast.splatinsert99 = insertelement <8 x float> poison, float %v8.i, i64 0
  %broadcast.splat100 = shufflevector <8 x float> %broadcast.splatinsert99, <8 x float> poison, <8 x i32> zeroinitializer
  %47 = getelementptr inbounds i8, ptr %40, i64 224
  %invariant.gep276 = getelementptr inbounds i8, ptr %47, i64 %.idx16
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v8.i, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i3.header.i.preheader.us

i3.header.i.preheader.us:                         ; preds = %i3.header.i.preheader.us.preheader, %i3.header.i.preheader.us
  %i2.i10.us = phi i64 [ %i2.next.i.us, %i3.header.i.preheader.us ], [ 0, %i3.header.i.preheader.us.preheader ]
  %.idx15 = shl nsw i64 %i2.i10.us, 8
  %gep58 = getelementptr inbounds i8, ptr %invariant.gep57, i64 %.idx15
  %wide.load170 = load <8 x float>, ptr %gep58, align 4, !alias.scope !15, !noalias !12
  %48 = fmul contract <8 x float> %wide.load170, %broadcast.splat172
  %49 = fadd reassoc contract <8 x float> %48, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %50 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %49)
  %.idx17 = shl nsw i64 %i2.i10.us, 5
  %gep60 = getelementptr inbounds i8, ptr %invariant.gep59, i64 %.idx17
  store float %50, ptr %gep60, align 4, !alias.scope !12, !noalias !15
  %gep265 = getelementptr inbounds i8, ptr %invariant.gep264, i64 %.idx15
  %wide.load158 = load <8 x float>, ptr %gep265, align 4, !alias.scope !15, !noalias !12
  %51 = fmul contract <8 x float> %wide.load158, %broadcast.splat160
  %52 = fadd reassoc contract <8 x float> %51, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %53 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %52)
  %gep62 = getelementptr inbounds i8, ptr %invariant.gep61, i64 %.idx17
  store float %53, ptr %gep62, align 4, !alias.scope !12, !noalias !15
  %gep267 = getelementptr inbounds i8, ptr %invariant.gep266, i64 %.idx15
  %wide.load146 = load <8 x float>, ptr %gep267, align 4, !alias.scope !15, !noalias !12
  %54 = fmul contract <8 x float> %wide.load146, %broadcast.splat148
  %55 = fadd reassoc contract <8 x float> %54, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %56 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %55)
  %gep64 = getelementptr inbounds i8, ptr %invariant.gep63, i64 %.idx17
  store float %56, ptr %gep64, align 4, !alias.scope !12, !noalias !15
  %gep269 = getelementptr inbounds i8, ptr %invariant.gep268, i64 %.idx15
  %wide.load134 = load <8 x float>, ptr %gep269, align 4, !alias.scope !15, !noalias !12
  %57 = fmul contract <8 x float> %wide.load134, %broadcast.splat136
  %58 = fadd reassoc contract <8 x float> %57, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %59 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %58)
  %gep66 = getelementptr inbounds i8, ptr %invariant.gep65, i64 %.idx17
  store float %59, ptr %gep66, align 4, !alias.scope !12, !noalias !15
  %gep271 = getelementptr inbounds i8, ptr %invariant.gep270, i64 %.idx15
  %wide.load122 = load <8 x float>, ptr %gep271, align 4, !alias.scope !15, !noalias !12
  %60 = fmul contract <8 x float> %wide.load122, %broadcast.splat124
  %61 = fadd reassoc contract <8 x float> %60, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %62 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %61)
  %gep68 = getelementptr inbounds i8, ptr %invariant.gep67, i64 %.idx17
  store float %62, ptr %gep68, align 4, !alias.scope !12, !noalias !15
  %gep273 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx15
  %wide.load110 = load <8 x float>, ptr %gep273, align 4, !alias.scope !15, !noalias !12
  %63 = fmul contract <8 x float> %wide.load110, %broadcast.splat112
  %64 = fadd reassoc contract <8 x float> %63, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %65 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %64)
  %gep70 = getelementptr inbounds i8, ptr %invariant.gep69, i64 %.idx17
  store float %65, ptr %gep70, align 4, !alias.scope !12, !noalias !15
  %gep275 = getelementptr inbounds i8, ptr %invariant.gep274, i64 %.idx15
  %wide.load98 = load <8 x float>, ptr %gep275, align 4, !alias.scope !15, !noalias !12
  %66 = fmul contract <8 x float> %wide.load98, %broadcast.splat100
  %67 = fadd reassoc contract <8 x float> %66, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %68 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %67)
  %gep72 = getelementptr inbounds i8, ptr %invariant.gep71, i64 %.idx17
  store float %68, ptr %gep72, align 4, !alias.scope !12, !noalias !15
  %gep277 = getelementptr inbounds i8, ptr %invariant.gep276, i64 %.idx15
  %wide.load = load <8 x float>, ptr %gep277, align 4, !alias.scope !15, !noalias !12
  %69 = fmul contract <8 x float> %wide.load, %broadcast.splat
  %70 = fadd reassoc contract <8 x float> %69, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %71 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %70)
  %gep74 = getelementptr inbounds i8, ptr %invariant.gep73, i64 %.idx17
  store float %71, ptr %gep74, align 4, !alias.scope !12, !noalias !15
  %i2.next.i.us = add nuw nsw i64 %i2.i10.us, 1
  %exitcond24.not = icmp eq i64 %i2.next.i.us, 8
  br i1 %exitcond24.not, label %i2.exit.i, label %i3.header.i.preheader.us

vector.ph254:                                     ; preds = %vector.ph254, %i3.header.i.preheader.preheader
  %i2.i10 = phi i64 [ %i2.next.i, %vector.ph254 ], [ 0, %i3.header.i.preheader.preheader ]
  %.idx = shl nsw i64 %i2.i10, 5
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx
  store float %25, ptr %gep, align 4, !alias.scope !12, !noalias !15
  %gep44 = getelementptr inbounds i8, ptr %invariant.gep43, i64 %.idx
  store float %27, ptr %gep44, align 4, !alias.scope !12, !noalias !15
  %gep46 = getelementptr inbounds i8, ptr %invariant.gep45, i64 %.idx
  store float %29, ptr %gep46, align 4, !alias.scope !12, !noalias !15
  %gep48 = getelementptr inbounds i8, ptr %invariant.gep47, i64 %.idx
  store float %31, ptr %gep48, align 4, !alias.scope !12, !noalias !15
  %gep50 = getelementptr inbounds i8, ptr %invariant.gep49, i64 %.idx
  store float %33, ptr %gep50, align 4, !alias.scope !12, !noalias !15
  %gep52 = getelementptr inbounds i8, ptr %invariant.gep51, i64 %.idx
  store float %35, ptr %gep52, align 4, !alias.scope !12, !noalias !15
  %gep54 = getelementptr inbounds i8, ptr %invariant.gep53, i64 %.idx
  store float %37, ptr %gep54, align 4, !alias.scope !12, !noalias !15
  %gep56 = getelementptr inbounds i8, ptr %invariant.gep55, i64 %.idx
  store float %39, ptr %gep56, align 4, !alias.scope !12, !noalias !15
  %i2.next.i = add nuw nsw i64 %i2.i10, 1
  %exitcond21.not = icmp eq i64 %i2.next.i, 8
  br i1 %exitcond21.not, label %i2.exit.i, label %vector.ph254

i2.exit.i:                                        ; preds = %vector.ph254, %i3.header.i.preheader.us
  %.us-phi = phi i32 [ %status.0.i11, %i3.header.i.preheader.us ], [ 1, %vector.ph254 ]
  %parallel.next.i = add nsw i64 %parallel.i12, 1
  %exitcond25.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond25.not, label %k32.body.exit, label %parallel.body.i

k32.body.exit:                                    ; preds = %i2.exit.i, %entry
  %status.0.i.lcssa = phi i32 [ 0, %entry ], [ %.us-phi, %i2.exit.i ]
  ret i32 %status.0.i.lcssa
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k35(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %pairwise.i = alloca [7 x float], align 4
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !18)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !21)
  call void @llvm.lifetime.start.p0(i64 28, ptr nonnull %pairwise.i)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k35.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %level22.i = getelementptr inbounds i8, ptr %pairwise.i, i64 4
  %level23.i = getelementptr inbounds i8, ptr %pairwise.i, i64 8
  %level24.i = getelementptr inbounds i8, ptr %pairwise.i, i64 20
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.lr.ph, %middle.block
  %parallel.i13 = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i, %middle.block ]
  %i1.i = and i64 %parallel.i13, 15
  %4 = lshr i64 %parallel.i13, 4
  %.idx32.i = mul i64 %4, 152320
  %5 = getelementptr inbounds i8, ptr %b1, i64 %.idx32.i
  %.idx33.i = mul nuw nsw i64 %i1.i, 9520
  %6 = getelementptr inbounds i8, ptr %5, i64 %.idx33.i
  br label %vector.ph30

vector.ph30:                                      ; preds = %merge.done.i.1, %parallel.body.i
  %i5.block.i8 = phi i64 [ 0, %parallel.body.i ], [ %i5.block.next.i.1, %merge.done.i.1 ]
  %.idx = shl i64 %i5.block.i8, 8
  %7 = getelementptr i8, ptr %6, i64 %.idx
  br label %vector.body32

vector.body32:                                    ; preds = %vector.body32, %vector.ph30
  %index33 = phi i64 [ 0, %vector.ph30 ], [ %index.next36, %vector.body32 ]
  %vec.phi34 = phi <16 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph30 ], [ %10, %vector.body32 ]
  %8 = getelementptr float, ptr %7, i64 %index33
  %wide.load = load <16 x float>, ptr %8, align 4, !alias.scope !21, !noalias !18
  %9 = fmul contract <16 x float> %wide.load, %wide.load
  %10 = fadd reassoc contract <16 x float> %vec.phi34, %9
  %index.next36 = add nuw i64 %index33, 16
  %11 = icmp eq i64 %index.next36, 64
  br i1 %11, label %middle.block28, label %vector.body32, !llvm.loop !23

middle.block28:                                   ; preds = %vector.body32
  %12 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %10)
  store float %12, ptr %pairwise.i, align 4, !noalias !26
  %i5.block.next.i = or disjoint i64 %i5.block.i8, 1
  %exitcond19.not = icmp eq i64 %i5.block.i8, 36
  br i1 %exitcond19.not, label %middle.block, label %vector.ph30.1

vector.ph30.1:                                    ; preds = %middle.block28
  %.idx.1 = shl i64 %i5.block.next.i, 8
  %13 = getelementptr i8, ptr %6, i64 %.idx.1
  br label %vector.body32.1

vector.body32.1:                                  ; preds = %vector.body32.1, %vector.ph30.1
  %index33.1 = phi i64 [ 0, %vector.ph30.1 ], [ %index.next36.1, %vector.body32.1 ]
  %vec.phi34.1 = phi <16 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph30.1 ], [ %16, %vector.body32.1 ]
  %14 = getelementptr float, ptr %13, i64 %index33.1
  %wide.load.1 = load <16 x float>, ptr %14, align 4, !alias.scope !21, !noalias !18
  %15 = fmul contract <16 x float> %wide.load.1, %wide.load.1
  %16 = fadd reassoc contract <16 x float> %vec.phi34.1, %15
  %index.next36.1 = add nuw i64 %index33.1, 16
  %17 = icmp eq i64 %index.next36.1, 64
  br i1 %17, label %merge.body.i.preheader.1, label %vector.body32.1, !llvm.loop !23

merge.body.i.preheader.1:                         ; preds = %vector.body32.1
  %18 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %16)
  br label %merge.body.i.1

merge.body.i.1:                                   ; preds = %merge.body.i.1, %merge.body.i.preheader.1
  %carry.0.i6.1 = phi float [ %20, %merge.body.i.1 ], [ %18, %merge.body.i.preheader.1 ]
  %l.0.i5.1 = phi i64 [ %21, %merge.body.i.1 ], [ 0, %merge.body.i.preheader.1 ]
  %level.i.1 = getelementptr inbounds [7 x float], ptr %pairwise.i, i64 0, i64 %l.0.i5.1
  %19 = load float, ptr %level.i.1, align 4, !noalias !26
  %20 = fadd float %carry.0.i6.1, %19
  %21 = add nuw nsw i64 %l.0.i5.1, 1
  %22 = shl nuw i64 2, %l.0.i5.1
  %23 = and i64 %22, %i5.block.next.i
  %.not31.i.1 = icmp eq i64 %23, 0
  br i1 %.not31.i.1, label %merge.done.i.1, label %merge.body.i.1

merge.done.i.1:                                   ; preds = %merge.body.i.1
  %level3.i.1 = getelementptr inbounds [7 x float], ptr %pairwise.i, i64 0, i64 %21
  store float %20, ptr %level3.i.1, align 4, !noalias !26
  %i5.block.next.i.1 = add nuw nsw i64 %i5.block.i8, 2
  br label %vector.ph30

middle.block:                                     ; preds = %middle.block28
  %24 = getelementptr inbounds i8, ptr %6, i64 9472
  %wide.masked.load = tail call <16 x float> @llvm.masked.load.v16f32.p0(ptr nonnull %24, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <16 x float> poison), !alias.scope !21, !noalias !18
  %25 = fmul contract <16 x float> %wide.masked.load, %wide.masked.load
  %26 = fadd reassoc contract <16 x float> %25, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float poison, float poison, float poison, float poison>
  %27 = shufflevector <16 x float> %26, <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 28, i32 29, i32 30, i32 31>
  %28 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %27)
  %29 = load float, ptr %pairwise.i, align 4, !noalias !26
  %30 = fadd float %28, %29
  store float %30, ptr %level22.i, align 4, !noalias !26
  %31 = load float, ptr %level23.i, align 4, !noalias !26
  %32 = fadd float %31, %30
  %33 = load float, ptr %level24.i, align 4, !noalias !26
  %34 = fadd float %33, %32
  %35 = fdiv float %34, 2.380000e+03
  %p25.i = getelementptr inbounds float, ptr %b0, i64 %parallel.i13
  store float %35, ptr %p25.i, align 4, !alias.scope !18, !noalias !21
  %parallel.next.i = add nsw i64 %parallel.i13, 1
  %exitcond21.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond21.not, label %k35.body.exit, label %parallel.body.i

k35.body.exit:                                    ; preds = %middle.block, %entry
  call void @llvm.lifetime.end.p0(i64 28, ptr nonnull %pairwise.i)
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.roundeven.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k43(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !27)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !30)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !32)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !34)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %iter.check, label %k43.body.exit

iter.check:                                       ; preds = %entry, %iter.check
  %parallel.i5 = phi i64 [ %parallel.next.i, %iter.check ], [ %1, %entry ]
  %i2.i = urem i64 %parallel.i5, 68
  %4 = udiv i64 %parallel.i5, 68
  %i1.i = and i64 %4, 15
  %5 = udiv i64 %parallel.i5, 1088
  %6 = mul nuw nsw i64 %5, 38080
  %7 = mul nuw nsw i64 %i1.i, 2380
  %8 = mul nuw nsw i64 %i2.i, 35
  %9 = add nuw nsw i64 %8, %6
  %10 = add nuw nsw i64 %9, %7
  %11 = shl nuw nsw i64 %5, 4
  %12 = or disjoint i64 %11, %i1.i
  %p1.i = getelementptr inbounds float, ptr %b1, i64 %12
  %v2.i = load float, ptr %p1.i, align 4, !alias.scope !30, !noalias !36
  %13 = fadd contract float %v2.i, 0x3E80000000000000
  %14 = tail call float @llvm.sqrt.f32(float %13)
  %15 = fdiv float 1.000000e+00, %14
  %p3.i = getelementptr inbounds float, ptr %b3, i64 %i1.i
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !34, !noalias !37
  %broadcast.splatinsert7 = insertelement <16 x float> poison, float %v4.i, i64 0
  %broadcast.splat8 = shufflevector <16 x float> %broadcast.splatinsert7, <16 x float> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert = insertelement <16 x float> poison, float %15, i64 0
  %broadcast.splat = shufflevector <16 x float> %broadcast.splatinsert, <16 x float> poison, <16 x i32> zeroinitializer
  %16 = getelementptr inbounds float, ptr %b2, i64 %10
  %wide.load = load <16 x float>, ptr %16, align 4, !alias.scope !32, !noalias !38
  %17 = fmul contract <16 x float> %wide.load, %broadcast.splat
  %18 = fmul contract <16 x float> %broadcast.splat8, %17
  %19 = fneg <16 x float> %18
  %20 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %19, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %21 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %20, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %22 = fmul <16 x float> %21, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %23 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %22)
  %24 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %23, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %21)
  %25 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %23, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %24)
  %26 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %25, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %27 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %26, <16 x float> %25, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %28 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %27, <16 x float> %25, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %29 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %28, <16 x float> %25, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %30 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %29, <16 x float> %25, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %31 = fmul <16 x float> %25, %25
  %32 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %30, <16 x float> %31, <16 x float> %25)
  %33 = fadd <16 x float> %32, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %34 = fptosi <16 x float> %23 to <16 x i32>
  %35 = ashr <16 x i32> %34, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %36 = sub <16 x i32> %34, %35
  %37 = shl <16 x i32> %35, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %38 = add <16 x i32> %37, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %39 = bitcast <16 x i32> %38 to <16 x float>
  %40 = fmul <16 x float> %33, %39
  %41 = shl <16 x i32> %36, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %42 = add <16 x i32> %41, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %43 = bitcast <16 x i32> %42 to <16 x float>
  %44 = fmul <16 x float> %40, %43
  %45 = fcmp uno <16 x float> %18, zeroinitializer
  %46 = select <16 x i1> %45, <16 x float> %19, <16 x float> %44
  %47 = fadd <16 x float> %46, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %48 = fdiv <16 x float> %18, %47
  %49 = getelementptr inbounds float, ptr %b0, i64 %10
  store <16 x float> %48, ptr %49, align 4, !alias.scope !27, !noalias !39
  %50 = add nuw nsw i64 %10, 16
  %51 = getelementptr inbounds float, ptr %b2, i64 %50
  %wide.load.1 = load <16 x float>, ptr %51, align 4, !alias.scope !32, !noalias !38
  %52 = fmul contract <16 x float> %wide.load.1, %broadcast.splat
  %53 = fmul contract <16 x float> %broadcast.splat8, %52
  %54 = fneg <16 x float> %53
  %55 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %54, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %56 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %55, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %57 = fmul <16 x float> %56, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %58 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %57)
  %59 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %58, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %56)
  %60 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %58, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %59)
  %61 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %60, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %62 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %61, <16 x float> %60, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %63 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %62, <16 x float> %60, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %64 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %63, <16 x float> %60, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %65 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %64, <16 x float> %60, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %66 = fmul <16 x float> %60, %60
  %67 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %65, <16 x float> %66, <16 x float> %60)
  %68 = fadd <16 x float> %67, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %69 = fptosi <16 x float> %58 to <16 x i32>
  %70 = ashr <16 x i32> %69, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %71 = sub <16 x i32> %69, %70
  %72 = shl <16 x i32> %70, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %73 = add <16 x i32> %72, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %74 = bitcast <16 x i32> %73 to <16 x float>
  %75 = fmul <16 x float> %68, %74
  %76 = shl <16 x i32> %71, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %77 = add <16 x i32> %76, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %78 = bitcast <16 x i32> %77 to <16 x float>
  %79 = fmul <16 x float> %75, %78
  %80 = fcmp uno <16 x float> %53, zeroinitializer
  %81 = select <16 x i1> %80, <16 x float> %54, <16 x float> %79
  %82 = fadd <16 x float> %81, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %83 = fdiv <16 x float> %53, %82
  %84 = getelementptr inbounds float, ptr %b0, i64 %50
  store <16 x float> %83, ptr %84, align 4, !alias.scope !27, !noalias !39
  %broadcast.splatinsert13 = insertelement <2 x float> poison, float %v4.i, i64 0
  %broadcast.splat14 = shufflevector <2 x float> %broadcast.splatinsert13, <2 x float> poison, <2 x i32> zeroinitializer
  %broadcast.splatinsert11 = insertelement <2 x float> poison, float %15, i64 0
  %broadcast.splat12 = shufflevector <2 x float> %broadcast.splatinsert11, <2 x float> poison, <2 x i32> zeroinitializer
  %85 = add nuw nsw i64 %10, 32
  %86 = getelementptr inbounds float, ptr %b2, i64 %85
  %wide.load10 = load <2 x float>, ptr %86, align 4, !alias.scope !32, !noalias !38
  %87 = fmul contract <2 x float> %wide.load10, %broadcast.splat12
  %88 = fmul contract <2 x float> %broadcast.splat14, %87
  %89 = fneg <2 x float> %88
  %90 = tail call <2 x float> @llvm.maxnum.v2f32(<2 x float> %89, <2 x float> <float -1.040000e+02, float -1.040000e+02>)
  %91 = tail call <2 x float> @llvm.minnum.v2f32(<2 x float> %90, <2 x float> <float 8.900000e+01, float 8.900000e+01>)
  %92 = fmul <2 x float> %91, <float 0x3FF7154760000000, float 0x3FF7154760000000>
  %93 = tail call <2 x float> @llvm.roundeven.v2f32(<2 x float> %92)
  %94 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %93, <2 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000>, <2 x float> %91)
  %95 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %93, <2 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <2 x float> %94)
  %96 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %95, <2 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <2 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %97 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %96, <2 x float> %95, <2 x float> <float 0x3F81112100000000, float 0x3F81112100000000>)
  %98 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %97, <2 x float> %95, <2 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %99 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %98, <2 x float> %95, <2 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %100 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %99, <2 x float> %95, <2 x float> <float 5.000000e-01, float 5.000000e-01>)
  %101 = fmul <2 x float> %95, %95
  %102 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %100, <2 x float> %101, <2 x float> %95)
  %103 = fadd <2 x float> %102, <float 1.000000e+00, float 1.000000e+00>
  %104 = fptosi <2 x float> %93 to <2 x i32>
  %105 = ashr <2 x i32> %104, <i32 1, i32 1>
  %106 = sub <2 x i32> %104, %105
  %107 = shl <2 x i32> %105, <i32 23, i32 23>
  %108 = add <2 x i32> %107, <i32 1065353216, i32 1065353216>
  %109 = bitcast <2 x i32> %108 to <2 x float>
  %110 = fmul <2 x float> %103, %109
  %111 = shl <2 x i32> %106, <i32 23, i32 23>
  %112 = add <2 x i32> %111, <i32 1065353216, i32 1065353216>
  %113 = bitcast <2 x i32> %112 to <2 x float>
  %114 = fmul <2 x float> %110, %113
  %115 = fcmp uno <2 x float> %88, zeroinitializer
  %116 = select <2 x i1> %115, <2 x float> %89, <2 x float> %114
  %117 = fadd <2 x float> %116, <float 1.000000e+00, float 1.000000e+00>
  %118 = fdiv <2 x float> %88, %117
  %119 = getelementptr inbounds float, ptr %b0, i64 %85
  store <2 x float> %118, ptr %119, align 4, !alias.scope !27, !noalias !39
  %120 = add nuw nsw i64 %10, 34
  %p.i = getelementptr inbounds float, ptr %b2, i64 %120
  %v.i = load float, ptr %p.i, align 4, !alias.scope !32, !noalias !38
  %121 = fmul contract float %v.i, %15
  %122 = fmul contract float %v4.i, %121
  %123 = fneg float %122
  %124 = tail call float @llvm.maxnum.f32(float %123, float -1.040000e+02)
  %125 = tail call float @llvm.minnum.f32(float %124, float 8.900000e+01)
  %126 = fmul float %125, 0x3FF7154760000000
  %127 = tail call float @llvm.roundeven.f32(float %126)
  %128 = tail call float @llvm.fmuladd.f32(float %127, float 0xBFE6300000000000, float %125)
  %129 = tail call float @llvm.fmuladd.f32(float %127, float 0x3F2BD01060000000, float %128)
  %130 = tail call float @llvm.fmuladd.f32(float %129, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %131 = tail call float @llvm.fmuladd.f32(float %130, float %129, float 0x3F81112100000000)
  %132 = tail call float @llvm.fmuladd.f32(float %131, float %129, float 0x3FA5553820000000)
  %133 = tail call float @llvm.fmuladd.f32(float %132, float %129, float 0x3FC5555540000000)
  %134 = tail call float @llvm.fmuladd.f32(float %133, float %129, float 5.000000e-01)
  %135 = fmul float %129, %129
  %136 = tail call float @llvm.fmuladd.f32(float %134, float %135, float %129)
  %137 = fadd float %136, 1.000000e+00
  %138 = fptosi float %127 to i32
  %139 = ashr i32 %138, 1
  %140 = sub i32 %138, %139
  %141 = shl i32 %139, 23
  %142 = add i32 %141, 1065353216
  %143 = bitcast i32 %142 to float
  %144 = fmul float %137, %143
  %145 = shl i32 %140, 23
  %146 = add i32 %145, 1065353216
  %147 = bitcast i32 %146 to float
  %148 = fmul float %144, %147
  %149 = fcmp uno float %122, 0.000000e+00
  %exp.i = select i1 %149, float %123, float %148
  %150 = fadd float %exp.i, 1.000000e+00
  %151 = fdiv float %122, %150
  %p5.i = getelementptr inbounds float, ptr %b0, i64 %120
  store float %151, ptr %p5.i, align 4, !alias.scope !27, !noalias !39
  %parallel.next.i = add nsw i64 %parallel.i5, 1
  %exitcond6.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond6.not, label %k43.body.exit, label %iter.check

k43.body.exit:                                    ; preds = %iter.check, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k45(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !40)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !43)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k45.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %b0, i64 60
  %invariant.gep63 = getelementptr inbounds i8, ptr %b1, i64 16
  %5 = getelementptr inbounds i8, ptr %b0, i64 4
  %invariant.gep67 = getelementptr inbounds i8, ptr %b1, i64 32
  %6 = getelementptr inbounds i8, ptr %b0, i64 8
  %invariant.gep71 = getelementptr inbounds i8, ptr %b1, i64 48
  %7 = getelementptr inbounds i8, ptr %b0, i64 12
  %invariant.gep75 = getelementptr inbounds i8, ptr %b1, i64 64
  %8 = getelementptr inbounds i8, ptr %b0, i64 16
  %invariant.gep79 = getelementptr inbounds i8, ptr %b1, i64 80
  %9 = getelementptr inbounds i8, ptr %b0, i64 20
  %invariant.gep83 = getelementptr inbounds i8, ptr %b1, i64 96
  %10 = getelementptr inbounds i8, ptr %b0, i64 24
  %invariant.gep87 = getelementptr inbounds i8, ptr %b1, i64 112
  %11 = getelementptr inbounds i8, ptr %b0, i64 28
  %invariant.gep91 = getelementptr inbounds i8, ptr %b1, i64 128
  %12 = getelementptr inbounds i8, ptr %b0, i64 32
  %invariant.gep95 = getelementptr inbounds i8, ptr %b1, i64 144
  %13 = getelementptr inbounds i8, ptr %b0, i64 36
  %invariant.gep99 = getelementptr inbounds i8, ptr %b1, i64 160
  %14 = getelementptr inbounds i8, ptr %b0, i64 40
  %invariant.gep103 = getelementptr inbounds i8, ptr %b1, i64 176
  %15 = getelementptr inbounds i8, ptr %b0, i64 44
  %invariant.gep107 = getelementptr inbounds i8, ptr %b1, i64 192
  %16 = getelementptr inbounds i8, ptr %b0, i64 48
  %invariant.gep111 = getelementptr inbounds i8, ptr %b1, i64 208
  %17 = getelementptr inbounds i8, ptr %b0, i64 52
  %invariant.gep115 = getelementptr inbounds i8, ptr %b1, i64 224
  %18 = getelementptr inbounds i8, ptr %b0, i64 56
  %invariant.gep119 = getelementptr inbounds i8, ptr %b1, i64 240
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %parallel.body.i
  %parallel.i6 = phi i64 [ %parallel.next.i, %parallel.body.i ], [ %1, %parallel.body.i.preheader ]
  %i1.i = and i64 %parallel.i6, 15
  %19 = lshr i64 %parallel.i6, 4
  %20 = shl nsw i64 %19, 10
  %21 = shl nuw nsw i64 %i1.i, 6
  %22 = or disjoint i64 %20, %21
  %23 = shl nsw i64 %19, 8
  %24 = shl nuw nsw i64 %i1.i, 4
  %25 = or disjoint i64 %23, %24
  %invariant.gep = getelementptr inbounds float, ptr %b1, i64 %22
  %wide.load285 = load <4 x float>, ptr %invariant.gep, align 4, !alias.scope !43, !noalias !40
  %26 = fadd reassoc contract <4 x float> %wide.load285, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %27 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %26)
  %p1.i = getelementptr inbounds float, ptr %b0, i64 %25
  store float %27, ptr %p1.i, align 4, !alias.scope !40, !noalias !43
  %invariant.gep65 = getelementptr inbounds float, ptr %invariant.gep63, i64 %22
  %wide.load275 = load <4 x float>, ptr %invariant.gep65, align 4, !alias.scope !43, !noalias !40
  %28 = fadd reassoc contract <4 x float> %wide.load275, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %29 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %28)
  %p1.i.1 = getelementptr inbounds float, ptr %5, i64 %25
  store float %29, ptr %p1.i.1, align 4, !alias.scope !40, !noalias !43
  %invariant.gep69 = getelementptr inbounds float, ptr %invariant.gep67, i64 %22
  %wide.load265 = load <4 x float>, ptr %invariant.gep69, align 4, !alias.scope !43, !noalias !40
  %30 = fadd reassoc contract <4 x float> %wide.load265, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %31 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %30)
  %p1.i.2 = getelementptr inbounds float, ptr %6, i64 %25
  store float %31, ptr %p1.i.2, align 4, !alias.scope !40, !noalias !43
  %invariant.gep73 = getelementptr inbounds float, ptr %invariant.gep71, i64 %22
  %wide.load255 = load <4 x float>, ptr %invariant.gep73, align 4, !alias.scope !43, !noalias !40
  %32 = fadd reassoc contract <4 x float> %wide.load255, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %33 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %32)
  %p1.i.3 = getelementptr inbounds float, ptr %7, i64 %25
  store float %33, ptr %p1.i.3, align 4, !alias.scope !40, !noalias !43
  %invariant.gep77 = getelementptr inbounds float, ptr %invariant.gep75, i64 %22
  %wide.load245 = load <4 x float>, ptr %invariant.gep77, align 4, !alias.scope !43, !noalias !40
  %34 = fadd reassoc contract <4 x float> %wide.load245, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %35 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %34)
  %p1.i.121 = getelementptr inbounds float, ptr %8, i64 %25
  store float %35, ptr %p1.i.121, align 4, !alias.scope !40, !noalias !43
  %invariant.gep81 = getelementptr inbounds float, ptr %invariant.gep79, i64 %22
  %wide.load235 = load <4 x float>, ptr %invariant.gep81, align 4, !alias.scope !43, !noalias !40
  %36 = fadd reassoc contract <4 x float> %wide.load235, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %37 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %36)
  %p1.i.1.1 = getelementptr inbounds float, ptr %9, i64 %25
  store float %37, ptr %p1.i.1.1, align 4, !alias.scope !40, !noalias !43
  %invariant.gep85 = getelementptr inbounds float, ptr %invariant.gep83, i64 %22
  %wide.load225 = load <4 x float>, ptr %invariant.gep85, align 4, !alias.scope !43, !noalias !40
  %38 = fadd reassoc contract <4 x float> %wide.load225, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %39 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %38)
  %p1.i.2.1 = getelementptr inbounds float, ptr %10, i64 %25
  store float %39, ptr %p1.i.2.1, align 4, !alias.scope !40, !noalias !43
  %invariant.gep89 = getelementptr inbounds float, ptr %invariant.gep87, i64 %22
  %wide.load215 = load <4 x float>, ptr %invariant.gep89, align 4, !alias.scope !43, !noalias !40
  %40 = fadd reassoc contract <4 x float> %wide.load215, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %41 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %40)
  %p1.i.3.1 = getelementptr inbounds float, ptr %11, i64 %25
  store float %41, ptr %p1.i.3.1, align 4, !alias.scope !40, !noalias !43
  %invariant.gep93 = getelementptr inbounds float, ptr %invariant.gep91, i64 %22
  %wide.load205 = load <4 x float>, ptr %invariant.gep93, align 4, !alias.scope !43, !noalias !40
  %42 = fadd reassoc contract <4 x float> %wide.load205, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %43 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %42)
  %p1.i.233 = getelementptr inbounds float, ptr %12, i64 %25
  store float %43, ptr %p1.i.233, align 4, !alias.scope !40, !noalias !43
  %invariant.gep97 = getelementptr inbounds float, ptr %invariant.gep95, i64 %22
  %wide.load195 = load <4 x float>, ptr %invariant.gep97, align 4, !alias.scope !43, !noalias !40
  %44 = fadd reassoc contract <4 x float> %wide.load195, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %45 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %44)
  %p1.i.1.2 = getelementptr inbounds float, ptr %13, i64 %25
  store float %45, ptr %p1.i.1.2, align 4, !alias.scope !40, !noalias !43
  %invariant.gep101 = getelementptr inbounds float, ptr %invariant.gep99, i64 %22
  %wide.load185 = load <4 x float>, ptr %invariant.gep101, align 4, !alias.scope !43, !noalias !40
  %46 = fadd reassoc contract <4 x float> %wide.load185, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %47 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %46)
  %p1.i.2.2 = getelementptr inbounds float, ptr %14, i64 %25
  store float %47, ptr %p1.i.2.2, align 4, !alias.scope !40, !noalias !43
  %invariant.gep105 = getelementptr inbounds float, ptr %invariant.gep103, i64 %22
  %wide.load175 = load <4 x float>, ptr %invariant.gep105, align 4, !alias.scope !43, !noalias !40
  %48 = fadd reassoc contract <4 x float> %wide.load175, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %49 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %48)
  %p1.i.3.2 = getelementptr inbounds float, ptr %15, i64 %25
  store float %49, ptr %p1.i.3.2, align 4, !alias.scope !40, !noalias !43
  %invariant.gep109 = getelementptr inbounds float, ptr %invariant.gep107, i64 %22
  %wide.load165 = load <4 x float>, ptr %invariant.gep109, align 4, !alias.scope !43, !noalias !40
  %50 = fadd reassoc contract <4 x float> %wide.load165, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %51 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %50)
  %p1.i.345 = getelementptr inbounds float, ptr %16, i64 %25
  store float %51, ptr %p1.i.345, align 4, !alias.scope !40, !noalias !43
  %invariant.gep113 = getelementptr inbounds float, ptr %invariant.gep111, i64 %22
  %wide.load155 = load <4 x float>, ptr %invariant.gep113, align 4, !alias.scope !43, !noalias !40
  %52 = fadd reassoc contract <4 x float> %wide.load155, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %53 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %52)
  %p1.i.1.3 = getelementptr inbounds float, ptr %17, i64 %25
  store float %53, ptr %p1.i.1.3, align 4, !alias.scope !40, !noalias !43
  %invariant.gep117 = getelementptr inbounds float, ptr %invariant.gep115, i64 %22
  %wide.load145 = load <4 x float>, ptr %invariant.gep117, align 4, !alias.scope !43, !noalias !40
  %54 = fadd reassoc contract <4 x float> %wide.load145, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %55 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %54)
  %p1.i.2.3 = getelementptr inbounds float, ptr %18, i64 %25
  store float %55, ptr %p1.i.2.3, align 4, !alias.scope !40, !noalias !43
  %invariant.gep121 = getelementptr inbounds float, ptr %invariant.gep119, i64 %22
  %wide.load = load <4 x float>, ptr %invariant.gep121, align 4, !alias.scope !43, !noalias !40
  %56 = fadd reassoc contract <4 x float> %wide.load, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %57 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %56)
  %p1.i.3.3 = getelementptr inbounds float, ptr %4, i64 %25
  store float %57, ptr %p1.i.3.3, align 4, !alias.scope !40, !noalias !43
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %exitcond47.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond47.not, label %k45.body.exit, label %parallel.body.i

k45.body.exit:                                    ; preds = %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k48(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %pairwise.i = alloca [6 x float], align 4
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !45)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !48)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %pairwise.i)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k48.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %level23.i = getelementptr inbounds i8, ptr %pairwise.i, i64 16
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.lr.ph, %middle.block
  %parallel.i11 = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i, %middle.block ]
  %i1.i = and i64 %parallel.i11, 31
  %4 = lshr i64 %parallel.i11, 5
  %.idx30.i = mul i64 %4, 135168
  %5 = getelementptr inbounds i8, ptr %b1, i64 %.idx30.i
  %.idx31.i = mul nuw nsw i64 %i1.i, 4224
  %6 = getelementptr inbounds i8, ptr %5, i64 %.idx31.i
  br label %vector.ph26

vector.ph26:                                      ; preds = %merge.done.i.1, %parallel.body.i
  %i5.block.i8 = phi i64 [ 0, %parallel.body.i ], [ %i5.block.next.i.1, %merge.done.i.1 ]
  %.idx = shl i64 %i5.block.i8, 8
  %7 = getelementptr i8, ptr %6, i64 %.idx
  br label %vector.body28

vector.body28:                                    ; preds = %vector.body28, %vector.ph26
  %index29 = phi i64 [ 0, %vector.ph26 ], [ %index.next33, %vector.body28 ]
  %vec.phi30 = phi <16 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph26 ], [ %10, %vector.body28 ]
  %8 = getelementptr float, ptr %7, i64 %index29
  %wide.load32 = load <16 x float>, ptr %8, align 4, !alias.scope !48, !noalias !45
  %9 = fmul contract <16 x float> %wide.load32, %wide.load32
  %10 = fadd reassoc contract <16 x float> %vec.phi30, %9
  %index.next33 = add nuw i64 %index29, 16
  %11 = icmp eq i64 %index.next33, 64
  br i1 %11, label %middle.block24, label %vector.body28, !llvm.loop !50

middle.block24:                                   ; preds = %vector.body28
  %12 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %10)
  store float %12, ptr %pairwise.i, align 4, !noalias !51
  %i5.block.next.i = or disjoint i64 %i5.block.i8, 1
  %.idx.1 = shl i64 %i5.block.next.i, 8
  %13 = getelementptr i8, ptr %6, i64 %.idx.1
  br label %vector.body28.1

vector.body28.1:                                  ; preds = %vector.body28.1, %middle.block24
  %index29.1 = phi i64 [ 0, %middle.block24 ], [ %index.next33.1, %vector.body28.1 ]
  %vec.phi30.1 = phi <16 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %middle.block24 ], [ %16, %vector.body28.1 ]
  %14 = getelementptr float, ptr %13, i64 %index29.1
  %wide.load32.1 = load <16 x float>, ptr %14, align 4, !alias.scope !48, !noalias !45
  %15 = fmul contract <16 x float> %wide.load32.1, %wide.load32.1
  %16 = fadd reassoc contract <16 x float> %vec.phi30.1, %15
  %index.next33.1 = add nuw i64 %index29.1, 16
  %17 = icmp eq i64 %index.next33.1, 64
  br i1 %17, label %merge.body.i.preheader.1, label %vector.body28.1, !llvm.loop !50

merge.body.i.preheader.1:                         ; preds = %vector.body28.1
  %18 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %16)
  br label %merge.body.i.1

merge.body.i.1:                                   ; preds = %merge.body.i.1, %merge.body.i.preheader.1
  %carry.0.i6.1 = phi float [ %20, %merge.body.i.1 ], [ %18, %merge.body.i.preheader.1 ]
  %l.0.i5.1 = phi i64 [ %21, %merge.body.i.1 ], [ 0, %merge.body.i.preheader.1 ]
  %level.i.1 = getelementptr inbounds [6 x float], ptr %pairwise.i, i64 0, i64 %l.0.i5.1
  %19 = load float, ptr %level.i.1, align 4, !noalias !51
  %20 = fadd float %carry.0.i6.1, %19
  %21 = add nuw nsw i64 %l.0.i5.1, 1
  %22 = shl nuw i64 2, %l.0.i5.1
  %23 = and i64 %22, %i5.block.next.i
  %.not.i.1 = icmp eq i64 %23, 0
  br i1 %.not.i.1, label %merge.done.i.1, label %merge.body.i.1

merge.done.i.1:                                   ; preds = %merge.body.i.1
  %level3.i.1 = getelementptr inbounds [6 x float], ptr %pairwise.i, i64 0, i64 %21
  store float %20, ptr %level3.i.1, align 4, !noalias !51
  %i5.block.next.i.1 = add nuw nsw i64 %i5.block.i8, 2
  %exitcond15.not.1 = icmp eq i64 %i5.block.next.i.1, 16
  br i1 %exitcond15.not.1, label %vector.body.preheader, label %vector.ph26

vector.body.preheader:                            ; preds = %merge.done.i.1
  %invariant.gep = getelementptr i8, ptr %6, i64 4096
  br label %vector.body

vector.body:                                      ; preds = %vector.body.preheader, %vector.body
  %index = phi i64 [ %index.next, %vector.body ], [ 0, %vector.body.preheader ]
  %vec.phi = phi <16 x float> [ %25, %vector.body ], [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.body.preheader ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %index
  %wide.load = load <16 x float>, ptr %gep, align 4, !alias.scope !48, !noalias !45
  %24 = fmul contract <16 x float> %wide.load, %wide.load
  %25 = fadd reassoc contract <16 x float> %vec.phi, %24
  %index.next = add nuw i64 %index, 16
  %26 = icmp eq i64 %index.next, 32
  br i1 %26, label %middle.block, label %vector.body, !llvm.loop !52

middle.block:                                     ; preds = %vector.body
  %27 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %25)
  store float %27, ptr %pairwise.i, align 4, !noalias !51
  %28 = load float, ptr %level23.i, align 4, !noalias !51
  %29 = fadd float %27, %28
  %30 = fdiv float %29, 1.056000e+03
  %p24.i = getelementptr inbounds float, ptr %b0, i64 %parallel.i11
  store float %30, ptr %p24.i, align 4, !alias.scope !45, !noalias !48
  %parallel.next.i = add nsw i64 %parallel.i11, 1
  %exitcond17.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond17.not, label %k48.body.exit, label %parallel.body.i

k48.body.exit:                                    ; preds = %middle.block, %entry
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %pairwise.i)
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k55(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !53)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !56)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !58)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !60)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i, label %k55.body.exit

parallel.body.i:                                  ; preds = %entry, %i2.exit.i
  %parallel.i6 = phi i64 [ %parallel.next.i, %i2.exit.i ], [ %1, %entry ]
  %i1.i = and i64 %parallel.i6, 31
  %4 = lshr i64 %parallel.i6, 5
  %5 = mul nuw nsw i64 %4, 33792
  %6 = mul nuw nsw i64 %i1.i, 1056
  %7 = add nuw nsw i64 %5, %6
  %p1.i = getelementptr inbounds float, ptr %b1, i64 %parallel.i6
  %v2.i = load float, ptr %p1.i, align 4, !alias.scope !56, !noalias !62
  %8 = fadd contract float %v2.i, 0x3E80000000000000
  %9 = tail call float @llvm.sqrt.f32(float %8)
  %10 = fdiv float 1.000000e+00, %9
  %p3.i = getelementptr inbounds float, ptr %b3, i64 %i1.i
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !60, !noalias !63
  %broadcast.splatinsert9 = insertelement <16 x float> poison, float %v4.i, i64 0
  %broadcast.splat10 = shufflevector <16 x float> %broadcast.splatinsert9, <16 x float> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert = insertelement <16 x float> poison, float %10, i64 0
  %broadcast.splat = shufflevector <16 x float> %broadcast.splatinsert, <16 x float> poison, <16 x i32> zeroinitializer
  br label %i3.header.i.preheader

i3.header.i.preheader:                            ; preds = %parallel.body.i, %i3.header.i.preheader
  %i2.i5 = phi i64 [ 0, %parallel.body.i ], [ %i2.next.i, %i3.header.i.preheader ]
  %11 = shl nuw nsw i64 %i2.i5, 5
  %12 = add nuw nsw i64 %7, %11
  %13 = getelementptr inbounds float, ptr %b2, i64 %12
  %wide.load = load <16 x float>, ptr %13, align 4, !alias.scope !58, !noalias !64
  %14 = fmul contract <16 x float> %wide.load, %broadcast.splat
  %15 = fmul contract <16 x float> %broadcast.splat10, %14
  %16 = fneg <16 x float> %15
  %17 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %16, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %18 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %17, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %19 = fmul <16 x float> %18, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %20 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %19)
  %21 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %20, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %18)
  %22 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %20, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %21)
  %23 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %22, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %24 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %23, <16 x float> %22, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %25 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %24, <16 x float> %22, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %26 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %25, <16 x float> %22, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %27 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %26, <16 x float> %22, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %28 = fmul <16 x float> %22, %22
  %29 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %27, <16 x float> %28, <16 x float> %22)
  %30 = fadd <16 x float> %29, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %31 = fptosi <16 x float> %20 to <16 x i32>
  %32 = ashr <16 x i32> %31, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %33 = sub <16 x i32> %31, %32
  %34 = shl <16 x i32> %32, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %35 = add <16 x i32> %34, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %36 = bitcast <16 x i32> %35 to <16 x float>
  %37 = fmul <16 x float> %30, %36
  %38 = shl <16 x i32> %33, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %39 = add <16 x i32> %38, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %40 = bitcast <16 x i32> %39 to <16 x float>
  %41 = fmul <16 x float> %37, %40
  %42 = fcmp uno <16 x float> %15, zeroinitializer
  %43 = select <16 x i1> %42, <16 x float> %16, <16 x float> %41
  %44 = fadd <16 x float> %43, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %45 = fdiv <16 x float> %15, %44
  %46 = getelementptr inbounds float, ptr %b0, i64 %12
  store <16 x float> %45, ptr %46, align 4, !alias.scope !53, !noalias !65
  %47 = or disjoint i64 %12, 16
  %48 = getelementptr inbounds float, ptr %b2, i64 %47
  %wide.load.1 = load <16 x float>, ptr %48, align 4, !alias.scope !58, !noalias !64
  %49 = fmul contract <16 x float> %wide.load.1, %broadcast.splat
  %50 = fmul contract <16 x float> %broadcast.splat10, %49
  %51 = fneg <16 x float> %50
  %52 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %51, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %53 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %52, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %54 = fmul <16 x float> %53, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %55 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %54)
  %56 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %55, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %53)
  %57 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %55, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %56)
  %58 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %57, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %59 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %58, <16 x float> %57, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %60 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %59, <16 x float> %57, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %61 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %60, <16 x float> %57, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %62 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %61, <16 x float> %57, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %63 = fmul <16 x float> %57, %57
  %64 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %62, <16 x float> %63, <16 x float> %57)
  %65 = fadd <16 x float> %64, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %66 = fptosi <16 x float> %55 to <16 x i32>
  %67 = ashr <16 x i32> %66, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %68 = sub <16 x i32> %66, %67
  %69 = shl <16 x i32> %67, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %70 = add <16 x i32> %69, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %71 = bitcast <16 x i32> %70 to <16 x float>
  %72 = fmul <16 x float> %65, %71
  %73 = shl <16 x i32> %68, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %74 = add <16 x i32> %73, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %75 = bitcast <16 x i32> %74 to <16 x float>
  %76 = fmul <16 x float> %72, %75
  %77 = fcmp uno <16 x float> %50, zeroinitializer
  %78 = select <16 x i1> %77, <16 x float> %51, <16 x float> %76
  %79 = fadd <16 x float> %78, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %80 = fdiv <16 x float> %50, %79
  %81 = getelementptr inbounds float, ptr %b0, i64 %47
  store <16 x float> %80, ptr %81, align 4, !alias.scope !53, !noalias !65
  %i2.next.i = add nuw nsw i64 %i2.i5, 1
  %exitcond7.not = icmp eq i64 %i2.next.i, 33
  br i1 %exitcond7.not, label %i2.exit.i, label %i3.header.i.preheader

i2.exit.i:                                        ; preds = %i3.header.i.preheader
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %exitcond8.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond8.not, label %k55.body.exit, label %parallel.body.i

k55.body.exit:                                    ; preds = %i2.exit.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k66(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !66)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !69)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !71)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !73)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k66.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %invariant.gep19 = getelementptr inbounds i8, ptr %b1, i64 128
  %invariant.gep21 = getelementptr inbounds i8, ptr %b1, i64 256
  %wide.load46 = load <16 x float>, ptr %b3, align 4, !alias.scope !73, !noalias !75
  %4 = getelementptr inbounds i8, ptr %b3, i64 64
  %wide.load46.1 = load <16 x float>, ptr %4, align 4, !alias.scope !73, !noalias !75
  %wide.load34 = load <16 x float>, ptr %b3, align 4, !alias.scope !73, !noalias !75
  %5 = getelementptr inbounds i8, ptr %b3, i64 64
  %wide.load34.1 = load <16 x float>, ptr %5, align 4, !alias.scope !73, !noalias !75
  %wide.load23 = load <16 x float>, ptr %b3, align 4, !alias.scope !73, !noalias !75
  %6 = getelementptr inbounds i8, ptr %b3, i64 64
  %wide.load23.1 = load <16 x float>, ptr %6, align 4, !alias.scope !73, !noalias !75
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %parallel.body.i
  %parallel.i6 = phi i64 [ %parallel.next.i, %parallel.body.i ], [ %1, %parallel.body.i.preheader ]
  %i1.i = urem i64 %parallel.i6, 1056
  %7 = udiv i64 %parallel.i6, 1056
  %.idx.i = mul i64 %7, 135168
  %8 = getelementptr inbounds i8, ptr %b2, i64 %.idx.i
  %9 = getelementptr inbounds float, ptr %8, i64 %i1.i
  %.idx = mul i64 %7, 405504
  %10 = getelementptr inbounds i8, ptr %b0, i64 %.idx
  %.idx7 = mul nuw nsw i64 %i1.i, 384
  %11 = getelementptr inbounds i8, ptr %10, i64 %.idx7
  %p1.i.idx = shl nuw nsw i64 %7, 7
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 %p1.i.idx
  %12 = getelementptr inbounds i8, ptr %9, <16 x i64> <i64 0, i64 4224, i64 8448, i64 12672, i64 16896, i64 21120, i64 25344, i64 29568, i64 33792, i64 38016, i64 42240, i64 46464, i64 50688, i64 54912, i64 59136, i64 63360>
  %wide.masked.gather44 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %12, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !71, !noalias !76
  %wide.load45 = load <16 x float>, ptr %invariant.gep, align 4, !alias.scope !69, !noalias !77
  %13 = fadd contract <16 x float> %wide.load45, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %14 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %13)
  %15 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %14
  %16 = fmul contract <16 x float> %wide.masked.gather44, %15
  %17 = fmul contract <16 x float> %wide.load46, %16
  store <16 x float> %17, ptr %11, align 4, !alias.scope !66, !noalias !78
  %18 = getelementptr inbounds i8, ptr %9, <16 x i64> <i64 67584, i64 71808, i64 76032, i64 80256, i64 84480, i64 88704, i64 92928, i64 97152, i64 101376, i64 105600, i64 109824, i64 114048, i64 118272, i64 122496, i64 126720, i64 130944>
  %wide.masked.gather44.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %18, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !71, !noalias !76
  %19 = getelementptr inbounds i8, ptr %invariant.gep, i64 64
  %wide.load45.1 = load <16 x float>, ptr %19, align 4, !alias.scope !69, !noalias !77
  %20 = fadd contract <16 x float> %wide.load45.1, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %21 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %20)
  %22 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %21
  %23 = fmul contract <16 x float> %wide.masked.gather44.1, %22
  %24 = fmul contract <16 x float> %wide.load46.1, %23
  %25 = getelementptr inbounds i8, ptr %11, i64 64
  store <16 x float> %24, ptr %25, align 4, !alias.scope !66, !noalias !78
  %26 = getelementptr inbounds i8, ptr %11, i64 128
  %27 = shl nuw nsw i64 %7, 7
  %gep20 = getelementptr inbounds i8, ptr %invariant.gep19, i64 %27
  %28 = getelementptr inbounds i8, ptr %9, i64 135168
  %29 = getelementptr inbounds i8, ptr %28, <16 x i64> <i64 0, i64 4224, i64 8448, i64 12672, i64 16896, i64 21120, i64 25344, i64 29568, i64 33792, i64 38016, i64 42240, i64 46464, i64 50688, i64 54912, i64 59136, i64 63360>
  %wide.masked.gather32 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %29, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !71, !noalias !76
  %wide.load33 = load <16 x float>, ptr %gep20, align 4, !alias.scope !69, !noalias !77
  %30 = fadd contract <16 x float> %wide.load33, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %31 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %30)
  %32 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %31
  %33 = fmul contract <16 x float> %wide.masked.gather32, %32
  %34 = fmul contract <16 x float> %wide.load34, %33
  store <16 x float> %34, ptr %26, align 4, !alias.scope !66, !noalias !78
  %35 = getelementptr inbounds i8, ptr %28, <16 x i64> <i64 67584, i64 71808, i64 76032, i64 80256, i64 84480, i64 88704, i64 92928, i64 97152, i64 101376, i64 105600, i64 109824, i64 114048, i64 118272, i64 122496, i64 126720, i64 130944>
  %wide.masked.gather32.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %35, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !71, !noalias !76
  %36 = getelementptr inbounds i8, ptr %gep20, i64 64
  %wide.load33.1 = load <16 x float>, ptr %36, align 4, !alias.scope !69, !noalias !77
  %37 = fadd contract <16 x float> %wide.load33.1, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %38 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %37)
  %39 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %38
  %40 = fmul contract <16 x float> %wide.masked.gather32.1, %39
  %41 = fmul contract <16 x float> %wide.load34.1, %40
  %42 = getelementptr inbounds i8, ptr %11, i64 192
  store <16 x float> %41, ptr %42, align 4, !alias.scope !66, !noalias !78
  %43 = getelementptr inbounds i8, ptr %11, i64 256
  %44 = shl nuw nsw i64 %7, 7
  %gep22 = getelementptr inbounds i8, ptr %invariant.gep21, i64 %44
  %45 = getelementptr inbounds i8, ptr %9, i64 270336
  %46 = getelementptr inbounds i8, ptr %45, <16 x i64> <i64 0, i64 4224, i64 8448, i64 12672, i64 16896, i64 21120, i64 25344, i64 29568, i64 33792, i64 38016, i64 42240, i64 46464, i64 50688, i64 54912, i64 59136, i64 63360>
  %wide.masked.gather = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %46, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !71, !noalias !76
  %wide.load = load <16 x float>, ptr %gep22, align 4, !alias.scope !69, !noalias !77
  %47 = fadd contract <16 x float> %wide.load, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %48 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %47)
  %49 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %48
  %50 = fmul contract <16 x float> %wide.masked.gather, %49
  %51 = fmul contract <16 x float> %wide.load23, %50
  store <16 x float> %51, ptr %43, align 4, !alias.scope !66, !noalias !78
  %52 = getelementptr inbounds i8, ptr %45, <16 x i64> <i64 67584, i64 71808, i64 76032, i64 80256, i64 84480, i64 88704, i64 92928, i64 97152, i64 101376, i64 105600, i64 109824, i64 114048, i64 118272, i64 122496, i64 126720, i64 130944>
  %wide.masked.gather.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %52, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !71, !noalias !76
  %53 = getelementptr inbounds i8, ptr %gep22, i64 64
  %wide.load.1 = load <16 x float>, ptr %53, align 4, !alias.scope !69, !noalias !77
  %54 = fadd contract <16 x float> %wide.load.1, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %55 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %54)
  %56 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %55
  %57 = fmul contract <16 x float> %wide.masked.gather.1, %56
  %58 = fmul contract <16 x float> %wide.load23.1, %57
  %59 = getelementptr inbounds i8, ptr %11, i64 320
  store <16 x float> %58, ptr %59, align 4, !alias.scope !66, !noalias !78
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %exitcond10.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond10.not, label %k66.body.exit, label %parallel.body.i

k66.body.exit:                                    ; preds = %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k77(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !79)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !82)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !84)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k77.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %b1, i64 192
  %wide.load88 = load <16 x float>, ptr %b2, align 4, !alias.scope !84, !noalias !86
  %wide.load66 = load <16 x float>, ptr %b2, align 4, !alias.scope !84, !noalias !86
  %5 = getelementptr inbounds i8, ptr %b2, i64 192
  %wide.load55 = load <16 x float>, ptr %5, align 4, !alias.scope !84, !noalias !86
  %6 = getelementptr inbounds i8, ptr %b2, i64 192
  %wide.load44 = load <16 x float>, ptr %6, align 4, !alias.scope !84, !noalias !86
  %7 = getelementptr inbounds i8, ptr %b2, i64 192
  %wide.load35 = load <16 x float>, ptr %7, align 4, !alias.scope !84, !noalias !86
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %parallel.body.i
  %parallel.i7 = phi i64 [ %parallel.next.i, %parallel.body.i ], [ %1, %parallel.body.i.preheader ]
  %i1.i = urem i64 %parallel.i7, 1056
  %8 = udiv i64 %parallel.i7, 1056
  %.idx.i = mul i64 %8, 25344
  %9 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i
  %.idx4.i = mul nuw nsw i64 %i1.i, 24
  %10 = getelementptr inbounds i8, ptr %9, i64 %.idx4.i
  %.idx = mul nuw nsw i64 %i1.i, 1152
  %11 = getelementptr inbounds i8, ptr %b1, i64 %.idx
  %wide.load87 = load <16 x float>, ptr %11, align 4, !alias.scope !82, !noalias !87
  %12 = fadd contract <16 x float> %wide.load87, %wide.load88
  %13 = fadd reassoc contract <16 x float> %12, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %14 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %13)
  %15 = getelementptr inbounds i8, ptr %11, i64 384
  %wide.load76 = load <16 x float>, ptr %15, align 4, !alias.scope !82, !noalias !87
  %16 = fadd contract <16 x float> %wide.load76, %wide.load88
  %17 = fadd reassoc contract <16 x float> %16, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %18 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %17)
  %19 = getelementptr inbounds i8, ptr %11, i64 768
  %wide.load65 = load <16 x float>, ptr %19, align 4, !alias.scope !82, !noalias !87
  %20 = fadd contract <16 x float> %wide.load65, %wide.load66
  %21 = fadd reassoc contract <16 x float> %20, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %22 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %21)
  %23 = getelementptr inbounds i8, ptr %4, i64 %.idx
  %wide.load54 = load <16 x float>, ptr %23, align 4, !alias.scope !82, !noalias !87
  %24 = fadd contract <16 x float> %wide.load54, %wide.load55
  %25 = fadd reassoc contract <16 x float> %24, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %26 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %25)
  %27 = insertelement <4 x float> poison, float %14, i64 0
  %28 = insertelement <4 x float> %27, float %18, i64 1
  %29 = insertelement <4 x float> %28, float %22, i64 2
  %30 = insertelement <4 x float> %29, float %26, i64 3
  %31 = fmul <4 x float> %30, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  store <4 x float> %31, ptr %10, align 4, !alias.scope !79, !noalias !88
  %32 = getelementptr inbounds i8, ptr %23, i64 384
  %wide.load43 = load <16 x float>, ptr %32, align 4, !alias.scope !82, !noalias !87
  %33 = fadd contract <16 x float> %wide.load43, %wide.load44
  %34 = fadd reassoc contract <16 x float> %33, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %35 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %34)
  %p3.i.1.1 = getelementptr inbounds i8, ptr %10, i64 16
  %36 = getelementptr inbounds i8, ptr %23, i64 768
  %wide.load = load <16 x float>, ptr %36, align 4, !alias.scope !82, !noalias !87
  %37 = fadd contract <16 x float> %wide.load, %wide.load35
  %38 = fadd reassoc contract <16 x float> %37, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %39 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %38)
  %40 = insertelement <2 x float> poison, float %35, i64 0
  %41 = insertelement <2 x float> %40, float %39, i64 1
  %42 = fmul <2 x float> %41, <float 6.250000e-02, float 6.250000e-02>
  store <2 x float> %42, ptr %p3.i.1.1, align 4, !alias.scope !79, !noalias !88
  %parallel.next.i = add nsw i64 %parallel.i7, 1
  %exitcond22.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond22.not, label %k77.body.exit, label %parallel.body.i

k77.body.exit:                                    ; preds = %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k80(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !89)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !92)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !94)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !96)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k80.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %b1, i64 192
  %wide.load98 = load <16 x float>, ptr %b2, align 4, !alias.scope !94, !noalias !98
  %wide.load85 = load <16 x float>, ptr %b2, align 4, !alias.scope !94, !noalias !98
  %wide.load72 = load <16 x float>, ptr %b2, align 4, !alias.scope !94, !noalias !98
  %5 = getelementptr inbounds i8, ptr %b2, i64 192
  %wide.load59 = load <16 x float>, ptr %5, align 4, !alias.scope !94, !noalias !98
  %6 = getelementptr inbounds i8, ptr %b2, i64 192
  %wide.load46 = load <16 x float>, ptr %6, align 4, !alias.scope !94, !noalias !98
  %7 = getelementptr inbounds i8, ptr %b2, i64 192
  %wide.load37 = load <16 x float>, ptr %7, align 4, !alias.scope !94, !noalias !98
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %parallel.body.i
  %parallel.i8 = phi i64 [ %parallel.next.i, %parallel.body.i ], [ %1, %parallel.body.i.preheader ]
  %i1.i = urem i64 %parallel.i8, 1056
  %8 = udiv i64 %parallel.i8, 1056
  %.idx14.i = mul nuw nsw i64 %i1.i, 24
  %9 = getelementptr inbounds i8, ptr %b3, i64 %.idx14.i
  %.idx.i = mul i64 %8, 25344
  %10 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i
  %11 = getelementptr inbounds i8, ptr %10, i64 %.idx14.i
  %.idx = mul nuw nsw i64 %i1.i, 1152
  %12 = getelementptr inbounds i8, ptr %b1, i64 %.idx
  %v4.i = load float, ptr %9, align 4, !alias.scope !96, !noalias !99
  %broadcast.splatinsert99 = insertelement <16 x float> poison, float %v4.i, i64 0
  %broadcast.splat100 = shufflevector <16 x float> %broadcast.splatinsert99, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load97 = load <16 x float>, ptr %12, align 4, !alias.scope !92, !noalias !100
  %13 = fadd contract <16 x float> %wide.load97, %wide.load98
  %14 = fsub contract <16 x float> %13, %broadcast.splat100
  %15 = fmul contract <16 x float> %14, %14
  %16 = fadd reassoc contract <16 x float> %15, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %17 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %16)
  %18 = getelementptr inbounds i8, ptr %12, i64 384
  %p3.i.1 = getelementptr inbounds i8, ptr %9, i64 4
  %v4.i.1 = load float, ptr %p3.i.1, align 4, !alias.scope !96, !noalias !99
  %broadcast.splatinsert86 = insertelement <16 x float> poison, float %v4.i.1, i64 0
  %broadcast.splat87 = shufflevector <16 x float> %broadcast.splatinsert86, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load84 = load <16 x float>, ptr %18, align 4, !alias.scope !92, !noalias !100
  %19 = fadd contract <16 x float> %wide.load84, %wide.load85
  %20 = fsub contract <16 x float> %19, %broadcast.splat87
  %21 = fmul contract <16 x float> %20, %20
  %22 = fadd reassoc contract <16 x float> %21, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %23 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %22)
  %24 = getelementptr inbounds i8, ptr %12, i64 768
  %p3.i.2 = getelementptr inbounds i8, ptr %9, i64 8
  %v4.i.2 = load float, ptr %p3.i.2, align 4, !alias.scope !96, !noalias !99
  %broadcast.splatinsert73 = insertelement <16 x float> poison, float %v4.i.2, i64 0
  %broadcast.splat74 = shufflevector <16 x float> %broadcast.splatinsert73, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load71 = load <16 x float>, ptr %24, align 4, !alias.scope !92, !noalias !100
  %25 = fadd contract <16 x float> %wide.load71, %wide.load72
  %26 = fsub contract <16 x float> %25, %broadcast.splat74
  %27 = fmul contract <16 x float> %26, %26
  %28 = fadd reassoc contract <16 x float> %27, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %29 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %28)
  %30 = getelementptr inbounds i8, ptr %4, i64 %.idx
  %31 = getelementptr inbounds i8, ptr %9, i64 12
  %v4.i.111 = load float, ptr %31, align 4, !alias.scope !96, !noalias !99
  %broadcast.splatinsert60 = insertelement <16 x float> poison, float %v4.i.111, i64 0
  %broadcast.splat61 = shufflevector <16 x float> %broadcast.splatinsert60, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load58 = load <16 x float>, ptr %30, align 4, !alias.scope !92, !noalias !100
  %32 = fadd contract <16 x float> %wide.load58, %wide.load59
  %33 = fsub contract <16 x float> %32, %broadcast.splat61
  %34 = fmul contract <16 x float> %33, %33
  %35 = fadd reassoc contract <16 x float> %34, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %36 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %35)
  %37 = insertelement <4 x float> poison, float %17, i64 0
  %38 = insertelement <4 x float> %37, float %23, i64 1
  %39 = insertelement <4 x float> %38, float %29, i64 2
  %40 = insertelement <4 x float> %39, float %36, i64 3
  %41 = fmul <4 x float> %40, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  store <4 x float> %41, ptr %11, align 4, !alias.scope !89, !noalias !101
  %42 = getelementptr inbounds i8, ptr %30, i64 384
  %p3.i.1.1 = getelementptr inbounds i8, ptr %9, i64 16
  %v4.i.1.1 = load float, ptr %p3.i.1.1, align 4, !alias.scope !96, !noalias !99
  %broadcast.splatinsert47 = insertelement <16 x float> poison, float %v4.i.1.1, i64 0
  %broadcast.splat48 = shufflevector <16 x float> %broadcast.splatinsert47, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load45 = load <16 x float>, ptr %42, align 4, !alias.scope !92, !noalias !100
  %43 = fadd contract <16 x float> %wide.load45, %wide.load46
  %44 = fsub contract <16 x float> %43, %broadcast.splat48
  %45 = fmul contract <16 x float> %44, %44
  %46 = fadd reassoc contract <16 x float> %45, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %47 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %46)
  %p11.i.1.1 = getelementptr inbounds i8, ptr %11, i64 16
  %48 = getelementptr inbounds i8, ptr %30, i64 768
  %p3.i.2.1 = getelementptr inbounds i8, ptr %9, i64 20
  %v4.i.2.1 = load float, ptr %p3.i.2.1, align 4, !alias.scope !96, !noalias !99
  %broadcast.splatinsert = insertelement <16 x float> poison, float %v4.i.2.1, i64 0
  %broadcast.splat = shufflevector <16 x float> %broadcast.splatinsert, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load = load <16 x float>, ptr %48, align 4, !alias.scope !92, !noalias !100
  %49 = fadd contract <16 x float> %wide.load, %wide.load37
  %50 = fsub contract <16 x float> %49, %broadcast.splat
  %51 = fmul contract <16 x float> %50, %50
  %52 = fadd reassoc contract <16 x float> %51, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %53 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %52)
  %54 = insertelement <2 x float> poison, float %47, i64 0
  %55 = insertelement <2 x float> %54, float %53, i64 1
  %56 = fmul <2 x float> %55, <float 6.250000e-02, float 6.250000e-02>
  store <2 x float> %56, ptr %p11.i.1.1, align 4, !alias.scope !89, !noalias !101
  %parallel.next.i = add nsw i64 %parallel.i8, 1
  %exitcond24.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond24.not, label %k80.body.exit, label %parallel.body.i

k80.body.exit:                                    ; preds = %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k88(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  %slot4 = getelementptr i8, ptr %0, i64 32
  %b4 = load ptr, ptr %slot4, align 8
  %slot5 = getelementptr i8, ptr %0, i64 40
  %b5 = load ptr, ptr %slot5, align 8
  %slot6 = getelementptr i8, ptr %0, i64 48
  %b6 = load ptr, ptr %slot6, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !102)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !105)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !107)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !109)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !111)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !113)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !115)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k88.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %v8.i = load float, ptr %b5, align 4, !alias.scope !113, !noalias !117
  %v10.i = load float, ptr %b6, align 4, !alias.scope !115, !noalias !118
  %p7.i.1 = getelementptr inbounds i8, ptr %b5, i64 4
  %v8.i.1 = load float, ptr %p7.i.1, align 4, !alias.scope !113, !noalias !117
  %p9.i.1 = getelementptr inbounds i8, ptr %b6, i64 4
  %v10.i.1 = load float, ptr %p9.i.1, align 4, !alias.scope !115, !noalias !118
  %p7.i.2 = getelementptr inbounds i8, ptr %b5, i64 8
  %v8.i.2 = load float, ptr %p7.i.2, align 4, !alias.scope !113, !noalias !117
  %p9.i.2 = getelementptr inbounds i8, ptr %b6, i64 8
  %v10.i.2 = load float, ptr %p9.i.2, align 4, !alias.scope !115, !noalias !118
  %p7.i.3 = getelementptr inbounds i8, ptr %b5, i64 12
  %v8.i.3 = load float, ptr %p7.i.3, align 4, !alias.scope !113, !noalias !117
  %p9.i.3 = getelementptr inbounds i8, ptr %b6, i64 12
  %v10.i.3 = load float, ptr %p9.i.3, align 4, !alias.scope !115, !noalias !118
  %p7.i.4 = getelementptr inbounds i8, ptr %b5, i64 16
  %v8.i.4 = load float, ptr %p7.i.4, align 4, !alias.scope !113, !noalias !117
  %p9.i.4 = getelementptr inbounds i8, ptr %b6, i64 16
  %v10.i.4 = load float, ptr %p9.i.4, align 4, !alias.scope !115, !noalias !118
  %p7.i.5 = getelementptr inbounds i8, ptr %b5, i64 20
  %v8.i.5 = load float, ptr %p7.i.5, align 4, !alias.scope !113, !noalias !117
  %p9.i.5 = getelementptr inbounds i8, ptr %b6, i64 20
  %v10.i.5 = load float, ptr %p9.i.5, align 4, !alias.scope !115, !noalias !118
  %p7.i.6 = getelementptr inbounds i8, ptr %b5, i64 24
  %v8.i.6 = load float, ptr %p7.i.6, align 4, !alias.scope !113, !noalias !117
  %p9.i.6 = getelementptr inbounds i8, ptr %b6, i64 24
  %v10.i.6 = load float, ptr %p9.i.6, align 4, !alias.scope !115, !noalias !118
  %p7.i.7 = getelementptr inbounds i8, ptr %b5, i64 28
  %v8.i.7 = load float, ptr %p7.i.7, align 4, !alias.scope !113, !noalias !117
  %p9.i.7 = getelementptr inbounds i8, ptr %b6, i64 28
  %v10.i.7 = load float, ptr %p9.i.7, align 4, !alias.scope !115, !noalias !118
  %p7.i.8 = getelementptr inbounds i8, ptr %b5, i64 32
  %v8.i.8 = load float, ptr %p7.i.8, align 4, !alias.scope !113, !noalias !117
  %p9.i.8 = getelementptr inbounds i8, ptr %b6, i64 32
  %v10.i.8 = load float, ptr %p9.i.8, align 4, !alias.scope !115, !noalias !118
  %p7.i.9 = getelementptr inbounds i8, ptr %b5, i64 36
  %v8.i.9 = load float, ptr %p7.i.9, align 4, !alias.scope !113, !noalias !117
  %p9.i.9 = getelementptr inbounds i8, ptr %b6, i64 36
  %v10.i.9 = load float, ptr %p9.i.9, align 4, !alias.scope !115, !noalias !118
  %p7.i.10 = getelementptr inbounds i8, ptr %b5, i64 40
  %v8.i.10 = load float, ptr %p7.i.10, align 4, !alias.scope !113, !noalias !117
  %p9.i.10 = getelementptr inbounds i8, ptr %b6, i64 40
  %v10.i.10 = load float, ptr %p9.i.10, align 4, !alias.scope !115, !noalias !118
  %p7.i.11 = getelementptr inbounds i8, ptr %b5, i64 44
  %v8.i.11 = load float, ptr %p7.i.11, align 4, !alias.scope !113, !noalias !117
  %p9.i.11 = getelementptr inbounds i8, ptr %b6, i64 44
  %v10.i.11 = load float, ptr %p9.i.11, align 4, !alias.scope !115, !noalias !118
  %p7.i.12 = getelementptr inbounds i8, ptr %b5, i64 48
  %v8.i.12 = load float, ptr %p7.i.12, align 4, !alias.scope !113, !noalias !117
  %p9.i.12 = getelementptr inbounds i8, ptr %b6, i64 48
  %v10.i.12 = load float, ptr %p9.i.12, align 4, !alias.scope !115, !noalias !118
  %p7.i.13 = getelementptr inbounds i8, ptr %b5, i64 52
  %v8.i.13 = load float, ptr %p7.i.13, align 4, !alias.scope !113, !noalias !117
  %p9.i.13 = getelementptr inbounds i8, ptr %b6, i64 52
  %v10.i.13 = load float, ptr %p9.i.13, align 4, !alias.scope !115, !noalias !118
  %p7.i.14 = getelementptr inbounds i8, ptr %b5, i64 56
  %v8.i.14 = load float, ptr %p7.i.14, align 4, !alias.scope !113, !noalias !117
  %p9.i.14 = getelementptr inbounds i8, ptr %b6, i64 56
  %v10.i.14 = load float, ptr %p9.i.14, align 4, !alias.scope !115, !noalias !118
  %p7.i.15 = getelementptr inbounds i8, ptr %b5, i64 60
  %v8.i.15 = load float, ptr %p7.i.15, align 4, !alias.scope !113, !noalias !117
  %p9.i.15 = getelementptr inbounds i8, ptr %b6, i64 60
  %v10.i.15 = load float, ptr %p9.i.15, align 4, !alias.scope !115, !noalias !118
  %broadcast.splatinsert17 = insertelement <4 x float> poison, float %v8.i, i64 0
  %broadcast.splat18 = shufflevector <4 x float> %broadcast.splatinsert17, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert19 = insertelement <4 x float> poison, float %v10.i, i64 0
  %broadcast.splat20 = shufflevector <4 x float> %broadcast.splatinsert19, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert24 = insertelement <4 x float> poison, float %v8.i.1, i64 0
  %broadcast.splat25 = shufflevector <4 x float> %broadcast.splatinsert24, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert26 = insertelement <4 x float> poison, float %v10.i.1, i64 0
  %broadcast.splat27 = shufflevector <4 x float> %broadcast.splatinsert26, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert31 = insertelement <4 x float> poison, float %v8.i.2, i64 0
  %broadcast.splat32 = shufflevector <4 x float> %broadcast.splatinsert31, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert33 = insertelement <4 x float> poison, float %v10.i.2, i64 0
  %broadcast.splat34 = shufflevector <4 x float> %broadcast.splatinsert33, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert38 = insertelement <4 x float> poison, float %v8.i.3, i64 0
  %broadcast.splat39 = shufflevector <4 x float> %broadcast.splatinsert38, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert40 = insertelement <4 x float> poison, float %v10.i.3, i64 0
  %broadcast.splat41 = shufflevector <4 x float> %broadcast.splatinsert40, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert45 = insertelement <4 x float> poison, float %v8.i.4, i64 0
  %broadcast.splat46 = shufflevector <4 x float> %broadcast.splatinsert45, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert47 = insertelement <4 x float> poison, float %v10.i.4, i64 0
  %broadcast.splat48 = shufflevector <4 x float> %broadcast.splatinsert47, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert52 = insertelement <4 x float> poison, float %v8.i.5, i64 0
  %broadcast.splat53 = shufflevector <4 x float> %broadcast.splatinsert52, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert54 = insertelement <4 x float> poison, float %v10.i.5, i64 0
  %broadcast.splat55 = shufflevector <4 x float> %broadcast.splatinsert54, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert59 = insertelement <4 x float> poison, float %v8.i.6, i64 0
  %broadcast.splat60 = shufflevector <4 x float> %broadcast.splatinsert59, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert61 = insertelement <4 x float> poison, float %v10.i.6, i64 0
  %broadcast.splat62 = shufflevector <4 x float> %broadcast.splatinsert61, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert66 = insertelement <4 x float> poison, float %v8.i.7, i64 0
  %broadcast.splat67 = shufflevector <4 x float> %broadcast.splatinsert66, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert68 = insertelement <4 x float> poison, float %v10.i.7, i64 0
  %broadcast.splat69 = shufflevector <4 x float> %broadcast.splatinsert68, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert73 = insertelement <4 x float> poison, float %v8.i.8, i64 0
  %broadcast.splat74 = shufflevector <4 x float> %broadcast.splatinsert73, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert75 = insertelement <4 x float> poison, float %v10.i.8, i64 0
  %broadcast.splat76 = shufflevector <4 x float> %broadcast.splatinsert75, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert80 = insertelement <4 x float> poison, float %v8.i.9, i64 0
  %broadcast.splat81 = shufflevector <4 x float> %broadcast.splatinsert80, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert82 = insertelement <4 x float> poison, float %v10.i.9, i64 0
  %broadcast.splat83 = shufflevector <4 x float> %broadcast.splatinsert82, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert87 = insertelement <4 x float> poison, float %v8.i.10, i64 0
  %broadcast.splat88 = shufflevector <4 x float> %broadcast.splatinsert87, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert89 = insertelement <4 x float> poison, float %v10.i.10, i64 0
  %broadcast.splat90 = shufflevector <4 x float> %broadcast.splatinsert89, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert94 = insertelement <4 x float> poison, float %v8.i.11, i64 0
  %broadcast.splat95 = shufflevector <4 x float> %broadcast.splatinsert94, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert96 = insertelement <4 x float> poison, float %v10.i.11, i64 0
  %broadcast.splat97 = shufflevector <4 x float> %broadcast.splatinsert96, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert101 = insertelement <4 x float> poison, float %v8.i.12, i64 0
  %broadcast.splat102 = shufflevector <4 x float> %broadcast.splatinsert101, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert103 = insertelement <4 x float> poison, float %v10.i.12, i64 0
  %broadcast.splat104 = shufflevector <4 x float> %broadcast.splatinsert103, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert108 = insertelement <4 x float> poison, float %v8.i.13, i64 0
  %broadcast.splat109 = shufflevector <4 x float> %broadcast.splatinsert108, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert110 = insertelement <4 x float> poison, float %v10.i.13, i64 0
  %broadcast.splat111 = shufflevector <4 x float> %broadcast.splatinsert110, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert115 = insertelement <4 x float> poison, float %v8.i.14, i64 0
  %broadcast.splat116 = shufflevector <4 x float> %broadcast.splatinsert115, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert117 = insertelement <4 x float> poison, float %v10.i.14, i64 0
  %broadcast.splat118 = shufflevector <4 x float> %broadcast.splatinsert117, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert122 = insertelement <4 x float> poison, float %v8.i.15, i64 0
  %broadcast.splat123 = shufflevector <4 x float> %broadcast.splatinsert122, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert124 = insertelement <4 x float> poison, float %v10.i.15, i64 0
  %broadcast.splat125 = shufflevector <4 x float> %broadcast.splatinsert124, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %invariant.gep129 = getelementptr inbounds i8, ptr %b1, <4 x i64> <i64 0, i64 384, i64 768, i64 1152>
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %i2.exit.i
  %parallel.i10 = phi i64 [ %parallel.next.i, %i2.exit.i ], [ %1, %parallel.body.i.preheader ]
  %i1.i = urem i64 %parallel.i10, 1056
  %4 = udiv i64 %parallel.i10, 1056
  %5 = mul nuw nsw i64 %i1.i, 6
  %.idx = mul nuw nsw i64 %i1.i, 1152
  %.idx12 = mul i64 %4, 405504
  %6 = getelementptr inbounds i8, ptr %b0, i64 %.idx12
  %.idx13 = mul nuw nsw i64 %i1.i, 384
  %7 = getelementptr inbounds i8, ptr %6, i64 %.idx13
  %gep130 = getelementptr inbounds i8, <4 x ptr> %invariant.gep129, i64 %.idx
  %invariant.gep128 = getelementptr inbounds i8, ptr %7, <4 x i64> <i64 0, i64 64, i64 128, i64 192>
  br label %i3.header.i.preheader

i3.header.i.preheader:                            ; preds = %parallel.body.i, %i3.header.i.preheader
  %8 = phi i1 [ true, %parallel.body.i ], [ false, %i3.header.i.preheader ]
  %i2.i9 = phi i64 [ 0, %parallel.body.i ], [ 1, %i3.header.i.preheader ]
  %9 = mul nuw nsw i64 %i2.i9, 48
  %10 = mul nuw nsw i64 %i2.i9, 3
  %11 = add nuw nsw i64 %10, %5
  %12 = or disjoint i64 %9, 15
  %p1.i.15 = getelementptr inbounds float, ptr %b2, i64 %12
  %v2.i.15 = load float, ptr %p1.i.15, align 4, !alias.scope !107, !noalias !119
  %13 = or disjoint i64 %9, 14
  %p1.i.14 = getelementptr inbounds float, ptr %b2, i64 %13
  %v2.i.14 = load float, ptr %p1.i.14, align 4, !alias.scope !107, !noalias !119
  %14 = or disjoint i64 %9, 13
  %p1.i.13 = getelementptr inbounds float, ptr %b2, i64 %14
  %v2.i.13 = load float, ptr %p1.i.13, align 4, !alias.scope !107, !noalias !119
  %15 = or disjoint i64 %9, 12
  %p1.i.12 = getelementptr inbounds float, ptr %b2, i64 %15
  %v2.i.12 = load float, ptr %p1.i.12, align 4, !alias.scope !107, !noalias !119
  %16 = or disjoint i64 %9, 11
  %p1.i.11 = getelementptr inbounds float, ptr %b2, i64 %16
  %v2.i.11 = load float, ptr %p1.i.11, align 4, !alias.scope !107, !noalias !119
  %17 = or disjoint i64 %9, 10
  %p1.i.10 = getelementptr inbounds float, ptr %b2, i64 %17
  %v2.i.10 = load float, ptr %p1.i.10, align 4, !alias.scope !107, !noalias !119
  %18 = or disjoint i64 %9, 9
  %p1.i.9 = getelementptr inbounds float, ptr %b2, i64 %18
  %v2.i.9 = load float, ptr %p1.i.9, align 4, !alias.scope !107, !noalias !119
  %19 = or disjoint i64 %9, 8
  %p1.i.8 = getelementptr inbounds float, ptr %b2, i64 %19
  %v2.i.8 = load float, ptr %p1.i.8, align 4, !alias.scope !107, !noalias !119
  %20 = or disjoint i64 %9, 7
  %p1.i.7 = getelementptr inbounds float, ptr %b2, i64 %20
  %v2.i.7 = load float, ptr %p1.i.7, align 4, !alias.scope !107, !noalias !119
  %21 = or disjoint i64 %9, 6
  %p1.i.6 = getelementptr inbounds float, ptr %b2, i64 %21
  %v2.i.6 = load float, ptr %p1.i.6, align 4, !alias.scope !107, !noalias !119
  %22 = or disjoint i64 %9, 5
  %p1.i.5 = getelementptr inbounds float, ptr %b2, i64 %22
  %v2.i.5 = load float, ptr %p1.i.5, align 4, !alias.scope !107, !noalias !119
  %23 = or disjoint i64 %9, 4
  %p1.i.4 = getelementptr inbounds float, ptr %b2, i64 %23
  %v2.i.4 = load float, ptr %p1.i.4, align 4, !alias.scope !107, !noalias !119
  %24 = or disjoint i64 %9, 3
  %p1.i.3 = getelementptr inbounds float, ptr %b2, i64 %24
  %v2.i.3 = load float, ptr %p1.i.3, align 4, !alias.scope !107, !noalias !119
  %25 = or disjoint i64 %9, 2
  %p1.i.2 = getelementptr inbounds float, ptr %b2, i64 %25
  %v2.i.2 = load float, ptr %p1.i.2, align 4, !alias.scope !107, !noalias !119
  %26 = or disjoint i64 %9, 1
  %p1.i.1 = getelementptr inbounds float, ptr %b2, i64 %26
  %v2.i.1 = load float, ptr %p1.i.1, align 4, !alias.scope !107, !noalias !119
  %p1.i = getelementptr inbounds float, ptr %b2, i64 %9
  %v2.i = load float, ptr %p1.i, align 4, !alias.scope !107, !noalias !119
  %broadcast.splatinsert = insertelement <4 x float> poison, float %v2.i, i64 0
  %broadcast.splat = shufflevector <4 x float> %broadcast.splatinsert, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert22 = insertelement <4 x float> poison, float %v2.i.1, i64 0
  %broadcast.splat23 = shufflevector <4 x float> %broadcast.splatinsert22, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert29 = insertelement <4 x float> poison, float %v2.i.2, i64 0
  %broadcast.splat30 = shufflevector <4 x float> %broadcast.splatinsert29, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert36 = insertelement <4 x float> poison, float %v2.i.3, i64 0
  %broadcast.splat37 = shufflevector <4 x float> %broadcast.splatinsert36, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert43 = insertelement <4 x float> poison, float %v2.i.4, i64 0
  %broadcast.splat44 = shufflevector <4 x float> %broadcast.splatinsert43, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert50 = insertelement <4 x float> poison, float %v2.i.5, i64 0
  %broadcast.splat51 = shufflevector <4 x float> %broadcast.splatinsert50, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert57 = insertelement <4 x float> poison, float %v2.i.6, i64 0
  %broadcast.splat58 = shufflevector <4 x float> %broadcast.splatinsert57, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert64 = insertelement <4 x float> poison, float %v2.i.7, i64 0
  %broadcast.splat65 = shufflevector <4 x float> %broadcast.splatinsert64, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert71 = insertelement <4 x float> poison, float %v2.i.8, i64 0
  %broadcast.splat72 = shufflevector <4 x float> %broadcast.splatinsert71, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert78 = insertelement <4 x float> poison, float %v2.i.9, i64 0
  %broadcast.splat79 = shufflevector <4 x float> %broadcast.splatinsert78, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert85 = insertelement <4 x float> poison, float %v2.i.10, i64 0
  %broadcast.splat86 = shufflevector <4 x float> %broadcast.splatinsert85, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert92 = insertelement <4 x float> poison, float %v2.i.11, i64 0
  %broadcast.splat93 = shufflevector <4 x float> %broadcast.splatinsert92, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert99 = insertelement <4 x float> poison, float %v2.i.12, i64 0
  %broadcast.splat100 = shufflevector <4 x float> %broadcast.splatinsert99, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert106 = insertelement <4 x float> poison, float %v2.i.13, i64 0
  %broadcast.splat107 = shufflevector <4 x float> %broadcast.splatinsert106, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert113 = insertelement <4 x float> poison, float %v2.i.14, i64 0
  %broadcast.splat114 = shufflevector <4 x float> %broadcast.splatinsert113, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert120 = insertelement <4 x float> poison, float %v2.i.15, i64 0
  %broadcast.splat121 = shufflevector <4 x float> %broadcast.splatinsert120, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %27 = getelementptr inbounds float, ptr %b3, i64 %11
  %wide.masked.load = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %27, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !109, !noalias !120
  %28 = getelementptr inbounds float, ptr %b4, i64 %11
  %wide.masked.load16 = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %28, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !111, !noalias !121
  %29 = fadd contract <4 x float> %wide.masked.load16, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %30 = tail call <4 x float> @llvm.sqrt.v4f32(<4 x float> %29)
  %31 = fdiv <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %30
  %gep127 = getelementptr inbounds float, <4 x ptr> %gep130, i64 %9
  %wide.masked.gather = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %gep127, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %32 = fadd contract <4 x float> %wide.masked.gather, %broadcast.splat
  %33 = fsub contract <4 x float> %32, %wide.masked.load
  %34 = fmul contract <4 x float> %33, %31
  %35 = fmul contract <4 x float> %broadcast.splat18, %34
  %36 = fadd contract <4 x float> %broadcast.splat20, %35
  %gep = getelementptr inbounds float, <4 x ptr> %invariant.gep128, i64 %9
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %36, <4 x ptr> %gep, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %37 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 4
  %wide.masked.gather21 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %37, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %38 = fadd contract <4 x float> %wide.masked.gather21, %broadcast.splat23
  %39 = fsub contract <4 x float> %38, %wide.masked.load
  %40 = fmul contract <4 x float> %39, %31
  %41 = fmul contract <4 x float> %broadcast.splat25, %40
  %42 = fadd contract <4 x float> %broadcast.splat27, %41
  %43 = getelementptr inbounds i8, <4 x ptr> %gep, i64 4
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %42, <4 x ptr> %43, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %44 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 8
  %wide.masked.gather28 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %44, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %45 = fadd contract <4 x float> %wide.masked.gather28, %broadcast.splat30
  %46 = fsub contract <4 x float> %45, %wide.masked.load
  %47 = fmul contract <4 x float> %46, %31
  %48 = fmul contract <4 x float> %broadcast.splat32, %47
  %49 = fadd contract <4 x float> %broadcast.splat34, %48
  %50 = getelementptr inbounds i8, <4 x ptr> %gep, i64 8
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %49, <4 x ptr> %50, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %51 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 12
  %wide.masked.gather35 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %51, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %52 = fadd contract <4 x float> %wide.masked.gather35, %broadcast.splat37
  %53 = fsub contract <4 x float> %52, %wide.masked.load
  %54 = fmul contract <4 x float> %53, %31
  %55 = fmul contract <4 x float> %broadcast.splat39, %54
  %56 = fadd contract <4 x float> %broadcast.splat41, %55
  %57 = getelementptr inbounds i8, <4 x ptr> %gep, i64 12
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %56, <4 x ptr> %57, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %58 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 16
  %wide.masked.gather42 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %58, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %59 = fadd contract <4 x float> %wide.masked.gather42, %broadcast.splat44
  %60 = fsub contract <4 x float> %59, %wide.masked.load
  %61 = fmul contract <4 x float> %60, %31
  %62 = fmul contract <4 x float> %broadcast.splat46, %61
  %63 = fadd contract <4 x float> %broadcast.splat48, %62
  %64 = getelementptr inbounds i8, <4 x ptr> %gep, i64 16
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %63, <4 x ptr> %64, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %65 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 20
  %wide.masked.gather49 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %65, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %66 = fadd contract <4 x float> %wide.masked.gather49, %broadcast.splat51
  %67 = fsub contract <4 x float> %66, %wide.masked.load
  %68 = fmul contract <4 x float> %67, %31
  %69 = fmul contract <4 x float> %broadcast.splat53, %68
  %70 = fadd contract <4 x float> %broadcast.splat55, %69
  %71 = getelementptr inbounds i8, <4 x ptr> %gep, i64 20
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %70, <4 x ptr> %71, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %72 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 24
  %wide.masked.gather56 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %72, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %73 = fadd contract <4 x float> %wide.masked.gather56, %broadcast.splat58
  %74 = fsub contract <4 x float> %73, %wide.masked.load
  %75 = fmul contract <4 x float> %74, %31
  %76 = fmul contract <4 x float> %broadcast.splat60, %75
  %77 = fadd contract <4 x float> %broadcast.splat62, %76
  %78 = getelementptr inbounds i8, <4 x ptr> %gep, i64 24
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %77, <4 x ptr> %78, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %79 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 28
  %wide.masked.gather63 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %79, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %80 = fadd contract <4 x float> %wide.masked.gather63, %broadcast.splat65
  %81 = fsub contract <4 x float> %80, %wide.masked.load
  %82 = fmul contract <4 x float> %81, %31
  %83 = fmul contract <4 x float> %broadcast.splat67, %82
  %84 = fadd contract <4 x float> %broadcast.splat69, %83
  %85 = getelementptr inbounds i8, <4 x ptr> %gep, i64 28
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %84, <4 x ptr> %85, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %86 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 32
  %wide.masked.gather70 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %86, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %87 = fadd contract <4 x float> %wide.masked.gather70, %broadcast.splat72
  %88 = fsub contract <4 x float> %87, %wide.masked.load
  %89 = fmul contract <4 x float> %88, %31
  %90 = fmul contract <4 x float> %broadcast.splat74, %89
  %91 = fadd contract <4 x float> %broadcast.splat76, %90
  %92 = getelementptr inbounds i8, <4 x ptr> %gep, i64 32
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %91, <4 x ptr> %92, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %93 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 36
  %wide.masked.gather77 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %93, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %94 = fadd contract <4 x float> %wide.masked.gather77, %broadcast.splat79
  %95 = fsub contract <4 x float> %94, %wide.masked.load
  %96 = fmul contract <4 x float> %95, %31
  %97 = fmul contract <4 x float> %broadcast.splat81, %96
  %98 = fadd contract <4 x float> %broadcast.splat83, %97
  %99 = getelementptr inbounds i8, <4 x ptr> %gep, i64 36
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %98, <4 x ptr> %99, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %100 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 40
  %wide.masked.gather84 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %100, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %101 = fadd contract <4 x float> %wide.masked.gather84, %broadcast.splat86
  %102 = fsub contract <4 x float> %101, %wide.masked.load
  %103 = fmul contract <4 x float> %102, %31
  %104 = fmul contract <4 x float> %broadcast.splat88, %103
  %105 = fadd contract <4 x float> %broadcast.splat90, %104
  %106 = getelementptr inbounds i8, <4 x ptr> %gep, i64 40
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %105, <4 x ptr> %106, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %107 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 44
  %wide.masked.gather91 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %107, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %108 = fadd contract <4 x float> %wide.masked.gather91, %broadcast.splat93
  %109 = fsub contract <4 x float> %108, %wide.masked.load
  %110 = fmul contract <4 x float> %109, %31
  %111 = fmul contract <4 x float> %broadcast.splat95, %110
  %112 = fadd contract <4 x float> %broadcast.splat97, %111
  %113 = getelementptr inbounds i8, <4 x ptr> %gep, i64 44
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %112, <4 x ptr> %113, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %114 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 48
  %wide.masked.gather98 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %114, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %115 = fadd contract <4 x float> %wide.masked.gather98, %broadcast.splat100
  %116 = fsub contract <4 x float> %115, %wide.masked.load
  %117 = fmul contract <4 x float> %116, %31
  %118 = fmul contract <4 x float> %broadcast.splat102, %117
  %119 = fadd contract <4 x float> %broadcast.splat104, %118
  %120 = getelementptr inbounds i8, <4 x ptr> %gep, i64 48
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %119, <4 x ptr> %120, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %121 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 52
  %wide.masked.gather105 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %121, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %122 = fadd contract <4 x float> %wide.masked.gather105, %broadcast.splat107
  %123 = fsub contract <4 x float> %122, %wide.masked.load
  %124 = fmul contract <4 x float> %123, %31
  %125 = fmul contract <4 x float> %broadcast.splat109, %124
  %126 = fadd contract <4 x float> %broadcast.splat111, %125
  %127 = getelementptr inbounds i8, <4 x ptr> %gep, i64 52
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %126, <4 x ptr> %127, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %128 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 56
  %wide.masked.gather112 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %128, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %129 = fadd contract <4 x float> %wide.masked.gather112, %broadcast.splat114
  %130 = fsub contract <4 x float> %129, %wide.masked.load
  %131 = fmul contract <4 x float> %130, %31
  %132 = fmul contract <4 x float> %broadcast.splat116, %131
  %133 = fadd contract <4 x float> %broadcast.splat118, %132
  %134 = getelementptr inbounds i8, <4 x ptr> %gep, i64 56
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %133, <4 x ptr> %134, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  %135 = getelementptr inbounds i8, <4 x ptr> %gep127, i64 60
  %wide.masked.gather119 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %135, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !105, !noalias !122
  %136 = fadd contract <4 x float> %wide.masked.gather119, %broadcast.splat121
  %137 = fsub contract <4 x float> %136, %wide.masked.load
  %138 = fmul contract <4 x float> %137, %31
  %139 = fmul contract <4 x float> %broadcast.splat123, %138
  %140 = fadd contract <4 x float> %broadcast.splat125, %139
  %141 = getelementptr inbounds i8, <4 x ptr> %gep, i64 60
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %140, <4 x ptr> %141, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !102, !noalias !123
  br i1 %8, label %i3.header.i.preheader, label %i2.exit.i

i2.exit.i:                                        ; preds = %i3.header.i.preheader
  %parallel.next.i = add nsw i64 %parallel.i10, 1
  %exitcond15.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond15.not, label %k88.body.exit, label %parallel.body.i

k88.body.exit:                                    ; preds = %i2.exit.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k91(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !124)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !127)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !129)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k91.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 64
  %invariant.gep3 = getelementptr inbounds i8, ptr %b2, i64 64
  %4 = getelementptr inbounds i8, ptr %b1, i64 256
  %wide.load90 = load <16 x float>, ptr %invariant.gep3, align 4, !alias.scope !129, !noalias !131
  %wide.load68 = load <16 x float>, ptr %invariant.gep3, align 4, !alias.scope !129, !noalias !131
  %5 = getelementptr inbounds i8, ptr %b2, i64 256
  %wide.load57 = load <16 x float>, ptr %5, align 4, !alias.scope !129, !noalias !131
  %6 = getelementptr inbounds i8, ptr %b2, i64 256
  %wide.load46 = load <16 x float>, ptr %6, align 4, !alias.scope !129, !noalias !131
  %7 = getelementptr inbounds i8, ptr %b2, i64 256
  %wide.load37 = load <16 x float>, ptr %7, align 4, !alias.scope !129, !noalias !131
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.lr.ph, %parallel.body.i
  %parallel.i9 = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i, %parallel.body.i ]
  %i1.i = urem i64 %parallel.i9, 1056
  %8 = udiv i64 %parallel.i9, 1056
  %.idx.i = mul i64 %8, 25344
  %9 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i
  %.idx4.i = mul nuw nsw i64 %i1.i, 24
  %10 = getelementptr inbounds i8, ptr %9, i64 %.idx4.i
  %.idx = mul nuw nsw i64 %i1.i, 1152
  %11 = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx
  %wide.load89 = load <16 x float>, ptr %11, align 4, !alias.scope !127, !noalias !132
  %12 = fadd contract <16 x float> %wide.load89, %wide.load90
  %13 = fadd reassoc contract <16 x float> %12, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %14 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %13)
  %15 = getelementptr inbounds i8, ptr %11, i64 384
  %wide.load78 = load <16 x float>, ptr %15, align 4, !alias.scope !127, !noalias !132
  %16 = fadd contract <16 x float> %wide.load78, %wide.load90
  %17 = fadd reassoc contract <16 x float> %16, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %18 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %17)
  %19 = getelementptr inbounds i8, ptr %11, i64 768
  %wide.load67 = load <16 x float>, ptr %19, align 4, !alias.scope !127, !noalias !132
  %20 = fadd contract <16 x float> %wide.load67, %wide.load68
  %21 = fadd reassoc contract <16 x float> %20, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %22 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %21)
  %23 = getelementptr inbounds i8, ptr %4, i64 %.idx
  %wide.load56 = load <16 x float>, ptr %23, align 4, !alias.scope !127, !noalias !132
  %24 = fadd contract <16 x float> %wide.load56, %wide.load57
  %25 = fadd reassoc contract <16 x float> %24, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %26 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %25)
  %27 = insertelement <4 x float> poison, float %14, i64 0
  %28 = insertelement <4 x float> %27, float %18, i64 1
  %29 = insertelement <4 x float> %28, float %22, i64 2
  %30 = insertelement <4 x float> %29, float %26, i64 3
  %31 = fmul <4 x float> %30, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  store <4 x float> %31, ptr %10, align 4, !alias.scope !124, !noalias !133
  %32 = getelementptr inbounds i8, ptr %23, i64 384
  %wide.load45 = load <16 x float>, ptr %32, align 4, !alias.scope !127, !noalias !132
  %33 = fadd contract <16 x float> %wide.load45, %wide.load46
  %34 = fadd reassoc contract <16 x float> %33, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %35 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %34)
  %p3.i.1.1 = getelementptr inbounds i8, ptr %10, i64 16
  %36 = getelementptr inbounds i8, ptr %23, i64 768
  %wide.load = load <16 x float>, ptr %36, align 4, !alias.scope !127, !noalias !132
  %37 = fadd contract <16 x float> %wide.load, %wide.load37
  %38 = fadd reassoc contract <16 x float> %37, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %39 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %38)
  %40 = insertelement <2 x float> poison, float %35, i64 0
  %41 = insertelement <2 x float> %40, float %39, i64 1
  %42 = fmul <2 x float> %41, <float 6.250000e-02, float 6.250000e-02>
  store <2 x float> %42, ptr %p3.i.1.1, align 4, !alias.scope !124, !noalias !133
  %parallel.next.i = add nsw i64 %parallel.i9, 1
  %exitcond24.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond24.not, label %k91.body.exit, label %parallel.body.i

k91.body.exit:                                    ; preds = %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k94(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !134)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !137)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !139)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !141)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k94.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 64
  %invariant.gep4 = getelementptr inbounds i8, ptr %b2, i64 64
  %4 = getelementptr inbounds i8, ptr %b1, i64 256
  %wide.load100 = load <16 x float>, ptr %invariant.gep4, align 4, !alias.scope !139, !noalias !143
  %wide.load87 = load <16 x float>, ptr %invariant.gep4, align 4, !alias.scope !139, !noalias !143
  %wide.load74 = load <16 x float>, ptr %invariant.gep4, align 4, !alias.scope !139, !noalias !143
  %5 = getelementptr inbounds i8, ptr %b2, i64 256
  %wide.load61 = load <16 x float>, ptr %5, align 4, !alias.scope !139, !noalias !143
  %6 = getelementptr inbounds i8, ptr %b2, i64 256
  %wide.load48 = load <16 x float>, ptr %6, align 4, !alias.scope !139, !noalias !143
  %7 = getelementptr inbounds i8, ptr %b2, i64 256
  %wide.load39 = load <16 x float>, ptr %7, align 4, !alias.scope !139, !noalias !143
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.lr.ph, %parallel.body.i
  %parallel.i10 = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i, %parallel.body.i ]
  %i1.i = urem i64 %parallel.i10, 1056
  %8 = udiv i64 %parallel.i10, 1056
  %.idx14.i = mul nuw nsw i64 %i1.i, 24
  %9 = getelementptr inbounds i8, ptr %b3, i64 %.idx14.i
  %.idx.i = mul i64 %8, 25344
  %10 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i
  %11 = getelementptr inbounds i8, ptr %10, i64 %.idx14.i
  %.idx = mul nuw nsw i64 %i1.i, 1152
  %12 = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx
  %v4.i = load float, ptr %9, align 4, !alias.scope !141, !noalias !144
  %broadcast.splatinsert101 = insertelement <16 x float> poison, float %v4.i, i64 0
  %broadcast.splat102 = shufflevector <16 x float> %broadcast.splatinsert101, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load99 = load <16 x float>, ptr %12, align 4, !alias.scope !137, !noalias !145
  %13 = fadd contract <16 x float> %wide.load99, %wide.load100
  %14 = fsub contract <16 x float> %13, %broadcast.splat102
  %15 = fmul contract <16 x float> %14, %14
  %16 = fadd reassoc contract <16 x float> %15, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %17 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %16)
  %18 = getelementptr inbounds i8, ptr %12, i64 384
  %p3.i.1 = getelementptr inbounds i8, ptr %9, i64 4
  %v4.i.1 = load float, ptr %p3.i.1, align 4, !alias.scope !141, !noalias !144
  %broadcast.splatinsert88 = insertelement <16 x float> poison, float %v4.i.1, i64 0
  %broadcast.splat89 = shufflevector <16 x float> %broadcast.splatinsert88, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load86 = load <16 x float>, ptr %18, align 4, !alias.scope !137, !noalias !145
  %19 = fadd contract <16 x float> %wide.load86, %wide.load87
  %20 = fsub contract <16 x float> %19, %broadcast.splat89
  %21 = fmul contract <16 x float> %20, %20
  %22 = fadd reassoc contract <16 x float> %21, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %23 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %22)
  %24 = getelementptr inbounds i8, ptr %12, i64 768
  %p3.i.2 = getelementptr inbounds i8, ptr %9, i64 8
  %v4.i.2 = load float, ptr %p3.i.2, align 4, !alias.scope !141, !noalias !144
  %broadcast.splatinsert75 = insertelement <16 x float> poison, float %v4.i.2, i64 0
  %broadcast.splat76 = shufflevector <16 x float> %broadcast.splatinsert75, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load73 = load <16 x float>, ptr %24, align 4, !alias.scope !137, !noalias !145
  %25 = fadd contract <16 x float> %wide.load73, %wide.load74
  %26 = fsub contract <16 x float> %25, %broadcast.splat76
  %27 = fmul contract <16 x float> %26, %26
  %28 = fadd reassoc contract <16 x float> %27, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %29 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %28)
  %30 = getelementptr inbounds i8, ptr %4, i64 %.idx
  %31 = getelementptr inbounds i8, ptr %9, i64 12
  %v4.i.113 = load float, ptr %31, align 4, !alias.scope !141, !noalias !144
  %broadcast.splatinsert62 = insertelement <16 x float> poison, float %v4.i.113, i64 0
  %broadcast.splat63 = shufflevector <16 x float> %broadcast.splatinsert62, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load60 = load <16 x float>, ptr %30, align 4, !alias.scope !137, !noalias !145
  %32 = fadd contract <16 x float> %wide.load60, %wide.load61
  %33 = fsub contract <16 x float> %32, %broadcast.splat63
  %34 = fmul contract <16 x float> %33, %33
  %35 = fadd reassoc contract <16 x float> %34, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %36 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %35)
  %37 = insertelement <4 x float> poison, float %17, i64 0
  %38 = insertelement <4 x float> %37, float %23, i64 1
  %39 = insertelement <4 x float> %38, float %29, i64 2
  %40 = insertelement <4 x float> %39, float %36, i64 3
  %41 = fmul <4 x float> %40, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  store <4 x float> %41, ptr %11, align 4, !alias.scope !134, !noalias !146
  %42 = getelementptr inbounds i8, ptr %30, i64 384
  %p3.i.1.1 = getelementptr inbounds i8, ptr %9, i64 16
  %v4.i.1.1 = load float, ptr %p3.i.1.1, align 4, !alias.scope !141, !noalias !144
  %broadcast.splatinsert49 = insertelement <16 x float> poison, float %v4.i.1.1, i64 0
  %broadcast.splat50 = shufflevector <16 x float> %broadcast.splatinsert49, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load47 = load <16 x float>, ptr %42, align 4, !alias.scope !137, !noalias !145
  %43 = fadd contract <16 x float> %wide.load47, %wide.load48
  %44 = fsub contract <16 x float> %43, %broadcast.splat50
  %45 = fmul contract <16 x float> %44, %44
  %46 = fadd reassoc contract <16 x float> %45, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %47 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %46)
  %p11.i.1.1 = getelementptr inbounds i8, ptr %11, i64 16
  %48 = getelementptr inbounds i8, ptr %30, i64 768
  %p3.i.2.1 = getelementptr inbounds i8, ptr %9, i64 20
  %v4.i.2.1 = load float, ptr %p3.i.2.1, align 4, !alias.scope !141, !noalias !144
  %broadcast.splatinsert = insertelement <16 x float> poison, float %v4.i.2.1, i64 0
  %broadcast.splat = shufflevector <16 x float> %broadcast.splatinsert, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load = load <16 x float>, ptr %48, align 4, !alias.scope !137, !noalias !145
  %49 = fadd contract <16 x float> %wide.load, %wide.load39
  %50 = fsub contract <16 x float> %49, %broadcast.splat
  %51 = fmul contract <16 x float> %50, %50
  %52 = fadd reassoc contract <16 x float> %51, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %53 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %52)
  %54 = insertelement <2 x float> poison, float %47, i64 0
  %55 = insertelement <2 x float> %54, float %53, i64 1
  %56 = fmul <2 x float> %55, <float 6.250000e-02, float 6.250000e-02>
  store <2 x float> %56, ptr %p11.i.1.1, align 4, !alias.scope !134, !noalias !146
  %parallel.next.i = add nsw i64 %parallel.i10, 1
  %exitcond26.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond26.not, label %k94.body.exit, label %parallel.body.i

k94.body.exit:                                    ; preds = %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k101(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  %slot4 = getelementptr i8, ptr %0, i64 32
  %b4 = load ptr, ptr %slot4, align 8
  %slot5 = getelementptr i8, ptr %0, i64 40
  %b5 = load ptr, ptr %slot5, align 8
  %slot6 = getelementptr i8, ptr %0, i64 48
  %b6 = load ptr, ptr %slot6, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !147)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !150)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !152)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !154)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !156)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !158)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !160)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k101.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 64
  %invariant.gep7 = getelementptr inbounds i8, ptr %b2, i64 64
  %v8.i = load float, ptr %b5, align 4, !alias.scope !158, !noalias !162
  %v10.i = load float, ptr %b6, align 4, !alias.scope !160, !noalias !163
  %p7.i.1 = getelementptr inbounds i8, ptr %b5, i64 4
  %v8.i.1 = load float, ptr %p7.i.1, align 4, !alias.scope !158, !noalias !162
  %p9.i.1 = getelementptr inbounds i8, ptr %b6, i64 4
  %v10.i.1 = load float, ptr %p9.i.1, align 4, !alias.scope !160, !noalias !163
  %p7.i.2 = getelementptr inbounds i8, ptr %b5, i64 8
  %v8.i.2 = load float, ptr %p7.i.2, align 4, !alias.scope !158, !noalias !162
  %p9.i.2 = getelementptr inbounds i8, ptr %b6, i64 8
  %v10.i.2 = load float, ptr %p9.i.2, align 4, !alias.scope !160, !noalias !163
  %p7.i.3 = getelementptr inbounds i8, ptr %b5, i64 12
  %v8.i.3 = load float, ptr %p7.i.3, align 4, !alias.scope !158, !noalias !162
  %p9.i.3 = getelementptr inbounds i8, ptr %b6, i64 12
  %v10.i.3 = load float, ptr %p9.i.3, align 4, !alias.scope !160, !noalias !163
  %p7.i.4 = getelementptr inbounds i8, ptr %b5, i64 16
  %v8.i.4 = load float, ptr %p7.i.4, align 4, !alias.scope !158, !noalias !162
  %p9.i.4 = getelementptr inbounds i8, ptr %b6, i64 16
  %v10.i.4 = load float, ptr %p9.i.4, align 4, !alias.scope !160, !noalias !163
  %p7.i.5 = getelementptr inbounds i8, ptr %b5, i64 20
  %v8.i.5 = load float, ptr %p7.i.5, align 4, !alias.scope !158, !noalias !162
  %p9.i.5 = getelementptr inbounds i8, ptr %b6, i64 20
  %v10.i.5 = load float, ptr %p9.i.5, align 4, !alias.scope !160, !noalias !163
  %p7.i.6 = getelementptr inbounds i8, ptr %b5, i64 24
  %v8.i.6 = load float, ptr %p7.i.6, align 4, !alias.scope !158, !noalias !162
  %p9.i.6 = getelementptr inbounds i8, ptr %b6, i64 24
  %v10.i.6 = load float, ptr %p9.i.6, align 4, !alias.scope !160, !noalias !163
  %p7.i.7 = getelementptr inbounds i8, ptr %b5, i64 28
  %v8.i.7 = load float, ptr %p7.i.7, align 4, !alias.scope !158, !noalias !162
  %p9.i.7 = getelementptr inbounds i8, ptr %b6, i64 28
  %v10.i.7 = load float, ptr %p9.i.7, align 4, !alias.scope !160, !noalias !163
  %p7.i.8 = getelementptr inbounds i8, ptr %b5, i64 32
  %v8.i.8 = load float, ptr %p7.i.8, align 4, !alias.scope !158, !noalias !162
  %p9.i.8 = getelementptr inbounds i8, ptr %b6, i64 32
  %v10.i.8 = load float, ptr %p9.i.8, align 4, !alias.scope !160, !noalias !163
  %p7.i.9 = getelementptr inbounds i8, ptr %b5, i64 36
  %v8.i.9 = load float, ptr %p7.i.9, align 4, !alias.scope !158, !noalias !162
  %p9.i.9 = getelementptr inbounds i8, ptr %b6, i64 36
  %v10.i.9 = load float, ptr %p9.i.9, align 4, !alias.scope !160, !noalias !163
  %p7.i.10 = getelementptr inbounds i8, ptr %b5, i64 40
  %v8.i.10 = load float, ptr %p7.i.10, align 4, !alias.scope !158, !noalias !162
  %p9.i.10 = getelementptr inbounds i8, ptr %b6, i64 40
  %v10.i.10 = load float, ptr %p9.i.10, align 4, !alias.scope !160, !noalias !163
  %p7.i.11 = getelementptr inbounds i8, ptr %b5, i64 44
  %v8.i.11 = load float, ptr %p7.i.11, align 4, !alias.scope !158, !noalias !162
  %p9.i.11 = getelementptr inbounds i8, ptr %b6, i64 44
  %v10.i.11 = load float, ptr %p9.i.11, align 4, !alias.scope !160, !noalias !163
  %p7.i.12 = getelementptr inbounds i8, ptr %b5, i64 48
  %v8.i.12 = load float, ptr %p7.i.12, align 4, !alias.scope !158, !noalias !162
  %p9.i.12 = getelementptr inbounds i8, ptr %b6, i64 48
  %v10.i.12 = load float, ptr %p9.i.12, align 4, !alias.scope !160, !noalias !163
  %p7.i.13 = getelementptr inbounds i8, ptr %b5, i64 52
  %v8.i.13 = load float, ptr %p7.i.13, align 4, !alias.scope !158, !noalias !162
  %p9.i.13 = getelementptr inbounds i8, ptr %b6, i64 52
  %v10.i.13 = load float, ptr %p9.i.13, align 4, !alias.scope !160, !noalias !163
  %p7.i.14 = getelementptr inbounds i8, ptr %b5, i64 56
  %v8.i.14 = load float, ptr %p7.i.14, align 4, !alias.scope !158, !noalias !162
  %p9.i.14 = getelementptr inbounds i8, ptr %b6, i64 56
  %v10.i.14 = load float, ptr %p9.i.14, align 4, !alias.scope !160, !noalias !163
  %p7.i.15 = getelementptr inbounds i8, ptr %b5, i64 60
  %v8.i.15 = load float, ptr %p7.i.15, align 4, !alias.scope !158, !noalias !162
  %p9.i.15 = getelementptr inbounds i8, ptr %b6, i64 60
  %v10.i.15 = load float, ptr %p9.i.15, align 4, !alias.scope !160, !noalias !163
  %broadcast.splatinsert20 = insertelement <4 x float> poison, float %v8.i, i64 0
  %broadcast.splat21 = shufflevector <4 x float> %broadcast.splatinsert20, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert22 = insertelement <4 x float> poison, float %v10.i, i64 0
  %broadcast.splat23 = shufflevector <4 x float> %broadcast.splatinsert22, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert27 = insertelement <4 x float> poison, float %v8.i.1, i64 0
  %broadcast.splat28 = shufflevector <4 x float> %broadcast.splatinsert27, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert29 = insertelement <4 x float> poison, float %v10.i.1, i64 0
  %broadcast.splat30 = shufflevector <4 x float> %broadcast.splatinsert29, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert34 = insertelement <4 x float> poison, float %v8.i.2, i64 0
  %broadcast.splat35 = shufflevector <4 x float> %broadcast.splatinsert34, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert36 = insertelement <4 x float> poison, float %v10.i.2, i64 0
  %broadcast.splat37 = shufflevector <4 x float> %broadcast.splatinsert36, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert41 = insertelement <4 x float> poison, float %v8.i.3, i64 0
  %broadcast.splat42 = shufflevector <4 x float> %broadcast.splatinsert41, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert43 = insertelement <4 x float> poison, float %v10.i.3, i64 0
  %broadcast.splat44 = shufflevector <4 x float> %broadcast.splatinsert43, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert48 = insertelement <4 x float> poison, float %v8.i.4, i64 0
  %broadcast.splat49 = shufflevector <4 x float> %broadcast.splatinsert48, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert50 = insertelement <4 x float> poison, float %v10.i.4, i64 0
  %broadcast.splat51 = shufflevector <4 x float> %broadcast.splatinsert50, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert55 = insertelement <4 x float> poison, float %v8.i.5, i64 0
  %broadcast.splat56 = shufflevector <4 x float> %broadcast.splatinsert55, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert57 = insertelement <4 x float> poison, float %v10.i.5, i64 0
  %broadcast.splat58 = shufflevector <4 x float> %broadcast.splatinsert57, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert62 = insertelement <4 x float> poison, float %v8.i.6, i64 0
  %broadcast.splat63 = shufflevector <4 x float> %broadcast.splatinsert62, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert64 = insertelement <4 x float> poison, float %v10.i.6, i64 0
  %broadcast.splat65 = shufflevector <4 x float> %broadcast.splatinsert64, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert69 = insertelement <4 x float> poison, float %v8.i.7, i64 0
  %broadcast.splat70 = shufflevector <4 x float> %broadcast.splatinsert69, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert71 = insertelement <4 x float> poison, float %v10.i.7, i64 0
  %broadcast.splat72 = shufflevector <4 x float> %broadcast.splatinsert71, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert76 = insertelement <4 x float> poison, float %v8.i.8, i64 0
  %broadcast.splat77 = shufflevector <4 x float> %broadcast.splatinsert76, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert78 = insertelement <4 x float> poison, float %v10.i.8, i64 0
  %broadcast.splat79 = shufflevector <4 x float> %broadcast.splatinsert78, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert83 = insertelement <4 x float> poison, float %v8.i.9, i64 0
  %broadcast.splat84 = shufflevector <4 x float> %broadcast.splatinsert83, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert85 = insertelement <4 x float> poison, float %v10.i.9, i64 0
  %broadcast.splat86 = shufflevector <4 x float> %broadcast.splatinsert85, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert90 = insertelement <4 x float> poison, float %v8.i.10, i64 0
  %broadcast.splat91 = shufflevector <4 x float> %broadcast.splatinsert90, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert92 = insertelement <4 x float> poison, float %v10.i.10, i64 0
  %broadcast.splat93 = shufflevector <4 x float> %broadcast.splatinsert92, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert97 = insertelement <4 x float> poison, float %v8.i.11, i64 0
  %broadcast.splat98 = shufflevector <4 x float> %broadcast.splatinsert97, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert99 = insertelement <4 x float> poison, float %v10.i.11, i64 0
  %broadcast.splat100 = shufflevector <4 x float> %broadcast.splatinsert99, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert104 = insertelement <4 x float> poison, float %v8.i.12, i64 0
  %broadcast.splat105 = shufflevector <4 x float> %broadcast.splatinsert104, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert106 = insertelement <4 x float> poison, float %v10.i.12, i64 0
  %broadcast.splat107 = shufflevector <4 x float> %broadcast.splatinsert106, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert111 = insertelement <4 x float> poison, float %v8.i.13, i64 0
  %broadcast.splat112 = shufflevector <4 x float> %broadcast.splatinsert111, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert113 = insertelement <4 x float> poison, float %v10.i.13, i64 0
  %broadcast.splat114 = shufflevector <4 x float> %broadcast.splatinsert113, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert118 = insertelement <4 x float> poison, float %v8.i.14, i64 0
  %broadcast.splat119 = shufflevector <4 x float> %broadcast.splatinsert118, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert120 = insertelement <4 x float> poison, float %v10.i.14, i64 0
  %broadcast.splat121 = shufflevector <4 x float> %broadcast.splatinsert120, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert125 = insertelement <4 x float> poison, float %v8.i.15, i64 0
  %broadcast.splat126 = shufflevector <4 x float> %broadcast.splatinsert125, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert127 = insertelement <4 x float> poison, float %v10.i.15, i64 0
  %broadcast.splat128 = shufflevector <4 x float> %broadcast.splatinsert127, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %invariant.gep132 = getelementptr inbounds i8, ptr %invariant.gep, <4 x i64> <i64 0, i64 384, i64 768, i64 1152>
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.lr.ph, %i2.exit.i
  %parallel.i12 = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i, %i2.exit.i ]
  %i1.i = urem i64 %parallel.i12, 1056
  %4 = udiv i64 %parallel.i12, 1056
  %5 = mul nuw nsw i64 %i1.i, 6
  %.idx = mul nuw nsw i64 %i1.i, 1152
  %.idx14 = mul i64 %4, 405504
  %6 = getelementptr inbounds i8, ptr %b0, i64 %.idx14
  %.idx15 = mul nuw nsw i64 %i1.i, 384
  %7 = getelementptr inbounds i8, ptr %6, i64 %.idx15
  %gep133 = getelementptr inbounds i8, <4 x ptr> %invariant.gep132, i64 %.idx
  %invariant.gep131 = getelementptr inbounds i8, ptr %7, <4 x i64> <i64 0, i64 64, i64 128, i64 192>
  br label %i3.header.i.preheader

i3.header.i.preheader:                            ; preds = %parallel.body.i, %i3.header.i.preheader
  %8 = phi i1 [ true, %parallel.body.i ], [ false, %i3.header.i.preheader ]
  %i2.i11 = phi i64 [ 0, %parallel.body.i ], [ 1, %i3.header.i.preheader ]
  %9 = mul nuw nsw i64 %i2.i11, 48
  %10 = mul nuw nsw i64 %i2.i11, 3
  %11 = add nuw nsw i64 %10, %5
  %12 = or disjoint i64 %9, 15
  %gep8.15 = getelementptr inbounds float, ptr %invariant.gep7, i64 %12
  %v2.i.15 = load float, ptr %gep8.15, align 4, !alias.scope !152, !noalias !164
  %13 = or disjoint i64 %9, 14
  %gep8.14 = getelementptr inbounds float, ptr %invariant.gep7, i64 %13
  %v2.i.14 = load float, ptr %gep8.14, align 4, !alias.scope !152, !noalias !164
  %14 = or disjoint i64 %9, 13
  %gep8.13 = getelementptr inbounds float, ptr %invariant.gep7, i64 %14
  %v2.i.13 = load float, ptr %gep8.13, align 4, !alias.scope !152, !noalias !164
  %15 = or disjoint i64 %9, 12
  %gep8.12 = getelementptr inbounds float, ptr %invariant.gep7, i64 %15
  %v2.i.12 = load float, ptr %gep8.12, align 4, !alias.scope !152, !noalias !164
  %16 = or disjoint i64 %9, 11
  %gep8.11 = getelementptr inbounds float, ptr %invariant.gep7, i64 %16
  %v2.i.11 = load float, ptr %gep8.11, align 4, !alias.scope !152, !noalias !164
  %17 = or disjoint i64 %9, 10
  %gep8.10 = getelementptr inbounds float, ptr %invariant.gep7, i64 %17
  %v2.i.10 = load float, ptr %gep8.10, align 4, !alias.scope !152, !noalias !164
  %18 = or disjoint i64 %9, 9
  %gep8.9 = getelementptr inbounds float, ptr %invariant.gep7, i64 %18
  %v2.i.9 = load float, ptr %gep8.9, align 4, !alias.scope !152, !noalias !164
  %19 = or disjoint i64 %9, 8
  %gep8.8 = getelementptr inbounds float, ptr %invariant.gep7, i64 %19
  %v2.i.8 = load float, ptr %gep8.8, align 4, !alias.scope !152, !noalias !164
  %20 = or disjoint i64 %9, 7
  %gep8.7 = getelementptr inbounds float, ptr %invariant.gep7, i64 %20
  %v2.i.7 = load float, ptr %gep8.7, align 4, !alias.scope !152, !noalias !164
  %21 = or disjoint i64 %9, 6
  %gep8.6 = getelementptr inbounds float, ptr %invariant.gep7, i64 %21
  %v2.i.6 = load float, ptr %gep8.6, align 4, !alias.scope !152, !noalias !164
  %22 = or disjoint i64 %9, 5
  %gep8.5 = getelementptr inbounds float, ptr %invariant.gep7, i64 %22
  %v2.i.5 = load float, ptr %gep8.5, align 4, !alias.scope !152, !noalias !164
  %23 = or disjoint i64 %9, 4
  %gep8.4 = getelementptr inbounds float, ptr %invariant.gep7, i64 %23
  %v2.i.4 = load float, ptr %gep8.4, align 4, !alias.scope !152, !noalias !164
  %24 = or disjoint i64 %9, 3
  %gep8.3 = getelementptr inbounds float, ptr %invariant.gep7, i64 %24
  %v2.i.3 = load float, ptr %gep8.3, align 4, !alias.scope !152, !noalias !164
  %25 = or disjoint i64 %9, 2
  %gep8.2 = getelementptr inbounds float, ptr %invariant.gep7, i64 %25
  %v2.i.2 = load float, ptr %gep8.2, align 4, !alias.scope !152, !noalias !164
  %26 = or disjoint i64 %9, 1
  %gep8.1 = getelementptr inbounds float, ptr %invariant.gep7, i64 %26
  %v2.i.1 = load float, ptr %gep8.1, align 4, !alias.scope !152, !noalias !164
  %gep8 = getelementptr inbounds float, ptr %invariant.gep7, i64 %9
  %v2.i = load float, ptr %gep8, align 4, !alias.scope !152, !noalias !164
  %broadcast.splatinsert = insertelement <4 x float> poison, float %v2.i, i64 0
  %broadcast.splat = shufflevector <4 x float> %broadcast.splatinsert, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert25 = insertelement <4 x float> poison, float %v2.i.1, i64 0
  %broadcast.splat26 = shufflevector <4 x float> %broadcast.splatinsert25, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert32 = insertelement <4 x float> poison, float %v2.i.2, i64 0
  %broadcast.splat33 = shufflevector <4 x float> %broadcast.splatinsert32, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert39 = insertelement <4 x float> poison, float %v2.i.3, i64 0
  %broadcast.splat40 = shufflevector <4 x float> %broadcast.splatinsert39, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert46 = insertelement <4 x float> poison, float %v2.i.4, i64 0
  %broadcast.splat47 = shufflevector <4 x float> %broadcast.splatinsert46, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert53 = insertelement <4 x float> poison, float %v2.i.5, i64 0
  %broadcast.splat54 = shufflevector <4 x float> %broadcast.splatinsert53, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert60 = insertelement <4 x float> poison, float %v2.i.6, i64 0
  %broadcast.splat61 = shufflevector <4 x float> %broadcast.splatinsert60, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert67 = insertelement <4 x float> poison, float %v2.i.7, i64 0
  %broadcast.splat68 = shufflevector <4 x float> %broadcast.splatinsert67, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert74 = insertelement <4 x float> poison, float %v2.i.8, i64 0
  %broadcast.splat75 = shufflevector <4 x float> %broadcast.splatinsert74, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert81 = insertelement <4 x float> poison, float %v2.i.9, i64 0
  %broadcast.splat82 = shufflevector <4 x float> %broadcast.splatinsert81, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert88 = insertelement <4 x float> poison, float %v2.i.10, i64 0
  %broadcast.splat89 = shufflevector <4 x float> %broadcast.splatinsert88, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert95 = insertelement <4 x float> poison, float %v2.i.11, i64 0
  %broadcast.splat96 = shufflevector <4 x float> %broadcast.splatinsert95, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert102 = insertelement <4 x float> poison, float %v2.i.12, i64 0
  %broadcast.splat103 = shufflevector <4 x float> %broadcast.splatinsert102, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert109 = insertelement <4 x float> poison, float %v2.i.13, i64 0
  %broadcast.splat110 = shufflevector <4 x float> %broadcast.splatinsert109, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert116 = insertelement <4 x float> poison, float %v2.i.14, i64 0
  %broadcast.splat117 = shufflevector <4 x float> %broadcast.splatinsert116, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert123 = insertelement <4 x float> poison, float %v2.i.15, i64 0
  %broadcast.splat124 = shufflevector <4 x float> %broadcast.splatinsert123, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %27 = getelementptr inbounds float, ptr %b3, i64 %11
  %wide.masked.load = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %27, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !154, !noalias !165
  %28 = getelementptr inbounds float, ptr %b4, i64 %11
  %wide.masked.load19 = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %28, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !156, !noalias !166
  %29 = fadd contract <4 x float> %wide.masked.load19, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %30 = tail call <4 x float> @llvm.sqrt.v4f32(<4 x float> %29)
  %31 = fdiv <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %30
  %gep130 = getelementptr inbounds float, <4 x ptr> %gep133, i64 %9
  %wide.masked.gather = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %gep130, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %32 = fadd contract <4 x float> %wide.masked.gather, %broadcast.splat
  %33 = fsub contract <4 x float> %32, %wide.masked.load
  %34 = fmul contract <4 x float> %33, %31
  %35 = fmul contract <4 x float> %broadcast.splat21, %34
  %36 = fadd contract <4 x float> %broadcast.splat23, %35
  %gep = getelementptr inbounds float, <4 x ptr> %invariant.gep131, i64 %9
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %36, <4 x ptr> %gep, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %37 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 4
  %wide.masked.gather24 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %37, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %38 = fadd contract <4 x float> %wide.masked.gather24, %broadcast.splat26
  %39 = fsub contract <4 x float> %38, %wide.masked.load
  %40 = fmul contract <4 x float> %39, %31
  %41 = fmul contract <4 x float> %broadcast.splat28, %40
  %42 = fadd contract <4 x float> %broadcast.splat30, %41
  %43 = getelementptr inbounds i8, <4 x ptr> %gep, i64 4
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %42, <4 x ptr> %43, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %44 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 8
  %wide.masked.gather31 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %44, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %45 = fadd contract <4 x float> %wide.masked.gather31, %broadcast.splat33
  %46 = fsub contract <4 x float> %45, %wide.masked.load
  %47 = fmul contract <4 x float> %46, %31
  %48 = fmul contract <4 x float> %broadcast.splat35, %47
  %49 = fadd contract <4 x float> %broadcast.splat37, %48
  %50 = getelementptr inbounds i8, <4 x ptr> %gep, i64 8
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %49, <4 x ptr> %50, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %51 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 12
  %wide.masked.gather38 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %51, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %52 = fadd contract <4 x float> %wide.masked.gather38, %broadcast.splat40
  %53 = fsub contract <4 x float> %52, %wide.masked.load
  %54 = fmul contract <4 x float> %53, %31
  %55 = fmul contract <4 x float> %broadcast.splat42, %54
  %56 = fadd contract <4 x float> %broadcast.splat44, %55
  %57 = getelementptr inbounds i8, <4 x ptr> %gep, i64 12
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %56, <4 x ptr> %57, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %58 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 16
  %wide.masked.gather45 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %58, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %59 = fadd contract <4 x float> %wide.masked.gather45, %broadcast.splat47
  %60 = fsub contract <4 x float> %59, %wide.masked.load
  %61 = fmul contract <4 x float> %60, %31
  %62 = fmul contract <4 x float> %broadcast.splat49, %61
  %63 = fadd contract <4 x float> %broadcast.splat51, %62
  %64 = getelementptr inbounds i8, <4 x ptr> %gep, i64 16
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %63, <4 x ptr> %64, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %65 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 20
  %wide.masked.gather52 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %65, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %66 = fadd contract <4 x float> %wide.masked.gather52, %broadcast.splat54
  %67 = fsub contract <4 x float> %66, %wide.masked.load
  %68 = fmul contract <4 x float> %67, %31
  %69 = fmul contract <4 x float> %broadcast.splat56, %68
  %70 = fadd contract <4 x float> %broadcast.splat58, %69
  %71 = getelementptr inbounds i8, <4 x ptr> %gep, i64 20
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %70, <4 x ptr> %71, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %72 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 24
  %wide.masked.gather59 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %72, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %73 = fadd contract <4 x float> %wide.masked.gather59, %broadcast.splat61
  %74 = fsub contract <4 x float> %73, %wide.masked.load
  %75 = fmul contract <4 x float> %74, %31
  %76 = fmul contract <4 x float> %broadcast.splat63, %75
  %77 = fadd contract <4 x float> %broadcast.splat65, %76
  %78 = getelementptr inbounds i8, <4 x ptr> %gep, i64 24
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %77, <4 x ptr> %78, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %79 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 28
  %wide.masked.gather66 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %79, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %80 = fadd contract <4 x float> %wide.masked.gather66, %broadcast.splat68
  %81 = fsub contract <4 x float> %80, %wide.masked.load
  %82 = fmul contract <4 x float> %81, %31
  %83 = fmul contract <4 x float> %broadcast.splat70, %82
  %84 = fadd contract <4 x float> %broadcast.splat72, %83
  %85 = getelementptr inbounds i8, <4 x ptr> %gep, i64 28
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %84, <4 x ptr> %85, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %86 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 32
  %wide.masked.gather73 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %86, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %87 = fadd contract <4 x float> %wide.masked.gather73, %broadcast.splat75
  %88 = fsub contract <4 x float> %87, %wide.masked.load
  %89 = fmul contract <4 x float> %88, %31
  %90 = fmul contract <4 x float> %broadcast.splat77, %89
  %91 = fadd contract <4 x float> %broadcast.splat79, %90
  %92 = getelementptr inbounds i8, <4 x ptr> %gep, i64 32
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %91, <4 x ptr> %92, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %93 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 36
  %wide.masked.gather80 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %93, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %94 = fadd contract <4 x float> %wide.masked.gather80, %broadcast.splat82
  %95 = fsub contract <4 x float> %94, %wide.masked.load
  %96 = fmul contract <4 x float> %95, %31
  %97 = fmul contract <4 x float> %broadcast.splat84, %96
  %98 = fadd contract <4 x float> %broadcast.splat86, %97
  %99 = getelementptr inbounds i8, <4 x ptr> %gep, i64 36
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %98, <4 x ptr> %99, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %100 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 40
  %wide.masked.gather87 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %100, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %101 = fadd contract <4 x float> %wide.masked.gather87, %broadcast.splat89
  %102 = fsub contract <4 x float> %101, %wide.masked.load
  %103 = fmul contract <4 x float> %102, %31
  %104 = fmul contract <4 x float> %broadcast.splat91, %103
  %105 = fadd contract <4 x float> %broadcast.splat93, %104
  %106 = getelementptr inbounds i8, <4 x ptr> %gep, i64 40
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %105, <4 x ptr> %106, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %107 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 44
  %wide.masked.gather94 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %107, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %108 = fadd contract <4 x float> %wide.masked.gather94, %broadcast.splat96
  %109 = fsub contract <4 x float> %108, %wide.masked.load
  %110 = fmul contract <4 x float> %109, %31
  %111 = fmul contract <4 x float> %broadcast.splat98, %110
  %112 = fadd contract <4 x float> %broadcast.splat100, %111
  %113 = getelementptr inbounds i8, <4 x ptr> %gep, i64 44
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %112, <4 x ptr> %113, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %114 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 48
  %wide.masked.gather101 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %114, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %115 = fadd contract <4 x float> %wide.masked.gather101, %broadcast.splat103
  %116 = fsub contract <4 x float> %115, %wide.masked.load
  %117 = fmul contract <4 x float> %116, %31
  %118 = fmul contract <4 x float> %broadcast.splat105, %117
  %119 = fadd contract <4 x float> %broadcast.splat107, %118
  %120 = getelementptr inbounds i8, <4 x ptr> %gep, i64 48
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %119, <4 x ptr> %120, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %121 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 52
  %wide.masked.gather108 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %121, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %122 = fadd contract <4 x float> %wide.masked.gather108, %broadcast.splat110
  %123 = fsub contract <4 x float> %122, %wide.masked.load
  %124 = fmul contract <4 x float> %123, %31
  %125 = fmul contract <4 x float> %broadcast.splat112, %124
  %126 = fadd contract <4 x float> %broadcast.splat114, %125
  %127 = getelementptr inbounds i8, <4 x ptr> %gep, i64 52
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %126, <4 x ptr> %127, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %128 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 56
  %wide.masked.gather115 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %128, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %129 = fadd contract <4 x float> %wide.masked.gather115, %broadcast.splat117
  %130 = fsub contract <4 x float> %129, %wide.masked.load
  %131 = fmul contract <4 x float> %130, %31
  %132 = fmul contract <4 x float> %broadcast.splat119, %131
  %133 = fadd contract <4 x float> %broadcast.splat121, %132
  %134 = getelementptr inbounds i8, <4 x ptr> %gep, i64 56
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %133, <4 x ptr> %134, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  %135 = getelementptr inbounds i8, <4 x ptr> %gep130, i64 60
  %wide.masked.gather122 = tail call <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr> %135, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison), !alias.scope !150, !noalias !167
  %136 = fadd contract <4 x float> %wide.masked.gather122, %broadcast.splat124
  %137 = fsub contract <4 x float> %136, %wide.masked.load
  %138 = fmul contract <4 x float> %137, %31
  %139 = fmul contract <4 x float> %broadcast.splat126, %138
  %140 = fadd contract <4 x float> %broadcast.splat128, %139
  %141 = getelementptr inbounds i8, <4 x ptr> %gep, i64 60
  tail call void @llvm.masked.scatter.v4f32.v4p0(<4 x float> %140, <4 x ptr> %141, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>), !alias.scope !147, !noalias !168
  br i1 %8, label %i3.header.i.preheader, label %i2.exit.i

i2.exit.i:                                        ; preds = %i3.header.i.preheader
  %parallel.next.i = add nsw i64 %parallel.i12, 1
  %exitcond17.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond17.not, label %k101.body.exit, label %parallel.body.i

k101.body.exit:                                   ; preds = %i2.exit.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k102(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !169)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !172)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !174)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k102.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 128
  %invariant.gep3 = getelementptr inbounds i8, ptr %b2, i64 128
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %i4.header.i.preheader.prol

i4.header.i.preheader.prol:                       ; preds = %parallel.body.i.lr.ph
  %5 = udiv i64 %1, 1056
  %.idx10.prol = mul i64 %5, 405504
  %6 = getelementptr inbounds i8, ptr %b0, i64 %.idx10.prol
  %i1.i.prol = urem i64 %1, 1056
  %.idx11.prol = mul nuw nsw i64 %i1.i.prol, 384
  %7 = getelementptr inbounds i8, ptr %6, i64 %.idx11.prol
  %.idx.prol = mul nuw nsw i64 %i1.i.prol, 1152
  %invariant.gep27.prol = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx.prol
  %8 = load <16 x float>, ptr %invariant.gep27.prol, align 4, !alias.scope !172, !noalias !176
  %9 = load <16 x float>, ptr %invariant.gep3, align 4, !alias.scope !174, !noalias !177
  %10 = fadd contract <16 x float> %8, %9
  store <16 x float> %10, ptr %7, align 4, !alias.scope !169, !noalias !178
  %11 = getelementptr inbounds i8, ptr %invariant.gep27.prol, i64 384
  %12 = getelementptr inbounds i8, ptr %7, i64 64
  %13 = load <16 x float>, ptr %11, align 4, !alias.scope !172, !noalias !176
  %14 = getelementptr inbounds i8, ptr %invariant.gep27.prol, i64 768
  %15 = getelementptr inbounds i8, ptr %7, i64 128
  %16 = load <16 x float>, ptr %invariant.gep3, align 4, !alias.scope !174, !noalias !177
  %17 = shufflevector <16 x float> %16, <16 x float> %9, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 30, i32 31>
  %18 = fadd contract <16 x float> %13, %17
  store <16 x float> %18, ptr %12, align 4, !alias.scope !169, !noalias !178
  %19 = load <16 x float>, ptr %14, align 4, !alias.scope !172, !noalias !176
  %20 = fadd contract <16 x float> %19, %16
  store <16 x float> %20, ptr %15, align 4, !alias.scope !169, !noalias !178
  %gep.1.prol = getelementptr inbounds i8, ptr %invariant.gep27.prol, i64 192
  %gep4.1.prol = getelementptr inbounds i8, ptr %b2, i64 320
  %21 = getelementptr inbounds i8, ptr %7, i64 192
  %22 = load <16 x float>, ptr %gep.1.prol, align 4, !alias.scope !172, !noalias !176
  %23 = load <16 x float>, ptr %gep4.1.prol, align 4, !alias.scope !174, !noalias !177
  %24 = fadd contract <16 x float> %22, %23
  store <16 x float> %24, ptr %21, align 4, !alias.scope !169, !noalias !178
  %25 = getelementptr inbounds i8, ptr %invariant.gep27.prol, i64 576
  %26 = getelementptr inbounds i8, ptr %7, i64 256
  %27 = load <16 x float>, ptr %25, align 4, !alias.scope !172, !noalias !176
  %28 = getelementptr inbounds i8, ptr %invariant.gep27.prol, i64 960
  %29 = getelementptr inbounds i8, ptr %7, i64 320
  %30 = load <16 x float>, ptr %gep4.1.prol, align 4, !alias.scope !174, !noalias !177
  %31 = shufflevector <16 x float> %30, <16 x float> %23, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 30, i32 31>
  %32 = fadd contract <16 x float> %27, %31
  store <16 x float> %32, ptr %26, align 4, !alias.scope !169, !noalias !178
  %33 = load <16 x float>, ptr %28, align 4, !alias.scope !172, !noalias !176
  %34 = fadd contract <16 x float> %33, %30
  store <16 x float> %34, ptr %29, align 4, !alias.scope !169, !noalias !178
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %i4.header.i.preheader.prol, %parallel.body.i.lr.ph
  %parallel.i8.unr = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i.prol, %i4.header.i.preheader.prol ]
  %35 = add i64 %2, -1
  %36 = icmp eq i64 %35, %1
  br i1 %36, label %k102.body.exit, label %parallel.body.i.lr.ph.new

parallel.body.i.lr.ph.new:                        ; preds = %parallel.body.i.prol.loopexit
  %37 = load <16 x float>, ptr %invariant.gep3, align 4, !alias.scope !174, !noalias !177
  %gep4.1 = getelementptr inbounds i8, ptr %b2, i64 320
  %38 = load <16 x float>, ptr %gep4.1, align 4, !alias.scope !174, !noalias !177
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i, %parallel.body.i.lr.ph.new
  %parallel.i8 = phi i64 [ %parallel.i8.unr, %parallel.body.i.lr.ph.new ], [ %parallel.next.i.1, %parallel.body.i ]
  %39 = udiv i64 %parallel.i8, 1056
  %.idx10 = mul i64 %39, 405504
  %40 = getelementptr inbounds i8, ptr %b0, i64 %.idx10
  %i1.i = urem i64 %parallel.i8, 1056
  %.idx11 = mul nuw nsw i64 %i1.i, 384
  %41 = getelementptr inbounds i8, ptr %40, i64 %.idx11
  %.idx = mul nuw nsw i64 %i1.i, 1152
  %invariant.gep27 = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx
  %42 = load <16 x float>, ptr %invariant.gep27, align 4, !alias.scope !172, !noalias !176
  %43 = fadd contract <16 x float> %42, %37
  store <16 x float> %43, ptr %41, align 4, !alias.scope !169, !noalias !178
  %44 = getelementptr inbounds i8, ptr %invariant.gep27, i64 384
  %45 = getelementptr inbounds i8, ptr %41, i64 64
  %46 = load <16 x float>, ptr %44, align 4, !alias.scope !172, !noalias !176
  %47 = getelementptr inbounds i8, ptr %invariant.gep27, i64 768
  %48 = getelementptr inbounds i8, ptr %41, i64 128
  %49 = fadd contract <16 x float> %46, %37
  store <16 x float> %49, ptr %45, align 4, !alias.scope !169, !noalias !178
  %50 = load <16 x float>, ptr %47, align 4, !alias.scope !172, !noalias !176
  %51 = fadd contract <16 x float> %50, %37
  store <16 x float> %51, ptr %48, align 4, !alias.scope !169, !noalias !178
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep27, i64 192
  %52 = getelementptr inbounds i8, ptr %41, i64 192
  %53 = load <16 x float>, ptr %gep.1, align 4, !alias.scope !172, !noalias !176
  %54 = fadd contract <16 x float> %53, %38
  store <16 x float> %54, ptr %52, align 4, !alias.scope !169, !noalias !178
  %55 = getelementptr inbounds i8, ptr %invariant.gep27, i64 576
  %56 = getelementptr inbounds i8, ptr %41, i64 256
  %57 = load <16 x float>, ptr %55, align 4, !alias.scope !172, !noalias !176
  %58 = getelementptr inbounds i8, ptr %invariant.gep27, i64 960
  %59 = getelementptr inbounds i8, ptr %41, i64 320
  %60 = fadd contract <16 x float> %57, %38
  store <16 x float> %60, ptr %56, align 4, !alias.scope !169, !noalias !178
  %61 = load <16 x float>, ptr %58, align 4, !alias.scope !172, !noalias !176
  %62 = fadd contract <16 x float> %61, %38
  store <16 x float> %62, ptr %59, align 4, !alias.scope !169, !noalias !178
  %parallel.next.i = add nsw i64 %parallel.i8, 1
  %63 = udiv i64 %parallel.next.i, 1056
  %.idx10.1 = mul i64 %63, 405504
  %64 = getelementptr inbounds i8, ptr %b0, i64 %.idx10.1
  %i1.i.1 = urem i64 %parallel.next.i, 1056
  %.idx11.1 = mul nuw nsw i64 %i1.i.1, 384
  %65 = getelementptr inbounds i8, ptr %64, i64 %.idx11.1
  %.idx.1 = mul nuw nsw i64 %i1.i.1, 1152
  %invariant.gep27.1 = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx.1
  %66 = load <16 x float>, ptr %invariant.gep27.1, align 4, !alias.scope !172, !noalias !176
  %67 = fadd contract <16 x float> %66, %37
  store <16 x float> %67, ptr %65, align 4, !alias.scope !169, !noalias !178
  %68 = getelementptr inbounds i8, ptr %invariant.gep27.1, i64 384
  %69 = getelementptr inbounds i8, ptr %65, i64 64
  %70 = load <16 x float>, ptr %68, align 4, !alias.scope !172, !noalias !176
  %71 = getelementptr inbounds i8, ptr %invariant.gep27.1, i64 768
  %72 = getelementptr inbounds i8, ptr %65, i64 128
  %73 = fadd contract <16 x float> %70, %37
  store <16 x float> %73, ptr %69, align 4, !alias.scope !169, !noalias !178
  %74 = load <16 x float>, ptr %71, align 4, !alias.scope !172, !noalias !176
  %75 = fadd contract <16 x float> %74, %37
  store <16 x float> %75, ptr %72, align 4, !alias.scope !169, !noalias !178
  %gep.1.1 = getelementptr inbounds i8, ptr %invariant.gep27.1, i64 192
  %76 = getelementptr inbounds i8, ptr %65, i64 192
  %77 = load <16 x float>, ptr %gep.1.1, align 4, !alias.scope !172, !noalias !176
  %78 = fadd contract <16 x float> %77, %38
  store <16 x float> %78, ptr %76, align 4, !alias.scope !169, !noalias !178
  %79 = getelementptr inbounds i8, ptr %invariant.gep27.1, i64 576
  %80 = getelementptr inbounds i8, ptr %65, i64 256
  %81 = load <16 x float>, ptr %79, align 4, !alias.scope !172, !noalias !176
  %82 = getelementptr inbounds i8, ptr %invariant.gep27.1, i64 960
  %83 = getelementptr inbounds i8, ptr %65, i64 320
  %84 = fadd contract <16 x float> %81, %38
  store <16 x float> %84, ptr %80, align 4, !alias.scope !169, !noalias !178
  %85 = load <16 x float>, ptr %82, align 4, !alias.scope !172, !noalias !176
  %86 = fadd contract <16 x float> %85, %38
  store <16 x float> %86, ptr %83, align 4, !alias.scope !169, !noalias !178
  %parallel.next.i.1 = add nsw i64 %parallel.i8, 2
  %exitcond.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond.not.1, label %k102.body.exit, label %parallel.body.i

k102.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nofree norecurse nosync nounwind
define i32 @k116(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !179)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !182)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !184)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i, label %k116.body.exit

parallel.body.i:                                  ; preds = %entry, %i2.exit.i
  %parallel.i16 = phi i64 [ %parallel.next.i, %i2.exit.i ], [ %1, %entry ]
  %status.0.i15 = phi i32 [ %status.8.i.2, %i2.exit.i ], [ 0, %entry ]
  %i1.i = urem i64 %parallel.i16, 1056
  %4 = udiv i64 %parallel.i16, 1056
  %.idx56.i = mul i64 %4, 76032
  %5 = getelementptr inbounds i8, ptr %b2, i64 %.idx56.i
  %.idx57.i = mul nuw nsw i64 %i1.i, 72
  %6 = getelementptr inbounds i8, ptr %5, i64 %.idx57.i
  %7 = mul nuw nsw i64 %4, 19008
  %8 = mul nuw nsw i64 %i1.i, 18
  %9 = add nuw nsw i64 %7, %8
  br label %i3.header.i.preheader

i3.header.i.preheader:                            ; preds = %parallel.body.i, %i3.exit.i
  %10 = phi i1 [ true, %parallel.body.i ], [ false, %i3.exit.i ]
  %i2.i14 = phi i64 [ 0, %parallel.body.i ], [ 1, %i3.exit.i ]
  %status.1.i13 = phi i32 [ %status.0.i15, %parallel.body.i ], [ %status.8.i.2, %i3.exit.i ]
  %.idx58.i = mul nuw nsw i64 %i2.i14, 36
  %11 = getelementptr inbounds i8, ptr %6, i64 %.idx58.i
  %12 = mul nuw nsw i64 %i2.i14, 9
  %13 = add nuw nsw i64 %9, %12
  %invariant.gep23 = getelementptr inbounds float, ptr %b1, i64 %i2.i14
  %invariant.gep25 = getelementptr inbounds float, ptr %b1, i64 %i2.i14
  %invariant.gep27 = getelementptr inbounds float, ptr %b1, i64 %i2.i14
  %invariant.gep = getelementptr inbounds float, ptr %b1, i64 %i2.i14
  %invariant.gep29 = getelementptr inbounds float, ptr %b1, i64 %i2.i14
  %invariant.gep31 = getelementptr inbounds float, ptr %b1, i64 %i2.i14
  %invariant.gep33 = getelementptr inbounds float, ptr %b1, i64 %i2.i14
  br label %i5.header.i.preheader

i2.exit.i:                                        ; preds = %i3.exit.i
  %parallel.next.i = add nsw i64 %parallel.i16, 1
  %exitcond22.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond22.not, label %k116.body.exit, label %parallel.body.i

i5.header.i.preheader:                            ; preds = %i3.header.i.preheader, %guard.done42.i.2
  %i3.i12 = phi i64 [ 0, %i3.header.i.preheader ], [ %i3.next.i, %guard.done42.i.2 ]
  %status.2.i11 = phi i32 [ %status.1.i13, %i3.header.i.preheader ], [ %status.8.i.2, %guard.done42.i.2 ]
  %14 = mul nuw nsw i64 %i3.i12, 3
  %15 = getelementptr inbounds float, ptr %11, i64 %14
  %p.i = getelementptr inbounds i8, ptr @k116.c1, i64 %14
  %v.i = load i8, ptr %p.i, align 1, !noalias !186
  %bool.not.i = icmp eq i8 %v.i, 0
  %v2.i = load float, ptr %15, align 4, !alias.scope !184, !noalias !187
  %16 = fmul contract float %v2.i, 2.500000e-01
  %p3.i = getelementptr inbounds i64, ptr @k116.c0, i64 %14
  %v4.i = load i64, ptr %p3.i, align 8, !noalias !186
  %17 = icmp ult i64 %v4.i, 32
  br i1 %17, label %guard.then.i, label %guard.done.i

i3.exit.i:                                        ; preds = %guard.done42.i.2
  br i1 %10, label %i3.header.i.preheader, label %i2.exit.i

guard.then.i:                                     ; preds = %i5.header.i.preheader
  %.idx = shl nuw nsw i64 %v4.i, 3
  %gep24 = getelementptr inbounds i8, ptr %invariant.gep23, i64 %.idx
  %v10.i = load float, ptr %gep24, align 4, !alias.scope !182, !noalias !188
  br label %guard.done.i

guard.done.i:                                     ; preds = %i5.header.i.preheader, %guard.then.i
  %status.4.i = phi i32 [ %status.2.i11, %guard.then.i ], [ 1, %i5.header.i.preheader ]
  %guarded.i = phi float [ %v10.i, %guard.then.i ], [ 0.000000e+00, %i5.header.i.preheader ]
  %18 = fadd contract float %16, %guarded.i
  %19 = select i1 %bool.not.i, float %18, float 0xFFF0000000000000
  %20 = add nuw nsw i64 %14, 1
  %p.i.1 = getelementptr inbounds i8, ptr @k116.c1, i64 %20
  %v.i.1 = load i8, ptr %p.i.1, align 1, !noalias !186
  %bool.not.i.1 = icmp eq i8 %v.i.1, 0
  %p1.i.1 = getelementptr inbounds i8, ptr %15, i64 4
  %v2.i.1 = load float, ptr %p1.i.1, align 4, !alias.scope !184, !noalias !187
  %21 = fmul contract float %v2.i.1, 2.500000e-01
  %p3.i.1 = getelementptr inbounds i64, ptr @k116.c0, i64 %20
  %v4.i.1 = load i64, ptr %p3.i.1, align 8, !noalias !186
  %22 = icmp ult i64 %v4.i.1, 32
  br i1 %22, label %guard.then.i.1, label %guard.done.i.1

guard.then.i.1:                                   ; preds = %guard.done.i
  %.idx.1 = shl nuw nsw i64 %v4.i.1, 3
  %gep26 = getelementptr inbounds i8, ptr %invariant.gep25, i64 %.idx.1
  %v10.i.1 = load float, ptr %gep26, align 4, !alias.scope !182, !noalias !188
  br label %guard.done.i.1

guard.done.i.1:                                   ; preds = %guard.done.i, %guard.then.i.1
  %status.4.i.1 = phi i32 [ %status.4.i, %guard.then.i.1 ], [ 1, %guard.done.i ]
  %guarded.i.1 = phi float [ %v10.i.1, %guard.then.i.1 ], [ 0.000000e+00, %guard.done.i ]
  %23 = fadd contract float %21, %guarded.i.1
  %24 = select i1 %bool.not.i.1, float %23, float 0xFFF0000000000000
  %25 = tail call float @llvm.maximum.f32(float %19, float %24)
  %26 = add nuw nsw i64 %14, 2
  %p.i.2 = getelementptr inbounds i8, ptr @k116.c1, i64 %26
  %v.i.2 = load i8, ptr %p.i.2, align 1, !noalias !186
  %bool.not.i.2 = icmp eq i8 %v.i.2, 0
  %p1.i.2 = getelementptr inbounds i8, ptr %15, i64 8
  %v2.i.2 = load float, ptr %p1.i.2, align 4, !alias.scope !184, !noalias !187
  %27 = fmul contract float %v2.i.2, 2.500000e-01
  %p3.i.2 = getelementptr inbounds i64, ptr @k116.c0, i64 %26
  %v4.i.2 = load i64, ptr %p3.i.2, align 8, !noalias !186
  %28 = icmp ult i64 %v4.i.2, 32
  br i1 %28, label %guard.then.i.2, label %guard.done.i.2

guard.then.i.2:                                   ; preds = %guard.done.i.1
  %.idx.2 = shl nuw nsw i64 %v4.i.2, 3
  %gep28 = getelementptr inbounds i8, ptr %invariant.gep27, i64 %.idx.2
  %v10.i.2 = load float, ptr %gep28, align 4, !alias.scope !182, !noalias !188
  br label %guard.done.i.2

guard.done.i.2:                                   ; preds = %guard.done.i.1, %guard.then.i.2
  %status.4.i.2 = phi i32 [ %status.4.i.1, %guard.then.i.2 ], [ 1, %guard.done.i.1 ]
  %guarded.i.2 = phi float [ %v10.i.2, %guard.then.i.2 ], [ 0.000000e+00, %guard.done.i.1 ]
  %29 = fadd contract float %27, %guarded.i.2
  %30 = select i1 %bool.not.i.2, float %29, float 0xFFF0000000000000
  %31 = tail call float @llvm.maximum.f32(float %25, float %30)
  br label %i6.body.i

i4.header.i.preheader:                            ; preds = %guard.done23.i
  %32 = add nuw nsw i64 %13, %14
  %p34.i = getelementptr inbounds float, ptr %b2, i64 %32
  %v35.i = load float, ptr %p34.i, align 4, !alias.scope !184, !noalias !187
  %33 = fmul contract float %v35.i, 2.500000e-01
  br i1 %17, label %guard.then40.i, label %guard.done42.i

i6.body.i:                                        ; preds = %guard.done.i.2, %guard.done23.i
  %i6.i8 = phi i64 [ 0, %guard.done.i.2 ], [ %i6.next.i, %guard.done23.i ]
  %acc11.0.i7 = phi float [ 0.000000e+00, %guard.done.i.2 ], [ %66, %guard.done23.i ]
  %status.5.i6 = phi i32 [ %status.4.i.2, %guard.done.i.2 ], [ %status.6.i, %guard.done23.i ]
  %34 = add nuw nsw i64 %i6.i8, %14
  %p12.i = getelementptr inbounds i8, ptr @k116.c1, i64 %34
  %v13.i = load i8, ptr %p12.i, align 1, !noalias !186
  %bool14.not.i = icmp eq i8 %v13.i, 0
  %p15.i = getelementptr inbounds float, ptr %15, i64 %i6.i8
  %v16.i = load float, ptr %p15.i, align 4, !alias.scope !184, !noalias !187
  %35 = fmul contract float %v16.i, 2.500000e-01
  %p17.i = getelementptr inbounds i64, ptr @k116.c0, i64 %34
  %v18.i = load i64, ptr %p17.i, align 8, !noalias !186
  %36 = icmp ult i64 %v18.i, 32
  br i1 %36, label %guard.then21.i, label %guard.done23.i

guard.then21.i:                                   ; preds = %i6.body.i
  %.idx17 = shl nuw nsw i64 %v18.i, 3
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx17
  %v27.i = load float, ptr %gep, align 4, !alias.scope !182, !noalias !188
  br label %guard.done23.i

guard.done23.i:                                   ; preds = %i6.body.i, %guard.then21.i
  %status.6.i = phi i32 [ %status.5.i6, %guard.then21.i ], [ 1, %i6.body.i ]
  %guarded29.i = phi float [ %v27.i, %guard.then21.i ], [ 0.000000e+00, %i6.body.i ]
  %37 = fadd contract float %35, %guarded29.i
  %38 = select i1 %bool14.not.i, float %37, float 0xFFF0000000000000
  %39 = fsub contract float %38, %31
  %40 = tail call float @llvm.maxnum.f32(float %39, float -1.040000e+02)
  %41 = tail call float @llvm.minnum.f32(float %40, float 8.900000e+01)
  %42 = fmul float %41, 0x3FF7154760000000
  %43 = tail call float @llvm.roundeven.f32(float %42)
  %44 = tail call float @llvm.fmuladd.f32(float %43, float 0xBFE6300000000000, float %41)
  %45 = tail call float @llvm.fmuladd.f32(float %43, float 0x3F2BD01060000000, float %44)
  %46 = tail call float @llvm.fmuladd.f32(float %45, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %47 = tail call float @llvm.fmuladd.f32(float %46, float %45, float 0x3F81112100000000)
  %48 = tail call float @llvm.fmuladd.f32(float %47, float %45, float 0x3FA5553820000000)
  %49 = tail call float @llvm.fmuladd.f32(float %48, float %45, float 0x3FC5555540000000)
  %50 = tail call float @llvm.fmuladd.f32(float %49, float %45, float 5.000000e-01)
  %51 = fmul float %45, %45
  %52 = tail call float @llvm.fmuladd.f32(float %50, float %51, float %45)
  %53 = fadd float %52, 1.000000e+00
  %54 = fptosi float %43 to i32
  %55 = ashr i32 %54, 1
  %56 = sub i32 %54, %55
  %57 = shl i32 %55, 23
  %58 = add i32 %57, 1065353216
  %59 = bitcast i32 %58 to float
  %60 = fmul float %53, %59
  %61 = shl i32 %56, 23
  %62 = add i32 %61, 1065353216
  %63 = bitcast i32 %62 to float
  %64 = fmul float %60, %63
  %65 = fcmp uno float %39, 0.000000e+00
  %exp.i = select i1 %65, float %39, float %64
  %66 = fadd reassoc contract float %acc11.0.i7, %exp.i
  %i6.next.i = add nuw nsw i64 %i6.i8, 1
  %exitcond.not = icmp eq i64 %i6.next.i, 3
  br i1 %exitcond.not, label %i4.header.i.preheader, label %i6.body.i, !llvm.loop !189

guard.then40.i:                                   ; preds = %i4.header.i.preheader
  %.idx18 = shl nuw nsw i64 %v4.i, 3
  %gep30 = getelementptr inbounds i8, ptr %invariant.gep29, i64 %.idx18
  %v46.i = load float, ptr %gep30, align 4, !alias.scope !182, !noalias !188
  br label %guard.done42.i

guard.done42.i:                                   ; preds = %i4.header.i.preheader, %guard.then40.i
  %status.8.i = phi i32 [ %status.6.i, %guard.then40.i ], [ 1, %i4.header.i.preheader ]
  %guarded48.i = phi float [ %v46.i, %guard.then40.i ], [ 0.000000e+00, %i4.header.i.preheader ]
  %67 = fadd contract float %33, %guarded48.i
  %68 = select i1 %bool.not.i, float %67, float 0xFFF0000000000000
  %69 = fsub contract float %68, %31
  %70 = tail call float @llvm.maxnum.f32(float %69, float -1.040000e+02)
  %71 = tail call float @llvm.minnum.f32(float %70, float 8.900000e+01)
  %72 = fmul float %71, 0x3FF7154760000000
  %73 = tail call float @llvm.roundeven.f32(float %72)
  %74 = tail call float @llvm.fmuladd.f32(float %73, float 0xBFE6300000000000, float %71)
  %75 = tail call float @llvm.fmuladd.f32(float %73, float 0x3F2BD01060000000, float %74)
  %76 = tail call float @llvm.fmuladd.f32(float %75, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %77 = tail call float @llvm.fmuladd.f32(float %76, float %75, float 0x3F81112100000000)
  %78 = tail call float @llvm.fmuladd.f32(float %77, float %75, float 0x3FA5553820000000)
  %79 = tail call float @llvm.fmuladd.f32(float %78, float %75, float 0x3FC5555540000000)
  %80 = tail call float @llvm.fmuladd.f32(float %79, float %75, float 5.000000e-01)
  %81 = fmul float %75, %75
  %82 = tail call float @llvm.fmuladd.f32(float %80, float %81, float %75)
  %83 = fadd float %82, 1.000000e+00
  %84 = fptosi float %73 to i32
  %85 = ashr i32 %84, 1
  %86 = sub i32 %84, %85
  %87 = shl i32 %85, 23
  %88 = add i32 %87, 1065353216
  %89 = bitcast i32 %88 to float
  %90 = fmul float %83, %89
  %91 = shl i32 %86, 23
  %92 = add i32 %91, 1065353216
  %93 = bitcast i32 %92 to float
  %94 = fmul float %90, %93
  %95 = fcmp uno float %69, 0.000000e+00
  %exp49.i = select i1 %95, float %69, float %94
  %96 = fdiv float %exp49.i, %66
  %p50.i = getelementptr inbounds float, ptr %b0, i64 %32
  store float %96, ptr %p50.i, align 4, !alias.scope !179, !noalias !190
  %97 = add nuw nsw i64 %32, 1
  %p34.i.1 = getelementptr inbounds float, ptr %b2, i64 %97
  %v35.i.1 = load float, ptr %p34.i.1, align 4, !alias.scope !184, !noalias !187
  %98 = fmul contract float %v35.i.1, 2.500000e-01
  br i1 %22, label %guard.then40.i.1, label %guard.done42.i.1

guard.then40.i.1:                                 ; preds = %guard.done42.i
  %.idx18.1 = shl nuw nsw i64 %v4.i.1, 3
  %gep32 = getelementptr inbounds i8, ptr %invariant.gep31, i64 %.idx18.1
  %v46.i.1 = load float, ptr %gep32, align 4, !alias.scope !182, !noalias !188
  br label %guard.done42.i.1

guard.done42.i.1:                                 ; preds = %guard.done42.i, %guard.then40.i.1
  %status.8.i.1 = phi i32 [ %status.8.i, %guard.then40.i.1 ], [ 1, %guard.done42.i ]
  %guarded48.i.1 = phi float [ %v46.i.1, %guard.then40.i.1 ], [ 0.000000e+00, %guard.done42.i ]
  %99 = fadd contract float %98, %guarded48.i.1
  %100 = select i1 %bool.not.i.1, float %99, float 0xFFF0000000000000
  %101 = fsub contract float %100, %31
  %102 = tail call float @llvm.maxnum.f32(float %101, float -1.040000e+02)
  %103 = tail call float @llvm.minnum.f32(float %102, float 8.900000e+01)
  %104 = fmul float %103, 0x3FF7154760000000
  %105 = tail call float @llvm.roundeven.f32(float %104)
  %106 = tail call float @llvm.fmuladd.f32(float %105, float 0xBFE6300000000000, float %103)
  %107 = tail call float @llvm.fmuladd.f32(float %105, float 0x3F2BD01060000000, float %106)
  %108 = tail call float @llvm.fmuladd.f32(float %107, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %109 = tail call float @llvm.fmuladd.f32(float %108, float %107, float 0x3F81112100000000)
  %110 = tail call float @llvm.fmuladd.f32(float %109, float %107, float 0x3FA5553820000000)
  %111 = tail call float @llvm.fmuladd.f32(float %110, float %107, float 0x3FC5555540000000)
  %112 = tail call float @llvm.fmuladd.f32(float %111, float %107, float 5.000000e-01)
  %113 = fmul float %107, %107
  %114 = tail call float @llvm.fmuladd.f32(float %112, float %113, float %107)
  %115 = fadd float %114, 1.000000e+00
  %116 = fptosi float %105 to i32
  %117 = ashr i32 %116, 1
  %118 = sub i32 %116, %117
  %119 = shl i32 %117, 23
  %120 = add i32 %119, 1065353216
  %121 = bitcast i32 %120 to float
  %122 = fmul float %115, %121
  %123 = shl i32 %118, 23
  %124 = add i32 %123, 1065353216
  %125 = bitcast i32 %124 to float
  %126 = fmul float %122, %125
  %127 = fcmp uno float %101, 0.000000e+00
  %exp49.i.1 = select i1 %127, float %101, float %126
  %128 = fdiv float %exp49.i.1, %66
  %p50.i.1 = getelementptr inbounds float, ptr %b0, i64 %97
  store float %128, ptr %p50.i.1, align 4, !alias.scope !179, !noalias !190
  %129 = add nuw nsw i64 %32, 2
  %p34.i.2 = getelementptr inbounds float, ptr %b2, i64 %129
  %v35.i.2 = load float, ptr %p34.i.2, align 4, !alias.scope !184, !noalias !187
  %130 = fmul contract float %v35.i.2, 2.500000e-01
  br i1 %28, label %guard.then40.i.2, label %guard.done42.i.2

guard.then40.i.2:                                 ; preds = %guard.done42.i.1
  %.idx18.2 = shl nuw nsw i64 %v4.i.2, 3
  %gep34 = getelementptr inbounds i8, ptr %invariant.gep33, i64 %.idx18.2
  %v46.i.2 = load float, ptr %gep34, align 4, !alias.scope !182, !noalias !188
  br label %guard.done42.i.2

guard.done42.i.2:                                 ; preds = %guard.done42.i.1, %guard.then40.i.2
  %status.8.i.2 = phi i32 [ %status.8.i.1, %guard.then40.i.2 ], [ 1, %guard.done42.i.1 ]
  %guarded48.i.2 = phi float [ %v46.i.2, %guard.then40.i.2 ], [ 0.000000e+00, %guard.done42.i.1 ]
  %131 = fadd contract float %130, %guarded48.i.2
  %132 = select i1 %bool.not.i.2, float %131, float 0xFFF0000000000000
  %133 = fsub contract float %132, %31
  %134 = tail call float @llvm.maxnum.f32(float %133, float -1.040000e+02)
  %135 = tail call float @llvm.minnum.f32(float %134, float 8.900000e+01)
  %136 = fmul float %135, 0x3FF7154760000000
  %137 = tail call float @llvm.roundeven.f32(float %136)
  %138 = tail call float @llvm.fmuladd.f32(float %137, float 0xBFE6300000000000, float %135)
  %139 = tail call float @llvm.fmuladd.f32(float %137, float 0x3F2BD01060000000, float %138)
  %140 = tail call float @llvm.fmuladd.f32(float %139, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %141 = tail call float @llvm.fmuladd.f32(float %140, float %139, float 0x3F81112100000000)
  %142 = tail call float @llvm.fmuladd.f32(float %141, float %139, float 0x3FA5553820000000)
  %143 = tail call float @llvm.fmuladd.f32(float %142, float %139, float 0x3FC5555540000000)
  %144 = tail call float @llvm.fmuladd.f32(float %143, float %139, float 5.000000e-01)
  %145 = fmul float %139, %139
  %146 = tail call float @llvm.fmuladd.f32(float %144, float %145, float %139)
  %147 = fadd float %146, 1.000000e+00
  %148 = fptosi float %137 to i32
  %149 = ashr i32 %148, 1
  %150 = sub i32 %148, %149
  %151 = shl i32 %149, 23
  %152 = add i32 %151, 1065353216
  %153 = bitcast i32 %152 to float
  %154 = fmul float %147, %153
  %155 = shl i32 %150, 23
  %156 = add i32 %155, 1065353216
  %157 = bitcast i32 %156 to float
  %158 = fmul float %154, %157
  %159 = fcmp uno float %133, 0.000000e+00
  %exp49.i.2 = select i1 %159, float %133, float %158
  %160 = fdiv float %exp49.i.2, %66
  %p50.i.2 = getelementptr inbounds float, ptr %b0, i64 %129
  store float %160, ptr %p50.i.2, align 4, !alias.scope !179, !noalias !190
  %i3.next.i = add nuw nsw i64 %i3.i12, 1
  %exitcond21.not = icmp eq i64 %i3.next.i, 3
  br i1 %exitcond21.not, label %i3.exit.i, label %i5.header.i.preheader

k116.body.exit:                                   ; preds = %i2.exit.i, %entry
  %status.0.i.lcssa = phi i32 [ 0, %entry ], [ %status.8.i.2, %i2.exit.i ]
  ret i32 %status.0.i.lcssa
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k118(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !191)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !194)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k118.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %b1, i64 128
  %5 = getelementptr inbounds i8, ptr %b0, i64 64
  %6 = getelementptr inbounds i8, ptr %b1, i64 64
  %7 = getelementptr inbounds i8, ptr %b0, i64 128
  %8 = getelementptr inbounds i8, ptr %b0, i64 192
  %9 = getelementptr inbounds i8, ptr %b0, i64 256
  %10 = getelementptr inbounds i8, ptr %b0, i64 320
  %11 = sub i64 %2, %1
  %xtraiter = and i64 %11, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol

parallel.body.i.prol:                             ; preds = %parallel.body.i.preheader
  %i1.i.prol = urem i64 %1, 1056
  %12 = udiv i64 %1, 1056
  %13 = mul nuw nsw i64 %12, 101376
  %14 = mul nuw nsw i64 %i1.i.prol, 96
  %15 = add nuw nsw i64 %13, %14
  %16 = getelementptr inbounds float, ptr %b1, i64 %15
  %p1.i.prol = getelementptr inbounds float, ptr %b0, i64 %15
  %17 = load <16 x float>, ptr %16, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %17, ptr %p1.i.prol, align 4, !alias.scope !191, !noalias !194
  %18 = getelementptr inbounds i8, ptr %16, i64 192
  %p1.i.114.prol = getelementptr inbounds float, ptr %5, i64 %15
  %19 = load <16 x float>, ptr %18, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %19, ptr %p1.i.114.prol, align 4, !alias.scope !191, !noalias !194
  %20 = getelementptr inbounds float, ptr %6, i64 %15
  %p1.i.118.prol = getelementptr inbounds float, ptr %7, i64 %15
  %21 = load <16 x float>, ptr %20, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %21, ptr %p1.i.118.prol, align 4, !alias.scope !191, !noalias !194
  %22 = getelementptr inbounds i8, ptr %20, i64 192
  %p1.i.114.1.prol = getelementptr inbounds float, ptr %8, i64 %15
  %23 = load <16 x float>, ptr %22, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %23, ptr %p1.i.114.1.prol, align 4, !alias.scope !191, !noalias !194
  %24 = getelementptr inbounds float, ptr %4, i64 %15
  %p1.i.298.prol = getelementptr inbounds float, ptr %9, i64 %15
  %25 = load <16 x float>, ptr %24, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %25, ptr %p1.i.298.prol, align 4, !alias.scope !191, !noalias !194
  %26 = getelementptr inbounds i8, ptr %24, i64 192
  %p1.i.114.2.prol = getelementptr inbounds float, ptr %10, i64 %15
  %27 = load <16 x float>, ptr %26, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %27, ptr %p1.i.114.2.prol, align 4, !alias.scope !191, !noalias !194
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %parallel.body.i.prol, %parallel.body.i.preheader
  %parallel.i5.unr = phi i64 [ %1, %parallel.body.i.preheader ], [ %parallel.next.i.prol, %parallel.body.i.prol ]
  %28 = add i64 %2, -1
  %29 = icmp eq i64 %28, %1
  br i1 %29, label %k118.body.exit, label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i
  %parallel.i5 = phi i64 [ %parallel.next.i.1, %parallel.body.i ], [ %parallel.i5.unr, %parallel.body.i.prol.loopexit ]
  %i1.i = urem i64 %parallel.i5, 1056
  %30 = udiv i64 %parallel.i5, 1056
  %31 = mul nuw nsw i64 %30, 101376
  %32 = mul nuw nsw i64 %i1.i, 96
  %33 = add nuw nsw i64 %31, %32
  %34 = getelementptr inbounds float, ptr %b1, i64 %33
  %p1.i = getelementptr inbounds float, ptr %b0, i64 %33
  %35 = load <16 x float>, ptr %34, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %35, ptr %p1.i, align 4, !alias.scope !191, !noalias !194
  %36 = getelementptr inbounds i8, ptr %34, i64 192
  %p1.i.114 = getelementptr inbounds float, ptr %5, i64 %33
  %37 = load <16 x float>, ptr %36, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %37, ptr %p1.i.114, align 4, !alias.scope !191, !noalias !194
  %38 = getelementptr inbounds float, ptr %6, i64 %33
  %p1.i.118 = getelementptr inbounds float, ptr %7, i64 %33
  %39 = load <16 x float>, ptr %38, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %39, ptr %p1.i.118, align 4, !alias.scope !191, !noalias !194
  %40 = getelementptr inbounds i8, ptr %38, i64 192
  %p1.i.114.1 = getelementptr inbounds float, ptr %8, i64 %33
  %41 = load <16 x float>, ptr %40, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %41, ptr %p1.i.114.1, align 4, !alias.scope !191, !noalias !194
  %42 = getelementptr inbounds float, ptr %4, i64 %33
  %p1.i.298 = getelementptr inbounds float, ptr %9, i64 %33
  %43 = load <16 x float>, ptr %42, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %43, ptr %p1.i.298, align 4, !alias.scope !191, !noalias !194
  %44 = getelementptr inbounds i8, ptr %42, i64 192
  %p1.i.114.2 = getelementptr inbounds float, ptr %10, i64 %33
  %45 = load <16 x float>, ptr %44, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %45, ptr %p1.i.114.2, align 4, !alias.scope !191, !noalias !194
  %parallel.next.i = add nsw i64 %parallel.i5, 1
  %i1.i.1 = urem i64 %parallel.next.i, 1056
  %46 = udiv i64 %parallel.next.i, 1056
  %47 = mul nuw nsw i64 %46, 101376
  %48 = mul nuw nsw i64 %i1.i.1, 96
  %49 = add nuw nsw i64 %47, %48
  %50 = getelementptr inbounds float, ptr %b1, i64 %49
  %p1.i.1 = getelementptr inbounds float, ptr %b0, i64 %49
  %51 = load <16 x float>, ptr %50, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %51, ptr %p1.i.1, align 4, !alias.scope !191, !noalias !194
  %52 = getelementptr inbounds i8, ptr %50, i64 192
  %p1.i.114.199 = getelementptr inbounds float, ptr %5, i64 %49
  %53 = load <16 x float>, ptr %52, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %53, ptr %p1.i.114.199, align 4, !alias.scope !191, !noalias !194
  %54 = getelementptr inbounds float, ptr %6, i64 %49
  %p1.i.118.1 = getelementptr inbounds float, ptr %7, i64 %49
  %55 = load <16 x float>, ptr %54, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %55, ptr %p1.i.118.1, align 4, !alias.scope !191, !noalias !194
  %56 = getelementptr inbounds i8, ptr %54, i64 192
  %p1.i.114.1.1 = getelementptr inbounds float, ptr %8, i64 %49
  %57 = load <16 x float>, ptr %56, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %57, ptr %p1.i.114.1.1, align 4, !alias.scope !191, !noalias !194
  %58 = getelementptr inbounds float, ptr %4, i64 %49
  %p1.i.298.1 = getelementptr inbounds float, ptr %9, i64 %49
  %59 = load <16 x float>, ptr %58, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %59, ptr %p1.i.298.1, align 4, !alias.scope !191, !noalias !194
  %60 = getelementptr inbounds i8, ptr %58, i64 192
  %p1.i.114.2.1 = getelementptr inbounds float, ptr %10, i64 %49
  %61 = load <16 x float>, ptr %60, align 4, !alias.scope !194, !noalias !191
  store <16 x float> %61, ptr %p1.i.114.2.1, align 4, !alias.scope !191, !noalias !194
  %parallel.next.i.1 = add nsw i64 %parallel.i5, 2
  %exitcond.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond.not.1, label %k118.body.exit, label %parallel.body.i

k118.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k128(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #0 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !196)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !199)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !201)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !203)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i, label %k128.body.exit

parallel.body.i:                                  ; preds = %entry, %i3.exit.i
  %parallel.i6 = phi i64 [ %parallel.next.i, %i3.exit.i ], [ %1, %entry ]
  %i2.i = and i64 %parallel.i6, 31
  %4 = lshr i64 %parallel.i6, 5
  %5 = mul nuw nsw i64 %4, 33792
  %6 = mul nuw nsw i64 %i2.i, 1056
  %7 = add nuw nsw i64 %5, %6
  %8 = getelementptr float, ptr %b2, i64 %parallel.i6
  %p3.i = getelementptr inbounds float, ptr %b3, i64 %i2.i
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !203, !noalias !205
  %9 = insertelement <16 x float> poison, float %v4.i, i64 0
  %10 = shufflevector <16 x float> %9, <16 x float> poison, <16 x i32> zeroinitializer
  br label %i4.header.i.preheader

i4.header.i.preheader:                            ; preds = %i4.header.i.preheader.1, %parallel.body.i
  %i3.i5 = phi i64 [ 0, %parallel.body.i ], [ %i3.next.i.1, %i4.header.i.preheader.1 ]
  %11 = shl nuw nsw i64 %i3.i5, 5
  %12 = add nuw nsw i64 %7, %11
  %.idx.i = mul nuw nsw i64 %i3.i5, 12288
  %p.i = getelementptr inbounds float, ptr %b1, i64 %12
  %p5.i = getelementptr inbounds float, ptr %b0, i64 %12
  %13 = getelementptr i8, ptr %8, i64 %.idx.i
  %14 = insertelement <8 x ptr> poison, ptr %13, i64 0
  %15 = shufflevector <8 x ptr> %14, <8 x ptr> poison, <8 x i32> zeroinitializer
  %16 = getelementptr i8, <8 x ptr> %15, <8 x i64> <i64 384, i64 768, i64 1152, i64 1536, i64 1920, i64 2304, i64 2688, i64 3072>
  %17 = insertelement <4 x ptr> poison, ptr %13, i64 0
  %18 = shufflevector <4 x ptr> %17, <4 x ptr> poison, <4 x i32> zeroinitializer
  %19 = getelementptr i8, <4 x ptr> %18, <4 x i64> <i64 3456, i64 3840, i64 4224, i64 4608>
  %20 = insertelement <2 x ptr> poison, ptr %13, i64 0
  %21 = shufflevector <2 x ptr> %20, <2 x ptr> poison, <2 x i32> zeroinitializer
  %22 = getelementptr i8, <2 x ptr> %21, <2 x i64> <i64 4992, i64 5376>
  %23 = load <16 x float>, ptr %p.i, align 4, !alias.scope !199, !noalias !206
  %p1.i.15 = getelementptr i8, ptr %13, i64 5760
  %24 = insertelement <16 x ptr> poison, ptr %13, i64 0
  %25 = shufflevector <8 x ptr> %16, <8 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %26 = shufflevector <16 x ptr> %24, <16 x ptr> %25, <16 x i32> <i32 0, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %27 = shufflevector <4 x ptr> %19, <4 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %28 = shufflevector <16 x ptr> %26, <16 x ptr> %27, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 16, i32 17, i32 18, i32 19, i32 poison, i32 poison, i32 poison>
  %29 = shufflevector <2 x ptr> %22, <2 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %30 = shufflevector <16 x ptr> %28, <16 x ptr> %29, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 16, i32 17, i32 poison>
  %31 = insertelement <16 x ptr> %30, ptr %p1.i.15, i64 15
  %32 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %31, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !201, !noalias !207
  %33 = fadd contract <16 x float> %32, %10
  %34 = fadd contract <16 x float> %23, %33
  store <16 x float> %34, ptr %p5.i, align 4, !alias.scope !196, !noalias !208
  %35 = or disjoint i64 %12, 16
  %p.i.16 = getelementptr inbounds float, ptr %b1, i64 %35
  %p5.i.16 = getelementptr inbounds float, ptr %b0, i64 %35
  %36 = load <16 x float>, ptr %p.i.16, align 4, !alias.scope !199, !noalias !206
  %37 = shufflevector <16 x ptr> %24, <16 x ptr> poison, <16 x i32> zeroinitializer
  %38 = getelementptr i8, <16 x ptr> %37, <16 x i64> <i64 6144, i64 6528, i64 6912, i64 7296, i64 7680, i64 8064, i64 8448, i64 8832, i64 9216, i64 9600, i64 9984, i64 10368, i64 10752, i64 11136, i64 11520, i64 11904>
  %39 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %38, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !201, !noalias !207
  %40 = fadd contract <16 x float> %39, %10
  %41 = fadd contract <16 x float> %36, %40
  store <16 x float> %41, ptr %p5.i.16, align 4, !alias.scope !196, !noalias !208
  %exitcond.not = icmp eq i64 %i3.i5, 32
  br i1 %exitcond.not, label %i3.exit.i, label %i4.header.i.preheader.1

i4.header.i.preheader.1:                          ; preds = %i4.header.i.preheader
  %i3.next.i = or disjoint i64 %i3.i5, 1
  %42 = shl nuw nsw i64 %i3.next.i, 5
  %43 = add nuw nsw i64 %7, %42
  %.idx.i.1 = mul nuw nsw i64 %i3.next.i, 12288
  %p.i.1 = getelementptr inbounds float, ptr %b1, i64 %43
  %p5.i.1 = getelementptr inbounds float, ptr %b0, i64 %43
  %44 = getelementptr i8, ptr %8, i64 %.idx.i.1
  %45 = insertelement <8 x ptr> poison, ptr %44, i64 0
  %46 = shufflevector <8 x ptr> %45, <8 x ptr> poison, <8 x i32> zeroinitializer
  %47 = getelementptr i8, <8 x ptr> %46, <8 x i64> <i64 384, i64 768, i64 1152, i64 1536, i64 1920, i64 2304, i64 2688, i64 3072>
  %48 = insertelement <4 x ptr> poison, ptr %44, i64 0
  %49 = shufflevector <4 x ptr> %48, <4 x ptr> poison, <4 x i32> zeroinitializer
  %50 = getelementptr i8, <4 x ptr> %49, <4 x i64> <i64 3456, i64 3840, i64 4224, i64 4608>
  %51 = insertelement <2 x ptr> poison, ptr %44, i64 0
  %52 = shufflevector <2 x ptr> %51, <2 x ptr> poison, <2 x i32> zeroinitializer
  %53 = getelementptr i8, <2 x ptr> %52, <2 x i64> <i64 4992, i64 5376>
  %54 = load <16 x float>, ptr %p.i.1, align 4, !alias.scope !199, !noalias !206
  %p1.i.15.1 = getelementptr i8, ptr %44, i64 5760
  %55 = insertelement <16 x ptr> poison, ptr %44, i64 0
  %56 = shufflevector <8 x ptr> %47, <8 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %57 = shufflevector <16 x ptr> %55, <16 x ptr> %56, <16 x i32> <i32 0, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %58 = shufflevector <4 x ptr> %50, <4 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %59 = shufflevector <16 x ptr> %57, <16 x ptr> %58, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 16, i32 17, i32 18, i32 19, i32 poison, i32 poison, i32 poison>
  %60 = shufflevector <2 x ptr> %53, <2 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %61 = shufflevector <16 x ptr> %59, <16 x ptr> %60, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 16, i32 17, i32 poison>
  %62 = insertelement <16 x ptr> %61, ptr %p1.i.15.1, i64 15
  %63 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %62, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !201, !noalias !207
  %64 = fadd contract <16 x float> %63, %10
  %65 = fadd contract <16 x float> %54, %64
  store <16 x float> %65, ptr %p5.i.1, align 4, !alias.scope !196, !noalias !208
  %66 = or disjoint i64 %43, 16
  %p.i.16.1 = getelementptr inbounds float, ptr %b1, i64 %66
  %p5.i.16.1 = getelementptr inbounds float, ptr %b0, i64 %66
  %67 = load <16 x float>, ptr %p.i.16.1, align 4, !alias.scope !199, !noalias !206
  %68 = shufflevector <16 x ptr> %55, <16 x ptr> poison, <16 x i32> zeroinitializer
  %69 = getelementptr i8, <16 x ptr> %68, <16 x i64> <i64 6144, i64 6528, i64 6912, i64 7296, i64 7680, i64 8064, i64 8448, i64 8832, i64 9216, i64 9600, i64 9984, i64 10368, i64 10752, i64 11136, i64 11520, i64 11904>
  %70 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %69, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !201, !noalias !207
  %71 = fadd contract <16 x float> %70, %10
  %72 = fadd contract <16 x float> %67, %71
  store <16 x float> %72, ptr %p5.i.16.1, align 4, !alias.scope !196, !noalias !208
  %i3.next.i.1 = add nuw nsw i64 %i3.i5, 2
  br label %i4.header.i.preheader

i3.exit.i:                                        ; preds = %i4.header.i.preheader
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %exitcond7.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond7.not, label %k128.body.exit, label %parallel.body.i

k128.body.exit:                                   ; preds = %i3.exit.i, %entry
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <16 x float> @llvm.masked.load.v16f32.p0(ptr nocapture, i32 immarg, <16 x i1>, <16 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.roundeven.v16f32(<16 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.minnum.v2f32(<2 x float>, <2 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.roundeven.v2f32(<2 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.fmuladd.v2f32(<2 x float>, <2 x float>, <2 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr>, i32 immarg, <16 x i1>, <16 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.sqrt.v16f32(<16 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x float> @llvm.masked.load.v4f32.p0(ptr nocapture, i32 immarg, <4 x i1>, <4 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.sqrt.v4f32(<4 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare <4 x float> @llvm.masked.gather.v4f32.v4p0(<4 x ptr>, i32 immarg, <4 x i1>, <4 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(write)
declare void @llvm.masked.scatter.v4f32.v4p0(<4 x float>, <4 x ptr>, i32 immarg, <4 x i1>) #8

attributes #0 = { nofree norecurse nosync nounwind "prefer-vector-width"="512" "target-cpu"="znver4" "target-features"="+prfchw,-cldemote,+avx,+aes,+sahf,+pclmul,-xop,+crc32,+xsaves,-avx512fp16,-usermsr,-sm4,-egpr,+sse4.1,+avx512ifma,+xsave,+sse4.2,-tsxldtrk,-sm3,-ptwrite,-widekl,+invpcid,+64bit,+xsavec,-avx10.1-512,+avx512vpopcntdq,+cmov,-avx512vp2intersect,+avx512cd,+movbe,-avxvnniint8,-ccmp,-amx-int8,-kl,-avx10.1-256,+evex512,-avxvnni,-rtm,+adx,+avx2,-hreset,-movdiri,-serialize,-sha512,+vpclmulqdq,+avx512vl,-uintr,-cf,+clflushopt,-raoint,-cmpccxadd,+bmi,-amx-tile,+sse,+gfni,-avxvnniint16,-amx-fp16,-ndd,+xsaveopt,+rdrnd,+avx512f,-amx-bf16,+avx512bf16,+avx512vnni,-push2pop2,+cx8,+avx512bw,+sse3,-pku,+fsgsbase,+clzero,-mwaitx,-lwp,+lzcnt,+sha,-movdir64b,-ppx,-wbnoinvd,-enqcmd,-avxneconvert,-tbm,-pconfig,-amx-complex,+ssse3,+cx16,+bmi2,+fma,+popcnt,-avxifma,+f16c,+avx512bitalg,-rdpru,+clwb,+mmx,+sse2,+rdseed,+avx512vbmi2,-prefetchi,+rdpid,-fma4,+avx512vbmi,+shstk,+vaes,-waitpkg,-sgx,+fxsr,+avx512dq,+sse4a" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(read) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(write) }

!0 = !{!1}
!1 = distinct !{!1, !2, !"k26.body: argument 0"}
!2 = distinct !{!2, !"k26.body"}
!3 = !{!4}
!4 = distinct !{!4, !2, !"k26.body: argument 1"}
!5 = !{!6}
!6 = distinct !{!6, !2, !"k26.body: argument 2"}
!7 = !{!4, !6}
!8 = !{!1, !4}
!9 = !{!1, !6}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!13}
!13 = distinct !{!13, !14, !"k32.body: argument 0"}
!14 = distinct !{!14, !"k32.body"}
!15 = !{!16}
!16 = distinct !{!16, !14, !"k32.body: argument 1"}
!17 = !{!13, !16}
!18 = !{!19}
!19 = distinct !{!19, !20, !"k35.body: argument 0"}
!20 = distinct !{!20, !"k35.body"}
!21 = !{!22}
!22 = distinct !{!22, !20, !"k35.body: argument 1"}
!23 = distinct !{!23, !24, !11, !25}
!24 = !{!"llvm.loop.unroll.disable"}
!25 = !{!"llvm.loop.unroll.runtime.disable"}
!26 = !{!19, !22}
!27 = !{!28}
!28 = distinct !{!28, !29, !"k43.body: argument 0"}
!29 = distinct !{!29, !"k43.body"}
!30 = !{!31}
!31 = distinct !{!31, !29, !"k43.body: argument 1"}
!32 = !{!33}
!33 = distinct !{!33, !29, !"k43.body: argument 2"}
!34 = !{!35}
!35 = distinct !{!35, !29, !"k43.body: argument 3"}
!36 = !{!28, !33, !35}
!37 = !{!28, !31, !33}
!38 = !{!28, !31, !35}
!39 = !{!31, !33, !35}
!40 = !{!41}
!41 = distinct !{!41, !42, !"k45.body: argument 0"}
!42 = distinct !{!42, !"k45.body"}
!43 = !{!44}
!44 = distinct !{!44, !42, !"k45.body: argument 1"}
!45 = !{!46}
!46 = distinct !{!46, !47, !"k48.body: argument 0"}
!47 = distinct !{!47, !"k48.body"}
!48 = !{!49}
!49 = distinct !{!49, !47, !"k48.body: argument 1"}
!50 = distinct !{!50, !24, !11, !25}
!51 = !{!46, !49}
!52 = distinct !{!52, !24, !11, !25}
!53 = !{!54}
!54 = distinct !{!54, !55, !"k55.body: argument 0"}
!55 = distinct !{!55, !"k55.body"}
!56 = !{!57}
!57 = distinct !{!57, !55, !"k55.body: argument 1"}
!58 = !{!59}
!59 = distinct !{!59, !55, !"k55.body: argument 2"}
!60 = !{!61}
!61 = distinct !{!61, !55, !"k55.body: argument 3"}
!62 = !{!54, !59, !61}
!63 = !{!54, !57, !59}
!64 = !{!54, !57, !61}
!65 = !{!57, !59, !61}
!66 = !{!67}
!67 = distinct !{!67, !68, !"k66.body: argument 0"}
!68 = distinct !{!68, !"k66.body"}
!69 = !{!70}
!70 = distinct !{!70, !68, !"k66.body: argument 1"}
!71 = !{!72}
!72 = distinct !{!72, !68, !"k66.body: argument 2"}
!73 = !{!74}
!74 = distinct !{!74, !68, !"k66.body: argument 3"}
!75 = !{!67, !70, !72}
!76 = !{!67, !70, !74}
!77 = !{!67, !72, !74}
!78 = !{!70, !72, !74}
!79 = !{!80}
!80 = distinct !{!80, !81, !"k77.body: argument 0"}
!81 = distinct !{!81, !"k77.body"}
!82 = !{!83}
!83 = distinct !{!83, !81, !"k77.body: argument 1"}
!84 = !{!85}
!85 = distinct !{!85, !81, !"k77.body: argument 2"}
!86 = !{!80, !83}
!87 = !{!80, !85}
!88 = !{!83, !85}
!89 = !{!90}
!90 = distinct !{!90, !91, !"k80.body: argument 0"}
!91 = distinct !{!91, !"k80.body"}
!92 = !{!93}
!93 = distinct !{!93, !91, !"k80.body: argument 1"}
!94 = !{!95}
!95 = distinct !{!95, !91, !"k80.body: argument 2"}
!96 = !{!97}
!97 = distinct !{!97, !91, !"k80.body: argument 3"}
!98 = !{!90, !93, !97}
!99 = !{!90, !93, !95}
!100 = !{!90, !95, !97}
!101 = !{!93, !95, !97}
!102 = !{!103}
!103 = distinct !{!103, !104, !"k88.body: argument 0"}
!104 = distinct !{!104, !"k88.body"}
!105 = !{!106}
!106 = distinct !{!106, !104, !"k88.body: argument 1"}
!107 = !{!108}
!108 = distinct !{!108, !104, !"k88.body: argument 2"}
!109 = !{!110}
!110 = distinct !{!110, !104, !"k88.body: argument 3"}
!111 = !{!112}
!112 = distinct !{!112, !104, !"k88.body: argument 4"}
!113 = !{!114}
!114 = distinct !{!114, !104, !"k88.body: argument 5"}
!115 = !{!116}
!116 = distinct !{!116, !104, !"k88.body: argument 6"}
!117 = !{!103, !106, !108, !110, !112, !116}
!118 = !{!103, !106, !108, !110, !112, !114}
!119 = !{!103, !106, !110, !112, !114, !116}
!120 = !{!103, !106, !108, !112, !114, !116}
!121 = !{!103, !106, !108, !110, !114, !116}
!122 = !{!103, !108, !110, !112, !114, !116}
!123 = !{!106, !108, !110, !112, !114, !116}
!124 = !{!125}
!125 = distinct !{!125, !126, !"k91.body: argument 0"}
!126 = distinct !{!126, !"k91.body"}
!127 = !{!128}
!128 = distinct !{!128, !126, !"k91.body: argument 1"}
!129 = !{!130}
!130 = distinct !{!130, !126, !"k91.body: argument 2"}
!131 = !{!125, !128}
!132 = !{!125, !130}
!133 = !{!128, !130}
!134 = !{!135}
!135 = distinct !{!135, !136, !"k94.body: argument 0"}
!136 = distinct !{!136, !"k94.body"}
!137 = !{!138}
!138 = distinct !{!138, !136, !"k94.body: argument 1"}
!139 = !{!140}
!140 = distinct !{!140, !136, !"k94.body: argument 2"}
!141 = !{!142}
!142 = distinct !{!142, !136, !"k94.body: argument 3"}
!143 = !{!135, !138, !142}
!144 = !{!135, !138, !140}
!145 = !{!135, !140, !142}
!146 = !{!138, !140, !142}
!147 = !{!148}
!148 = distinct !{!148, !149, !"k101.body: argument 0"}
!149 = distinct !{!149, !"k101.body"}
!150 = !{!151}
!151 = distinct !{!151, !149, !"k101.body: argument 1"}
!152 = !{!153}
!153 = distinct !{!153, !149, !"k101.body: argument 2"}
!154 = !{!155}
!155 = distinct !{!155, !149, !"k101.body: argument 3"}
!156 = !{!157}
!157 = distinct !{!157, !149, !"k101.body: argument 4"}
!158 = !{!159}
!159 = distinct !{!159, !149, !"k101.body: argument 5"}
!160 = !{!161}
!161 = distinct !{!161, !149, !"k101.body: argument 6"}
!162 = !{!148, !151, !153, !155, !157, !161}
!163 = !{!148, !151, !153, !155, !157, !159}
!164 = !{!148, !151, !155, !157, !159, !161}
!165 = !{!148, !151, !153, !157, !159, !161}
!166 = !{!148, !151, !153, !155, !159, !161}
!167 = !{!148, !153, !155, !157, !159, !161}
!168 = !{!151, !153, !155, !157, !159, !161}
!169 = !{!170}
!170 = distinct !{!170, !171, !"k102.body: argument 0"}
!171 = distinct !{!171, !"k102.body"}
!172 = !{!173}
!173 = distinct !{!173, !171, !"k102.body: argument 1"}
!174 = !{!175}
!175 = distinct !{!175, !171, !"k102.body: argument 2"}
!176 = !{!170, !175}
!177 = !{!170, !173}
!178 = !{!173, !175}
!179 = !{!180}
!180 = distinct !{!180, !181, !"k116.body: argument 0"}
!181 = distinct !{!181, !"k116.body"}
!182 = !{!183}
!183 = distinct !{!183, !181, !"k116.body: argument 1"}
!184 = !{!185}
!185 = distinct !{!185, !181, !"k116.body: argument 2"}
!186 = !{!180, !183, !185}
!187 = !{!180, !183}
!188 = !{!180, !185}
!189 = distinct !{!189, !24}
!190 = !{!183, !185}
!191 = !{!192}
!192 = distinct !{!192, !193, !"k118.body: argument 0"}
!193 = distinct !{!193, !"k118.body"}
!194 = !{!195}
!195 = distinct !{!195, !193, !"k118.body: argument 1"}
!196 = !{!197}
!197 = distinct !{!197, !198, !"k128.body: argument 0"}
!198 = distinct !{!198, !"k128.body"}
!199 = !{!200}
!200 = distinct !{!200, !198, !"k128.body: argument 1"}
!201 = !{!202}
!202 = distinct !{!202, !198, !"k128.body: argument 2"}
!203 = !{!204}
!204 = distinct !{!204, !198, !"k128.body: argument 3"}
!205 = !{!197, !200, !202}
!206 = !{!197, !202, !204}
!207 = !{!197, !200, !204}
!208 = !{!200, !202, !204}

; ModuleID = 'walrus-tiny.part1'
source_filename = "walrus-tiny.part1"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@k169.c0 = private unnamed_addr constant [132 x float] [float 0xC00921FB60000000, float 0xC00921FB60000000, float 0xC07921FB60000000, float 0xC07921FB60000000, float 0xC0078FDBA0000000, float 0xC0078FDBA0000000, float 0xC0778FDBA0000000, float 0xC0778FDBA0000000, float 0xC005FDBC00000000, float 0xC005FDBC00000000, float 0xC075FDBC00000000, float 0xC075FDBC00000000, float 0xC0046B9C40000000, float 0xC0046B9C40000000, float 0xC0746B9C40000000, float 0xC0746B9C40000000, float 0xC002D97C80000000, float 0xC002D97C80000000, float 0xC072D97C80000000, float 0xC072D97C80000000, float 0xC001475CE0000000, float 0xC001475CE0000000, float 0xC071475CE0000000, float 0xC071475CE0000000, float 0xBFFF6A7A40000000, float 0xBFFF6A7A40000000, float 0xC06F6A7A40000000, float 0xC06F6A7A40000000, float 0xBFFC463AC0000000, float 0xBFFC463AC0000000, float 0xC06C463AC0000000, float 0xC06C463AC0000000, float 0xBFF921FB60000000, float 0xBFF921FB60000000, float 0xC06921FB60000000, float 0xC06921FB60000000, float 0xBFF5FDBC00000000, float 0xBFF5FDBC00000000, float 0xC065FDBC00000000, float 0xC065FDBC00000000, float 0xBFF2D97C80000000, float 0xBFF2D97C80000000, float 0xC062D97C80000000, float 0xC062D97C80000000, float 0xBFEF6A7A40000000, float 0xBFEF6A7A40000000, float 0xC05F6A7A40000000, float 0xC05F6A7A40000000, float 0xBFE921FB60000000, float 0xBFE921FB60000000, float 0xC05921FB60000000, float 0xC05921FB60000000, float 0xBFE2D97C80000000, float 0xBFE2D97C80000000, float 0xC052D97C80000000, float 0xC052D97C80000000, float 0xBFD921FB60000000, float 0xBFD921FB60000000, float 0xC04921FB60000000, float 0xC04921FB60000000, float 0xBFC921FB60000000, float 0xBFC921FB60000000, float 0xC03921FB60000000, float 0xC03921FB60000000, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0x3FC921FB60000000, float 0x3FC921FB60000000, float 0x403921FB60000000, float 0x403921FB60000000, float 0x3FD921FB60000000, float 0x3FD921FB60000000, float 0x404921FB60000000, float 0x404921FB60000000, float 0x3FE2D97C80000000, float 0x3FE2D97C80000000, float 0x4052D97C80000000, float 0x4052D97C80000000, float 0x3FE921FB60000000, float 0x3FE921FB60000000, float 0x405921FB60000000, float 0x405921FB60000000, float 0x3FEF6A7A40000000, float 0x3FEF6A7A40000000, float 0x405F6A7A40000000, float 0x405F6A7A40000000, float 0x3FF2D97C80000000, float 0x3FF2D97C80000000, float 0x4062D97C80000000, float 0x4062D97C80000000, float 0x3FF5FDBC00000000, float 0x3FF5FDBC00000000, float 0x4065FDBC00000000, float 0x4065FDBC00000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x406921FB60000000, float 0x406921FB60000000, float 0x3FFC463AC0000000, float 0x3FFC463AC0000000, float 0x406C463AC0000000, float 0x406C463AC0000000, float 0x3FFF6A7A40000000, float 0x3FFF6A7A40000000, float 0x406F6A7A40000000, float 0x406F6A7A40000000, float 0x4001475CE0000000, float 0x4001475CE0000000, float 0x4071475CE0000000, float 0x4071475CE0000000, float 0x4002D97C80000000, float 0x4002D97C80000000, float 0x4072D97C80000000, float 0x4072D97C80000000, float 0x40046B9C40000000, float 0x40046B9C40000000, float 0x40746B9C40000000, float 0x40746B9C40000000, float 0x4005FDBC00000000, float 0x4005FDBC00000000, float 0x4075FDBC00000000, float 0x4075FDBC00000000, float 0x40078FDBA0000000, float 0x40078FDBA0000000, float 0x40778FDBA0000000, float 0x40778FDBA0000000, float 0x400921FB60000000, float 0x400921FB60000000, float 0x407921FB60000000, float 0x407921FB60000000]
@k169.c1 = private unnamed_addr constant [128 x float] [float 0xC00921FB60000000, float 0xC00921FB60000000, float 0xC07921FB60000000, float 0xC07921FB60000000, float 0xC00782E2E0000000, float 0xC00782E2E0000000, float 0xC07782E2E0000000, float 0xC07782E2E0000000, float 0xC005E3CA60000000, float 0xC005E3CA60000000, float 0xC075E3CA60000000, float 0xC075E3CA60000000, float 0xC00444B200000000, float 0xC00444B200000000, float 0xC07444B200000000, float 0xC07444B200000000, float 0xC002A59980000000, float 0xC002A59980000000, float 0xC072A59980000000, float 0xC072A59980000000, float 0xC001068100000000, float 0xC001068100000000, float 0xC071068100000000, float 0xC071068100000000, float 0xBFFECED120000000, float 0xBFFECED120000000, float 0xC06ECED120000000, float 0xC06ECED120000000, float 0xBFFB90A020000000, float 0xBFFB90A020000000, float 0xC06B90A020000000, float 0xC06B90A020000000, float 0xBFF8526F40000000, float 0xBFF8526F40000000, float 0xC068526F40000000, float 0xC068526F40000000, float 0xBFF5143E40000000, float 0xBFF5143E40000000, float 0xC065143E40000000, float 0xC065143E40000000, float 0xBFF1D60D40000000, float 0xBFF1D60D40000000, float 0xC061D60D40000000, float 0xC061D60D40000000, float 0xBFED2FB8C0000000, float 0xBFED2FB8C0000000, float 0xC05D2FB8C0000000, float 0xC05D2FB8C0000000, float 0xBFE6B356E0000000, float 0xBFE6B356E0000000, float 0xC056B356E0000000, float 0xC056B356E0000000, float 0xBFE036F4E0000000, float 0xBFE036F4E0000000, float 0xC05036F4E0000000, float 0xC05036F4E0000000, float 0xBFD3752620000000, float 0xBFD3752620000000, float 0xC043752620000000, float 0xC043752620000000, float 0xBFB9F18920000000, float 0xBFB9F18920000000, float 0xC029F18920000000, float 0xC029F18920000000, float 0x3FB9F18920000000, float 0x3FB9F18920000000, float 0x4029F18920000000, float 0x4029F18920000000, float 0x3FD3752620000000, float 0x3FD3752620000000, float 0x4043752620000000, float 0x4043752620000000, float 0x3FE036F4E0000000, float 0x3FE036F4E0000000, float 0x405036F4E0000000, float 0x405036F4E0000000, float 0x3FE6B356E0000000, float 0x3FE6B356E0000000, float 0x4056B356E0000000, float 0x4056B356E0000000, float 0x3FED2FB8C0000000, float 0x3FED2FB8C0000000, float 0x405D2FB8C0000000, float 0x405D2FB8C0000000, float 0x3FF1D60D40000000, float 0x3FF1D60D40000000, float 0x4061D60D40000000, float 0x4061D60D40000000, float 0x3FF5143E40000000, float 0x3FF5143E40000000, float 0x4065143E40000000, float 0x4065143E40000000, float 0x3FF8526F40000000, float 0x3FF8526F40000000, float 0x4068526F40000000, float 0x4068526F40000000, float 0x3FFB90A020000000, float 0x3FFB90A020000000, float 0x406B90A020000000, float 0x406B90A020000000, float 0x3FFECED120000000, float 0x3FFECED120000000, float 0x406ECED120000000, float 0x406ECED120000000, float 0x4001068100000000, float 0x4001068100000000, float 0x4071068100000000, float 0x4071068100000000, float 0x4002A59980000000, float 0x4002A59980000000, float 0x4072A59980000000, float 0x4072A59980000000, float 0x400444B200000000, float 0x400444B200000000, float 0x407444B200000000, float 0x407444B200000000, float 0x4005E3CA60000000, float 0x4005E3CA60000000, float 0x4075E3CA60000000, float 0x4075E3CA60000000, float 0x400782E2E0000000, float 0x400782E2E0000000, float 0x407782E2E0000000, float 0x407782E2E0000000, float 0x400921FB60000000, float 0x400921FB60000000, float 0x407921FB60000000, float 0x407921FB60000000]
@k370.c0 = private unnamed_addr constant [4 x i64] [i64 6, i64 3, i64 7, i64 4]

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k139(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !0)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !7)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k139.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %vector.body.prol

vector.body.prol:                                 ; preds = %parallel.body.i.preheader
  %5 = udiv i64 %1, 1056
  %6 = mul nuw nsw i64 %5, 33792
  %invariant.gep7.prol = getelementptr inbounds float, ptr %b0, i64 %6
  %i1.i.prol = urem i64 %1, 1056
  %p5.i.idx.prol = shl nuw nsw i64 %i1.i.prol, 7
  %invariant.gep9.prol = getelementptr inbounds i8, ptr %invariant.gep7.prol, i64 %p5.i.idx.prol
  %p1.i.idx.prol = shl nuw nsw i64 %5, 7
  %invariant.gep.prol = getelementptr inbounds i8, ptr %b1, i64 %p1.i.idx.prol
  %7 = getelementptr inbounds float, ptr %b2, i64 %6
  %8 = getelementptr inbounds float, ptr %7, i64 %i1.i.prol
  %9 = getelementptr inbounds i8, ptr %8, <16 x i64> <i64 0, i64 4224, i64 8448, i64 12672, i64 16896, i64 21120, i64 25344, i64 29568, i64 33792, i64 38016, i64 42240, i64 46464, i64 50688, i64 54912, i64 59136, i64 63360>
  %wide.masked.gather.prol = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %9, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !5, !noalias !9
  %wide.load.prol = load <16 x float>, ptr %invariant.gep.prol, align 4, !alias.scope !3, !noalias !10
  %10 = fadd contract <16 x float> %wide.load.prol, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %11 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %10)
  %12 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %11
  %13 = fmul contract <16 x float> %wide.masked.gather.prol, %12
  %wide.load11.prol = load <16 x float>, ptr %b3, align 4, !alias.scope !7, !noalias !11
  %14 = fmul contract <16 x float> %wide.load11.prol, %13
  store <16 x float> %14, ptr %invariant.gep9.prol, align 4, !alias.scope !0, !noalias !12
  %15 = getelementptr inbounds i8, ptr %8, <16 x i64> <i64 67584, i64 71808, i64 76032, i64 80256, i64 84480, i64 88704, i64 92928, i64 97152, i64 101376, i64 105600, i64 109824, i64 114048, i64 118272, i64 122496, i64 126720, i64 130944>
  %wide.masked.gather.1.prol = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %15, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !5, !noalias !9
  %16 = getelementptr inbounds i8, ptr %invariant.gep.prol, i64 64
  %wide.load.1.prol = load <16 x float>, ptr %16, align 4, !alias.scope !3, !noalias !10
  %17 = fadd contract <16 x float> %wide.load.1.prol, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %18 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %17)
  %19 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %18
  %20 = fmul contract <16 x float> %wide.masked.gather.1.prol, %19
  %21 = getelementptr inbounds i8, ptr %b3, i64 64
  %wide.load11.1.prol = load <16 x float>, ptr %21, align 4, !alias.scope !7, !noalias !11
  %22 = fmul contract <16 x float> %wide.load11.1.prol, %20
  %23 = getelementptr inbounds i8, ptr %invariant.gep9.prol, i64 64
  store <16 x float> %22, ptr %23, align 4, !alias.scope !0, !noalias !12
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %vector.body.prol, %parallel.body.i.preheader
  %parallel.i5.unr = phi i64 [ %1, %parallel.body.i.preheader ], [ %parallel.next.i.prol, %vector.body.prol ]
  %24 = add i64 %2, -1
  %25 = icmp eq i64 %24, %1
  br i1 %25, label %k139.body.exit, label %parallel.body.i.preheader.new

parallel.body.i.preheader.new:                    ; preds = %parallel.body.i.prol.loopexit
  %wide.load11 = load <16 x float>, ptr %b3, align 4, !alias.scope !7, !noalias !11
  %26 = getelementptr inbounds i8, ptr %b3, i64 64
  %wide.load11.1 = load <16 x float>, ptr %26, align 4, !alias.scope !7, !noalias !11
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i, %parallel.body.i.preheader.new
  %parallel.i5 = phi i64 [ %parallel.i5.unr, %parallel.body.i.preheader.new ], [ %parallel.next.i.1, %parallel.body.i ]
  %27 = udiv i64 %parallel.i5, 1056
  %28 = mul nuw nsw i64 %27, 33792
  %invariant.gep7 = getelementptr inbounds float, ptr %b0, i64 %28
  %i1.i = urem i64 %parallel.i5, 1056
  %p5.i.idx = shl nuw nsw i64 %i1.i, 7
  %invariant.gep9 = getelementptr inbounds i8, ptr %invariant.gep7, i64 %p5.i.idx
  %p1.i.idx = shl nuw nsw i64 %27, 7
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 %p1.i.idx
  %29 = getelementptr inbounds float, ptr %b2, i64 %28
  %30 = getelementptr inbounds float, ptr %29, i64 %i1.i
  %31 = getelementptr inbounds i8, ptr %30, <16 x i64> <i64 0, i64 4224, i64 8448, i64 12672, i64 16896, i64 21120, i64 25344, i64 29568, i64 33792, i64 38016, i64 42240, i64 46464, i64 50688, i64 54912, i64 59136, i64 63360>
  %wide.masked.gather = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %31, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !5, !noalias !9
  %wide.load = load <16 x float>, ptr %invariant.gep, align 4, !alias.scope !3, !noalias !10
  %32 = fadd contract <16 x float> %wide.load, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %33 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %32)
  %34 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %33
  %35 = fmul contract <16 x float> %wide.masked.gather, %34
  %36 = fmul contract <16 x float> %wide.load11, %35
  store <16 x float> %36, ptr %invariant.gep9, align 4, !alias.scope !0, !noalias !12
  %37 = getelementptr inbounds i8, ptr %30, <16 x i64> <i64 67584, i64 71808, i64 76032, i64 80256, i64 84480, i64 88704, i64 92928, i64 97152, i64 101376, i64 105600, i64 109824, i64 114048, i64 118272, i64 122496, i64 126720, i64 130944>
  %wide.masked.gather.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %37, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !5, !noalias !9
  %38 = getelementptr inbounds i8, ptr %invariant.gep, i64 64
  %wide.load.1 = load <16 x float>, ptr %38, align 4, !alias.scope !3, !noalias !10
  %39 = fadd contract <16 x float> %wide.load.1, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %40 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %39)
  %41 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %40
  %42 = fmul contract <16 x float> %wide.masked.gather.1, %41
  %43 = fmul contract <16 x float> %wide.load11.1, %42
  %44 = getelementptr inbounds i8, ptr %invariant.gep9, i64 64
  store <16 x float> %43, ptr %44, align 4, !alias.scope !0, !noalias !12
  %parallel.next.i = add nsw i64 %parallel.i5, 1
  %45 = udiv i64 %parallel.next.i, 1056
  %46 = mul nuw nsw i64 %45, 33792
  %invariant.gep7.1 = getelementptr inbounds float, ptr %b0, i64 %46
  %i1.i.1 = urem i64 %parallel.next.i, 1056
  %p5.i.idx.1 = shl nuw nsw i64 %i1.i.1, 7
  %invariant.gep9.1 = getelementptr inbounds i8, ptr %invariant.gep7.1, i64 %p5.i.idx.1
  %p1.i.idx.1 = shl nuw nsw i64 %45, 7
  %invariant.gep.1 = getelementptr inbounds i8, ptr %b1, i64 %p1.i.idx.1
  %47 = getelementptr inbounds float, ptr %b2, i64 %46
  %48 = getelementptr inbounds float, ptr %47, i64 %i1.i.1
  %49 = getelementptr inbounds i8, ptr %48, <16 x i64> <i64 0, i64 4224, i64 8448, i64 12672, i64 16896, i64 21120, i64 25344, i64 29568, i64 33792, i64 38016, i64 42240, i64 46464, i64 50688, i64 54912, i64 59136, i64 63360>
  %wide.masked.gather.112 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %49, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !5, !noalias !9
  %wide.load.113 = load <16 x float>, ptr %invariant.gep.1, align 4, !alias.scope !3, !noalias !10
  %50 = fadd contract <16 x float> %wide.load.113, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %51 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %50)
  %52 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %51
  %53 = fmul contract <16 x float> %wide.masked.gather.112, %52
  %54 = fmul contract <16 x float> %wide.load11, %53
  store <16 x float> %54, ptr %invariant.gep9.1, align 4, !alias.scope !0, !noalias !12
  %55 = getelementptr inbounds i8, ptr %48, <16 x i64> <i64 67584, i64 71808, i64 76032, i64 80256, i64 84480, i64 88704, i64 92928, i64 97152, i64 101376, i64 105600, i64 109824, i64 114048, i64 118272, i64 122496, i64 126720, i64 130944>
  %wide.masked.gather.1.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %55, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !5, !noalias !9
  %56 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 64
  %wide.load.1.1 = load <16 x float>, ptr %56, align 4, !alias.scope !3, !noalias !10
  %57 = fadd contract <16 x float> %wide.load.1.1, <float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000, float 0x3E80000000000000>
  %58 = tail call <16 x float> @llvm.sqrt.v16f32(<16 x float> %57)
  %59 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %58
  %60 = fmul contract <16 x float> %wide.masked.gather.1.1, %59
  %61 = fmul contract <16 x float> %wide.load11.1, %60
  %62 = getelementptr inbounds i8, ptr %invariant.gep9.1, i64 64
  store <16 x float> %61, ptr %62, align 4, !alias.scope !0, !noalias !12
  %parallel.next.i.1 = add nsw i64 %parallel.i5, 2
  %exitcond6.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond6.not.1, label %k139.body.exit, label %parallel.body.i

k139.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k149(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !13)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !16)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !18)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k149.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 512
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol

parallel.body.i.prol:                             ; preds = %parallel.body.i.lr.ph
  %i2.i.prol = urem i64 %1, 1056
  %5 = udiv i64 %1, 1056
  %i1.i.prol = and i64 %5, 1
  %6 = udiv i64 %1, 2112
  %7 = mul nuw nsw i64 %6, 236544
  %8 = shl nuw nsw i64 %i1.i.prol, 4
  %9 = mul nuw nsw i64 %i2.i.prol, 224
  %10 = add nuw nsw i64 %9, %7
  %11 = or disjoint i64 %10, %8
  %12 = getelementptr inbounds float, ptr %invariant.gep, i64 %11
  %broadcast.splatinsert.prol = insertelement <16 x i64> poison, i64 %8, i64 0
  %broadcast.splat.prol = shufflevector <16 x i64> %broadcast.splatinsert.prol, <16 x i64> poison, <16 x i32> zeroinitializer
  %wide.load.prol = load <16 x float>, ptr %12, align 4, !alias.scope !16, !noalias !20
  %13 = or disjoint <16 x i64> %broadcast.splat.prol, <i64 128, i64 129, i64 130, i64 131, i64 132, i64 133, i64 134, i64 135, i64 136, i64 137, i64 138, i64 139, i64 140, i64 141, i64 142, i64 143>
  %14 = getelementptr inbounds float, ptr %b2, <16 x i64> %13
  %wide.masked.gather.prol = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %14, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !18, !noalias !21
  %15 = fadd contract <16 x float> %wide.load.prol, %wide.masked.gather.prol
  %16 = fadd reassoc contract <16 x float> %15, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %17 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %16)
  %18 = fmul float %17, 6.250000e-02
  %.idx.i.prol = mul i64 %6, 8448
  %19 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i.prol
  %.idx4.i.prol = mul nuw nsw i64 %i1.i.prol, 4224
  %20 = getelementptr inbounds i8, ptr %19, i64 %.idx4.i.prol
  %p3.i.prol = getelementptr inbounds float, ptr %20, i64 %i2.i.prol
  store float %18, ptr %p3.i.prol, align 4, !alias.scope !13, !noalias !22
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %parallel.body.i.prol, %parallel.body.i.lr.ph
  %parallel.i5.unr = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i.prol, %parallel.body.i.prol ]
  %21 = add i64 %2, -1
  %22 = icmp eq i64 %21, %1
  br i1 %22, label %k149.body.exit, label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i
  %parallel.i5 = phi i64 [ %parallel.next.i.1, %parallel.body.i ], [ %parallel.i5.unr, %parallel.body.i.prol.loopexit ]
  %i2.i = urem i64 %parallel.i5, 1056
  %23 = udiv i64 %parallel.i5, 1056
  %i1.i = and i64 %23, 1
  %24 = udiv i64 %parallel.i5, 2112
  %25 = mul nuw nsw i64 %24, 236544
  %26 = shl nuw nsw i64 %i1.i, 4
  %27 = mul nuw nsw i64 %i2.i, 224
  %28 = add nuw nsw i64 %27, %25
  %29 = or disjoint i64 %28, %26
  %30 = getelementptr inbounds float, ptr %invariant.gep, i64 %29
  %broadcast.splatinsert = insertelement <16 x i64> poison, i64 %26, i64 0
  %broadcast.splat = shufflevector <16 x i64> %broadcast.splatinsert, <16 x i64> poison, <16 x i32> zeroinitializer
  %wide.load = load <16 x float>, ptr %30, align 4, !alias.scope !16, !noalias !20
  %31 = or disjoint <16 x i64> %broadcast.splat, <i64 128, i64 129, i64 130, i64 131, i64 132, i64 133, i64 134, i64 135, i64 136, i64 137, i64 138, i64 139, i64 140, i64 141, i64 142, i64 143>
  %32 = getelementptr inbounds float, ptr %b2, <16 x i64> %31
  %wide.masked.gather = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %32, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !18, !noalias !21
  %33 = fadd contract <16 x float> %wide.load, %wide.masked.gather
  %34 = fadd reassoc contract <16 x float> %33, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %35 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %34)
  %36 = fmul float %35, 6.250000e-02
  %.idx.i = mul i64 %24, 8448
  %37 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i
  %.idx4.i = mul nuw nsw i64 %i1.i, 4224
  %38 = getelementptr inbounds i8, ptr %37, i64 %.idx4.i
  %p3.i = getelementptr inbounds float, ptr %38, i64 %i2.i
  store float %36, ptr %p3.i, align 4, !alias.scope !13, !noalias !22
  %parallel.next.i = add nsw i64 %parallel.i5, 1
  %i2.i.1 = urem i64 %parallel.next.i, 1056
  %39 = udiv i64 %parallel.next.i, 1056
  %i1.i.1 = and i64 %39, 1
  %40 = udiv i64 %parallel.next.i, 2112
  %41 = mul nuw nsw i64 %40, 236544
  %42 = shl nuw nsw i64 %i1.i.1, 4
  %43 = mul nuw nsw i64 %i2.i.1, 224
  %44 = add nuw nsw i64 %43, %41
  %45 = or disjoint i64 %44, %42
  %46 = getelementptr inbounds float, ptr %invariant.gep, i64 %45
  %broadcast.splatinsert.1 = insertelement <16 x i64> poison, i64 %42, i64 0
  %broadcast.splat.1 = shufflevector <16 x i64> %broadcast.splatinsert.1, <16 x i64> poison, <16 x i32> zeroinitializer
  %wide.load.1 = load <16 x float>, ptr %46, align 4, !alias.scope !16, !noalias !20
  %47 = or disjoint <16 x i64> %broadcast.splat.1, <i64 128, i64 129, i64 130, i64 131, i64 132, i64 133, i64 134, i64 135, i64 136, i64 137, i64 138, i64 139, i64 140, i64 141, i64 142, i64 143>
  %48 = getelementptr inbounds float, ptr %b2, <16 x i64> %47
  %wide.masked.gather.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %48, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !18, !noalias !21
  %49 = fadd contract <16 x float> %wide.load.1, %wide.masked.gather.1
  %50 = fadd reassoc contract <16 x float> %49, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %51 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %50)
  %52 = fmul float %51, 6.250000e-02
  %.idx.i.1 = mul i64 %40, 8448
  %53 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i.1
  %.idx4.i.1 = mul nuw nsw i64 %i1.i.1, 4224
  %54 = getelementptr inbounds i8, ptr %53, i64 %.idx4.i.1
  %p3.i.1 = getelementptr inbounds float, ptr %54, i64 %i2.i.1
  store float %52, ptr %p3.i.1, align 4, !alias.scope !13, !noalias !22
  %parallel.next.i.1 = add nsw i64 %parallel.i5, 2
  %exitcond6.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond6.not.1, label %k149.body.exit, label %parallel.body.i

k149.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k152(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !23)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !26)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !28)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !30)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k152.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 512
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol

parallel.body.i.prol:                             ; preds = %parallel.body.i.lr.ph
  %i2.i.prol = urem i64 %1, 1056
  %5 = udiv i64 %1, 1056
  %i1.i.prol = and i64 %5, 1
  %6 = udiv i64 %1, 2112
  %7 = mul nuw nsw i64 %6, 236544
  %8 = shl nuw nsw i64 %i1.i.prol, 4
  %9 = mul nuw nsw i64 %i2.i.prol, 224
  %10 = add nuw nsw i64 %9, %7
  %11 = or disjoint i64 %10, %8
  %.idx13.i.prol = mul i64 %6, 8448
  %.idx14.i.prol = mul nuw nsw i64 %i1.i.prol, 4224
  %12 = getelementptr inbounds float, ptr %invariant.gep, i64 %11
  %13 = getelementptr inbounds i8, ptr %b3, i64 %.idx13.i.prol
  %14 = getelementptr inbounds i8, ptr %13, i64 %.idx14.i.prol
  %p3.i.prol = getelementptr inbounds float, ptr %14, i64 %i2.i.prol
  %v4.i.prol = load float, ptr %p3.i.prol, align 4, !alias.scope !30, !noalias !32
  %broadcast.splatinsert.prol = insertelement <16 x i64> poison, i64 %8, i64 0
  %broadcast.splat.prol = shufflevector <16 x i64> %broadcast.splatinsert.prol, <16 x i64> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert8.prol = insertelement <16 x float> poison, float %v4.i.prol, i64 0
  %broadcast.splat9.prol = shufflevector <16 x float> %broadcast.splatinsert8.prol, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load.prol = load <16 x float>, ptr %12, align 4, !alias.scope !26, !noalias !33
  %15 = or disjoint <16 x i64> %broadcast.splat.prol, <i64 128, i64 129, i64 130, i64 131, i64 132, i64 133, i64 134, i64 135, i64 136, i64 137, i64 138, i64 139, i64 140, i64 141, i64 142, i64 143>
  %16 = getelementptr inbounds float, ptr %b2, <16 x i64> %15
  %wide.masked.gather.prol = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %16, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !28, !noalias !34
  %17 = fadd contract <16 x float> %wide.load.prol, %wide.masked.gather.prol
  %18 = fsub contract <16 x float> %17, %broadcast.splat9.prol
  %19 = fmul contract <16 x float> %18, %18
  %20 = fadd reassoc contract <16 x float> %19, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %21 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %20)
  %22 = fmul float %21, 6.250000e-02
  %23 = getelementptr inbounds i8, ptr %b0, i64 %.idx13.i.prol
  %24 = getelementptr inbounds i8, ptr %23, i64 %.idx14.i.prol
  %p11.i.prol = getelementptr inbounds float, ptr %24, i64 %i2.i.prol
  store float %22, ptr %p11.i.prol, align 4, !alias.scope !23, !noalias !35
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %parallel.body.i.prol, %parallel.body.i.lr.ph
  %parallel.i6.unr = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i.prol, %parallel.body.i.prol ]
  %25 = add i64 %2, -1
  %26 = icmp eq i64 %25, %1
  br i1 %26, label %k152.body.exit, label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i
  %parallel.i6 = phi i64 [ %parallel.next.i.1, %parallel.body.i ], [ %parallel.i6.unr, %parallel.body.i.prol.loopexit ]
  %i2.i = urem i64 %parallel.i6, 1056
  %27 = udiv i64 %parallel.i6, 1056
  %i1.i = and i64 %27, 1
  %28 = udiv i64 %parallel.i6, 2112
  %29 = mul nuw nsw i64 %28, 236544
  %30 = shl nuw nsw i64 %i1.i, 4
  %31 = mul nuw nsw i64 %i2.i, 224
  %32 = add nuw nsw i64 %31, %29
  %33 = or disjoint i64 %32, %30
  %.idx13.i = mul i64 %28, 8448
  %.idx14.i = mul nuw nsw i64 %i1.i, 4224
  %34 = getelementptr inbounds float, ptr %invariant.gep, i64 %33
  %35 = getelementptr inbounds i8, ptr %b3, i64 %.idx13.i
  %36 = getelementptr inbounds i8, ptr %35, i64 %.idx14.i
  %p3.i = getelementptr inbounds float, ptr %36, i64 %i2.i
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !30, !noalias !32
  %broadcast.splatinsert = insertelement <16 x i64> poison, i64 %30, i64 0
  %broadcast.splat = shufflevector <16 x i64> %broadcast.splatinsert, <16 x i64> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert8 = insertelement <16 x float> poison, float %v4.i, i64 0
  %broadcast.splat9 = shufflevector <16 x float> %broadcast.splatinsert8, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load = load <16 x float>, ptr %34, align 4, !alias.scope !26, !noalias !33
  %37 = or disjoint <16 x i64> %broadcast.splat, <i64 128, i64 129, i64 130, i64 131, i64 132, i64 133, i64 134, i64 135, i64 136, i64 137, i64 138, i64 139, i64 140, i64 141, i64 142, i64 143>
  %38 = getelementptr inbounds float, ptr %b2, <16 x i64> %37
  %wide.masked.gather = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %38, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !28, !noalias !34
  %39 = fadd contract <16 x float> %wide.load, %wide.masked.gather
  %40 = fsub contract <16 x float> %39, %broadcast.splat9
  %41 = fmul contract <16 x float> %40, %40
  %42 = fadd reassoc contract <16 x float> %41, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %43 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %42)
  %44 = fmul float %43, 6.250000e-02
  %45 = getelementptr inbounds i8, ptr %b0, i64 %.idx13.i
  %46 = getelementptr inbounds i8, ptr %45, i64 %.idx14.i
  %p11.i = getelementptr inbounds float, ptr %46, i64 %i2.i
  store float %44, ptr %p11.i, align 4, !alias.scope !23, !noalias !35
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %i2.i.1 = urem i64 %parallel.next.i, 1056
  %47 = udiv i64 %parallel.next.i, 1056
  %i1.i.1 = and i64 %47, 1
  %48 = udiv i64 %parallel.next.i, 2112
  %49 = mul nuw nsw i64 %48, 236544
  %50 = shl nuw nsw i64 %i1.i.1, 4
  %51 = mul nuw nsw i64 %i2.i.1, 224
  %52 = add nuw nsw i64 %51, %49
  %53 = or disjoint i64 %52, %50
  %.idx13.i.1 = mul i64 %48, 8448
  %.idx14.i.1 = mul nuw nsw i64 %i1.i.1, 4224
  %54 = getelementptr inbounds float, ptr %invariant.gep, i64 %53
  %55 = getelementptr inbounds i8, ptr %b3, i64 %.idx13.i.1
  %56 = getelementptr inbounds i8, ptr %55, i64 %.idx14.i.1
  %p3.i.1 = getelementptr inbounds float, ptr %56, i64 %i2.i.1
  %v4.i.1 = load float, ptr %p3.i.1, align 4, !alias.scope !30, !noalias !32
  %broadcast.splatinsert.1 = insertelement <16 x i64> poison, i64 %50, i64 0
  %broadcast.splat.1 = shufflevector <16 x i64> %broadcast.splatinsert.1, <16 x i64> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert8.1 = insertelement <16 x float> poison, float %v4.i.1, i64 0
  %broadcast.splat9.1 = shufflevector <16 x float> %broadcast.splatinsert8.1, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load.1 = load <16 x float>, ptr %54, align 4, !alias.scope !26, !noalias !33
  %57 = or disjoint <16 x i64> %broadcast.splat.1, <i64 128, i64 129, i64 130, i64 131, i64 132, i64 133, i64 134, i64 135, i64 136, i64 137, i64 138, i64 139, i64 140, i64 141, i64 142, i64 143>
  %58 = getelementptr inbounds float, ptr %b2, <16 x i64> %57
  %wide.masked.gather.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %58, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !28, !noalias !34
  %59 = fadd contract <16 x float> %wide.load.1, %wide.masked.gather.1
  %60 = fsub contract <16 x float> %59, %broadcast.splat9.1
  %61 = fmul contract <16 x float> %60, %60
  %62 = fadd reassoc contract <16 x float> %61, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %63 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %62)
  %64 = fmul float %63, 6.250000e-02
  %65 = getelementptr inbounds i8, ptr %b0, i64 %.idx13.i.1
  %66 = getelementptr inbounds i8, ptr %65, i64 %.idx14.i.1
  %p11.i.1 = getelementptr inbounds float, ptr %66, i64 %i2.i.1
  store float %64, ptr %p11.i.1, align 4, !alias.scope !23, !noalias !35
  %parallel.next.i.1 = add nsw i64 %parallel.i6, 2
  %exitcond7.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond7.not.1, label %k152.body.exit, label %parallel.body.i

k152.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k159(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  %slot4 = getelementptr i8, ptr %0, i64 32
  %b4 = load ptr, ptr %slot4, align 8
  %slot5 = getelementptr i8, ptr %0, i64 40
  %b5 = load ptr, ptr %slot5, align 8
  %slot6 = getelementptr i8, ptr %0, i64 48
  %b6 = load ptr, ptr %slot6, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !36)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !39)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !41)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !43)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !45)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !47)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !49)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k159.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 512
  %4 = load <16 x float>, ptr %b5, align 4, !alias.scope !47, !noalias !51
  %5 = load <16 x float>, ptr %b6, align 4, !alias.scope !49, !noalias !52
  %6 = sub i64 %2, %1
  %xtraiter = and i64 %6, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol

parallel.body.i.prol:                             ; preds = %parallel.body.i.lr.ph
  %i2.i.prol = urem i64 %1, 1056
  %7 = udiv i64 %1, 1056
  %i1.i.prol = and i64 %7, 1
  %8 = udiv i64 %1, 2112
  %9 = mul nuw nsw i64 %8, 236544
  %10 = shl nuw nsw i64 %i1.i.prol, 4
  %11 = mul nuw nsw i64 %i2.i.prol, 224
  %12 = add nuw nsw i64 %11, %9
  %13 = or disjoint i64 %12, %10
  %14 = mul nuw nsw i64 %8, 2112
  %15 = mul nuw nsw i64 %i1.i.prol, 1056
  %16 = add nuw nsw i64 %14, %i2.i.prol
  %17 = add nuw nsw i64 %16, %15
  %p3.i.prol = getelementptr inbounds float, ptr %b3, i64 %17
  %v4.i.prol = load float, ptr %p3.i.prol, align 4, !alias.scope !43, !noalias !53
  %p5.i.prol = getelementptr inbounds float, ptr %b4, i64 %17
  %v6.i.prol = load float, ptr %p5.i.prol, align 4, !alias.scope !45, !noalias !54
  %18 = fadd contract float %v6.i.prol, 0x3EE4F8B580000000
  %19 = tail call float @llvm.sqrt.f32(float %18)
  %20 = fdiv float 1.000000e+00, %19
  %21 = getelementptr inbounds float, ptr %invariant.gep, i64 %13
  %22 = or disjoint i64 %10, 128
  %p1.i.prol = getelementptr inbounds float, ptr %b2, i64 %22
  %.idx.prol = shl nuw nsw i64 %i2.i.prol, 6
  %23 = getelementptr inbounds i8, ptr %b0, i64 %.idx.prol
  %.idx9.prol = mul i64 %8, 135168
  %24 = getelementptr inbounds i8, ptr %23, i64 %.idx9.prol
  %.idx10.prol = mul nuw nsw i64 %i1.i.prol, 67584
  %25 = getelementptr inbounds i8, ptr %24, i64 %.idx10.prol
  %26 = load <16 x float>, ptr %21, align 4, !alias.scope !39, !noalias !55
  %27 = load <16 x float>, ptr %p1.i.prol, align 4, !alias.scope !41, !noalias !56
  %28 = fadd contract <16 x float> %26, %27
  %29 = insertelement <16 x float> poison, float %v4.i.prol, i64 0
  %30 = shufflevector <16 x float> %29, <16 x float> poison, <16 x i32> zeroinitializer
  %31 = fsub contract <16 x float> %28, %30
  %32 = insertelement <16 x float> poison, float %20, i64 0
  %33 = shufflevector <16 x float> %32, <16 x float> poison, <16 x i32> zeroinitializer
  %34 = fmul contract <16 x float> %31, %33
  %35 = fmul contract <16 x float> %4, %34
  %36 = fadd contract <16 x float> %5, %35
  store <16 x float> %36, ptr %25, align 4, !alias.scope !36, !noalias !57
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %parallel.body.i.prol, %parallel.body.i.lr.ph
  %parallel.i8.unr = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i.prol, %parallel.body.i.prol ]
  %37 = add i64 %2, -1
  %38 = icmp eq i64 %37, %1
  br i1 %38, label %k159.body.exit, label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i
  %parallel.i8 = phi i64 [ %parallel.next.i.1, %parallel.body.i ], [ %parallel.i8.unr, %parallel.body.i.prol.loopexit ]
  %i2.i = urem i64 %parallel.i8, 1056
  %39 = udiv i64 %parallel.i8, 1056
  %i1.i = and i64 %39, 1
  %40 = udiv i64 %parallel.i8, 2112
  %41 = mul nuw nsw i64 %40, 236544
  %42 = shl nuw nsw i64 %i1.i, 4
  %43 = mul nuw nsw i64 %i2.i, 224
  %44 = add nuw nsw i64 %43, %41
  %45 = or disjoint i64 %44, %42
  %46 = mul nuw nsw i64 %40, 2112
  %47 = mul nuw nsw i64 %i1.i, 1056
  %48 = add nuw nsw i64 %46, %i2.i
  %49 = add nuw nsw i64 %48, %47
  %p3.i = getelementptr inbounds float, ptr %b3, i64 %49
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !43, !noalias !53
  %p5.i = getelementptr inbounds float, ptr %b4, i64 %49
  %v6.i = load float, ptr %p5.i, align 4, !alias.scope !45, !noalias !54
  %50 = fadd contract float %v6.i, 0x3EE4F8B580000000
  %51 = tail call float @llvm.sqrt.f32(float %50)
  %52 = fdiv float 1.000000e+00, %51
  %53 = getelementptr inbounds float, ptr %invariant.gep, i64 %45
  %54 = or disjoint i64 %42, 128
  %p1.i = getelementptr inbounds float, ptr %b2, i64 %54
  %.idx = shl nuw nsw i64 %i2.i, 6
  %55 = getelementptr inbounds i8, ptr %b0, i64 %.idx
  %.idx9 = mul i64 %40, 135168
  %56 = getelementptr inbounds i8, ptr %55, i64 %.idx9
  %.idx10 = mul nuw nsw i64 %i1.i, 67584
  %57 = getelementptr inbounds i8, ptr %56, i64 %.idx10
  %58 = load <16 x float>, ptr %53, align 4, !alias.scope !39, !noalias !55
  %59 = load <16 x float>, ptr %p1.i, align 4, !alias.scope !41, !noalias !56
  %60 = fadd contract <16 x float> %58, %59
  %61 = insertelement <16 x float> poison, float %v4.i, i64 0
  %62 = shufflevector <16 x float> %61, <16 x float> poison, <16 x i32> zeroinitializer
  %63 = fsub contract <16 x float> %60, %62
  %64 = insertelement <16 x float> poison, float %52, i64 0
  %65 = shufflevector <16 x float> %64, <16 x float> poison, <16 x i32> zeroinitializer
  %66 = fmul contract <16 x float> %63, %65
  %67 = fmul contract <16 x float> %4, %66
  %68 = fadd contract <16 x float> %5, %67
  store <16 x float> %68, ptr %57, align 4, !alias.scope !36, !noalias !57
  %parallel.next.i = add nsw i64 %parallel.i8, 1
  %i2.i.1 = urem i64 %parallel.next.i, 1056
  %69 = udiv i64 %parallel.next.i, 1056
  %i1.i.1 = and i64 %69, 1
  %70 = udiv i64 %parallel.next.i, 2112
  %71 = mul nuw nsw i64 %70, 236544
  %72 = shl nuw nsw i64 %i1.i.1, 4
  %73 = mul nuw nsw i64 %i2.i.1, 224
  %74 = add nuw nsw i64 %73, %71
  %75 = or disjoint i64 %74, %72
  %76 = mul nuw nsw i64 %70, 2112
  %77 = mul nuw nsw i64 %i1.i.1, 1056
  %78 = add nuw nsw i64 %76, %i2.i.1
  %79 = add nuw nsw i64 %78, %77
  %p3.i.1 = getelementptr inbounds float, ptr %b3, i64 %79
  %v4.i.1 = load float, ptr %p3.i.1, align 4, !alias.scope !43, !noalias !53
  %p5.i.1 = getelementptr inbounds float, ptr %b4, i64 %79
  %v6.i.1 = load float, ptr %p5.i.1, align 4, !alias.scope !45, !noalias !54
  %80 = fadd contract float %v6.i.1, 0x3EE4F8B580000000
  %81 = tail call float @llvm.sqrt.f32(float %80)
  %82 = fdiv float 1.000000e+00, %81
  %83 = getelementptr inbounds float, ptr %invariant.gep, i64 %75
  %84 = or disjoint i64 %72, 128
  %p1.i.1 = getelementptr inbounds float, ptr %b2, i64 %84
  %.idx.1 = shl nuw nsw i64 %i2.i.1, 6
  %85 = getelementptr inbounds i8, ptr %b0, i64 %.idx.1
  %.idx9.1 = mul i64 %70, 135168
  %86 = getelementptr inbounds i8, ptr %85, i64 %.idx9.1
  %.idx10.1 = mul nuw nsw i64 %i1.i.1, 67584
  %87 = getelementptr inbounds i8, ptr %86, i64 %.idx10.1
  %88 = load <16 x float>, ptr %83, align 4, !alias.scope !39, !noalias !55
  %89 = load <16 x float>, ptr %p1.i.1, align 4, !alias.scope !41, !noalias !56
  %90 = fadd contract <16 x float> %88, %89
  %91 = insertelement <16 x float> poison, float %v4.i.1, i64 0
  %92 = shufflevector <16 x float> %91, <16 x float> poison, <16 x i32> zeroinitializer
  %93 = fsub contract <16 x float> %90, %92
  %94 = insertelement <16 x float> poison, float %82, i64 0
  %95 = shufflevector <16 x float> %94, <16 x float> poison, <16 x i32> zeroinitializer
  %96 = fmul contract <16 x float> %93, %95
  %97 = fmul contract <16 x float> %4, %96
  %98 = fadd contract <16 x float> %5, %97
  store <16 x float> %98, ptr %87, align 4, !alias.scope !36, !noalias !57
  %parallel.next.i.1 = add nsw i64 %parallel.i8, 2
  %exitcond.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond.not.1, label %k159.body.exit, label %parallel.body.i

k159.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.cos.f32(float) #0

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: readwrite)
define noundef i32 @k168(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #2 {
entry:
  %b0 = load ptr, ptr %0, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !58)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %guard.done.i.11.preheader, label %k168.body.exit

guard.done.i.11.preheader:                        ; preds = %entry
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %guard.done.i.11.prol.loopexit, label %guard.done.i.11.prol

guard.done.i.11.prol:                             ; preds = %guard.done.i.11.preheader
  %.idx.i.prol = mul i64 %1, 48
  %5 = getelementptr i8, ptr %b0, i64 %.idx.i.prol
  %6 = shl i64 %1, 2
  %7 = and i64 %6, 124
  %gep5.prol = getelementptr float, ptr getelementptr (i8, ptr @k169.c1, i64 -16), i64 %7
  %8 = lshr i64 %1, 3
  %9 = and i64 %8, 2305843009213693948
  %p.i.prol = getelementptr inbounds float, ptr @k169.c0, i64 %9
  %guarded8.i.prol = load float, ptr %p.i.prol, align 16, !noalias !58
  %10 = tail call float @llvm.cos.f32(float %guarded8.i.prol)
  store float %10, ptr %5, align 4, !alias.scope !58
  %11 = or disjoint i64 %9, 1
  %p.i.1.prol = getelementptr inbounds float, ptr @k169.c0, i64 %11
  %guarded8.i.1.pre.prol = load float, ptr %p.i.1.prol, align 4, !noalias !58
  %12 = tail call float @llvm.cos.f32(float %guarded8.i.1.pre.prol)
  %p9.i.1.prol = getelementptr i8, ptr %5, i64 4
  store float %12, ptr %p9.i.1.prol, align 4, !alias.scope !58
  %13 = or disjoint i64 %9, 2
  %p.i.2.prol = getelementptr inbounds float, ptr @k169.c0, i64 %13
  %guarded8.i.2.pre.prol = load float, ptr %p.i.2.prol, align 8, !noalias !58
  %14 = tail call float @llvm.cos.f32(float %guarded8.i.2.pre.prol)
  %p9.i.2.prol = getelementptr i8, ptr %5, i64 8
  store float %14, ptr %p9.i.2.prol, align 4, !alias.scope !58
  %15 = or i64 %8, 3
  %p.i.3.prol = getelementptr inbounds float, ptr @k169.c0, i64 %15
  %guarded8.i.3.pre.prol = load float, ptr %p.i.3.prol, align 4, !noalias !58
  %16 = tail call float @llvm.cos.f32(float %guarded8.i.3.pre.prol)
  %p9.i.3.prol = getelementptr i8, ptr %5, i64 12
  store float %16, ptr %p9.i.3.prol, align 4, !alias.scope !58
  %gep4.4.prol = getelementptr i8, ptr %gep5.prol, i64 16
  %guarded8.i.4.prol = load float, ptr %gep4.4.prol, align 16, !noalias !58
  %17 = tail call float @llvm.cos.f32(float %guarded8.i.4.prol)
  %p9.i.4.prol = getelementptr i8, ptr %5, i64 16
  store float %17, ptr %p9.i.4.prol, align 4, !alias.scope !58
  %gep4.5.prol = getelementptr i8, ptr %gep5.prol, i64 20
  %guarded8.i.5.prol = load float, ptr %gep4.5.prol, align 4, !noalias !58
  %18 = tail call float @llvm.cos.f32(float %guarded8.i.5.prol)
  %p9.i.5.prol = getelementptr i8, ptr %5, i64 20
  store float %18, ptr %p9.i.5.prol, align 4, !alias.scope !58
  %gep4.6.prol = getelementptr i8, ptr %gep5.prol, i64 24
  %guarded8.i.6.prol = load float, ptr %gep4.6.prol, align 8, !noalias !58
  %19 = tail call float @llvm.cos.f32(float %guarded8.i.6.prol)
  %p9.i.6.prol = getelementptr i8, ptr %5, i64 24
  store float %19, ptr %p9.i.6.prol, align 4, !alias.scope !58
  %gep4.7.prol = getelementptr i8, ptr %gep5.prol, i64 28
  %guarded8.i.7.prol = load float, ptr %gep4.7.prol, align 4, !noalias !58
  %20 = tail call float @llvm.cos.f32(float %guarded8.i.7.prol)
  %p9.i.7.prol = getelementptr i8, ptr %5, i64 28
  store float %20, ptr %p9.i.7.prol, align 4, !alias.scope !58
  %p9.i.8.prol = getelementptr i8, ptr %5, i64 32
  store <4 x float> <float -1.000000e+00, float -1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %p9.i.8.prol, align 4, !alias.scope !58
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %guard.done.i.11.prol.loopexit

guard.done.i.11.prol.loopexit:                    ; preds = %guard.done.i.11.prol, %guard.done.i.11.preheader
  %parallel.i6.unr = phi i64 [ %1, %guard.done.i.11.preheader ], [ %parallel.next.i.prol, %guard.done.i.11.prol ]
  %21 = add i64 %2, -1
  %22 = icmp eq i64 %21, %1
  br i1 %22, label %k168.body.exit, label %guard.done.i.11

guard.done.i.11:                                  ; preds = %guard.done.i.11.prol.loopexit, %guard.done.i.11
  %parallel.i6 = phi i64 [ %parallel.next.i.1, %guard.done.i.11 ], [ %parallel.i6.unr, %guard.done.i.11.prol.loopexit ]
  %.idx.i = mul i64 %parallel.i6, 48
  %23 = getelementptr i8, ptr %b0, i64 %.idx.i
  %24 = shl i64 %parallel.i6, 2
  %25 = and i64 %24, 124
  %gep5 = getelementptr float, ptr getelementptr (i8, ptr @k169.c1, i64 -16), i64 %25
  %26 = lshr i64 %parallel.i6, 3
  %27 = and i64 %26, 2305843009213693948
  %p.i = getelementptr inbounds float, ptr @k169.c0, i64 %27
  %guarded8.i = load float, ptr %p.i, align 16, !noalias !58
  %28 = tail call float @llvm.cos.f32(float %guarded8.i)
  store float %28, ptr %23, align 4, !alias.scope !58
  %29 = or disjoint i64 %27, 1
  %p.i.1 = getelementptr inbounds float, ptr @k169.c0, i64 %29
  %guarded8.i.1.pre = load float, ptr %p.i.1, align 4, !noalias !58
  %30 = tail call float @llvm.cos.f32(float %guarded8.i.1.pre)
  %p9.i.1 = getelementptr i8, ptr %23, i64 4
  store float %30, ptr %p9.i.1, align 4, !alias.scope !58
  %31 = or disjoint i64 %27, 2
  %p.i.2 = getelementptr inbounds float, ptr @k169.c0, i64 %31
  %guarded8.i.2.pre = load float, ptr %p.i.2, align 8, !noalias !58
  %32 = tail call float @llvm.cos.f32(float %guarded8.i.2.pre)
  %p9.i.2 = getelementptr i8, ptr %23, i64 8
  store float %32, ptr %p9.i.2, align 4, !alias.scope !58
  %33 = or i64 %26, 3
  %p.i.3 = getelementptr inbounds float, ptr @k169.c0, i64 %33
  %guarded8.i.3.pre = load float, ptr %p.i.3, align 4, !noalias !58
  %34 = tail call float @llvm.cos.f32(float %guarded8.i.3.pre)
  %p9.i.3 = getelementptr i8, ptr %23, i64 12
  store float %34, ptr %p9.i.3, align 4, !alias.scope !58
  %gep4.4 = getelementptr i8, ptr %gep5, i64 16
  %guarded8.i.4 = load float, ptr %gep4.4, align 16, !noalias !58
  %35 = tail call float @llvm.cos.f32(float %guarded8.i.4)
  %p9.i.4 = getelementptr i8, ptr %23, i64 16
  store float %35, ptr %p9.i.4, align 4, !alias.scope !58
  %gep4.5 = getelementptr i8, ptr %gep5, i64 20
  %guarded8.i.5 = load float, ptr %gep4.5, align 4, !noalias !58
  %36 = tail call float @llvm.cos.f32(float %guarded8.i.5)
  %p9.i.5 = getelementptr i8, ptr %23, i64 20
  store float %36, ptr %p9.i.5, align 4, !alias.scope !58
  %gep4.6 = getelementptr i8, ptr %gep5, i64 24
  %guarded8.i.6 = load float, ptr %gep4.6, align 8, !noalias !58
  %37 = tail call float @llvm.cos.f32(float %guarded8.i.6)
  %p9.i.6 = getelementptr i8, ptr %23, i64 24
  store float %37, ptr %p9.i.6, align 4, !alias.scope !58
  %gep4.7 = getelementptr i8, ptr %gep5, i64 28
  %guarded8.i.7 = load float, ptr %gep4.7, align 4, !noalias !58
  %38 = tail call float @llvm.cos.f32(float %guarded8.i.7)
  %p9.i.7 = getelementptr i8, ptr %23, i64 28
  store float %38, ptr %p9.i.7, align 4, !alias.scope !58
  %p9.i.8 = getelementptr i8, ptr %23, i64 32
  store <4 x float> <float -1.000000e+00, float -1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %p9.i.8, align 4, !alias.scope !58
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %.idx.i.1 = mul i64 %parallel.next.i, 48
  %39 = getelementptr i8, ptr %b0, i64 %.idx.i.1
  %40 = shl i64 %parallel.next.i, 2
  %41 = and i64 %40, 124
  %gep5.1 = getelementptr float, ptr getelementptr (i8, ptr @k169.c1, i64 -16), i64 %41
  %42 = lshr i64 %parallel.next.i, 3
  %43 = and i64 %42, 2305843009213693948
  %p.i.113 = getelementptr inbounds float, ptr @k169.c0, i64 %43
  %guarded8.i.1 = load float, ptr %p.i.113, align 16, !noalias !58
  %44 = tail call float @llvm.cos.f32(float %guarded8.i.1)
  store float %44, ptr %39, align 4, !alias.scope !58
  %45 = or disjoint i64 %43, 1
  %p.i.1.1 = getelementptr inbounds float, ptr @k169.c0, i64 %45
  %guarded8.i.1.pre.1 = load float, ptr %p.i.1.1, align 4, !noalias !58
  %46 = tail call float @llvm.cos.f32(float %guarded8.i.1.pre.1)
  %p9.i.1.1 = getelementptr i8, ptr %39, i64 4
  store float %46, ptr %p9.i.1.1, align 4, !alias.scope !58
  %47 = or disjoint i64 %43, 2
  %p.i.2.1 = getelementptr inbounds float, ptr @k169.c0, i64 %47
  %guarded8.i.2.pre.1 = load float, ptr %p.i.2.1, align 8, !noalias !58
  %48 = tail call float @llvm.cos.f32(float %guarded8.i.2.pre.1)
  %p9.i.2.1 = getelementptr i8, ptr %39, i64 8
  store float %48, ptr %p9.i.2.1, align 4, !alias.scope !58
  %49 = or i64 %42, 3
  %p.i.3.1 = getelementptr inbounds float, ptr @k169.c0, i64 %49
  %guarded8.i.3.pre.1 = load float, ptr %p.i.3.1, align 4, !noalias !58
  %50 = tail call float @llvm.cos.f32(float %guarded8.i.3.pre.1)
  %p9.i.3.1 = getelementptr i8, ptr %39, i64 12
  store float %50, ptr %p9.i.3.1, align 4, !alias.scope !58
  %gep4.4.1 = getelementptr i8, ptr %gep5.1, i64 16
  %guarded8.i.4.1 = load float, ptr %gep4.4.1, align 16, !noalias !58
  %51 = tail call float @llvm.cos.f32(float %guarded8.i.4.1)
  %p9.i.4.1 = getelementptr i8, ptr %39, i64 16
  store float %51, ptr %p9.i.4.1, align 4, !alias.scope !58
  %gep4.5.1 = getelementptr i8, ptr %gep5.1, i64 20
  %guarded8.i.5.1 = load float, ptr %gep4.5.1, align 4, !noalias !58
  %52 = tail call float @llvm.cos.f32(float %guarded8.i.5.1)
  %p9.i.5.1 = getelementptr i8, ptr %39, i64 20
  store float %52, ptr %p9.i.5.1, align 4, !alias.scope !58
  %gep4.6.1 = getelementptr i8, ptr %gep5.1, i64 24
  %guarded8.i.6.1 = load float, ptr %gep4.6.1, align 8, !noalias !58
  %53 = tail call float @llvm.cos.f32(float %guarded8.i.6.1)
  %p9.i.6.1 = getelementptr i8, ptr %39, i64 24
  store float %53, ptr %p9.i.6.1, align 4, !alias.scope !58
  %gep4.7.1 = getelementptr i8, ptr %gep5.1, i64 28
  %guarded8.i.7.1 = load float, ptr %gep4.7.1, align 4, !noalias !58
  %54 = tail call float @llvm.cos.f32(float %guarded8.i.7.1)
  %p9.i.7.1 = getelementptr i8, ptr %39, i64 28
  store float %54, ptr %p9.i.7.1, align 4, !alias.scope !58
  %p9.i.8.1 = getelementptr i8, ptr %39, i64 32
  store <4 x float> <float -1.000000e+00, float -1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %p9.i.8.1, align 4, !alias.scope !58
  %parallel.next.i.1 = add nsw i64 %parallel.i6, 2
  %exitcond.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond.not.1, label %k168.body.exit, label %guard.done.i.11

k168.body.exit:                                   ; preds = %guard.done.i.11.prol.loopexit, %guard.done.i.11, %entry
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #0

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: readwrite)
define noundef i32 @k169(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #2 {
entry:
  %b0 = load ptr, ptr %0, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !61)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %guard.done.i.11.preheader, label %k169.body.exit

guard.done.i.11.preheader:                        ; preds = %entry
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %guard.done.i.11.prol.loopexit, label %guard.done.i.11.prol

guard.done.i.11.prol:                             ; preds = %guard.done.i.11.preheader
  %.idx.i.prol = mul i64 %1, 48
  %5 = getelementptr i8, ptr %b0, i64 %.idx.i.prol
  %6 = shl i64 %1, 2
  %7 = and i64 %6, 124
  %gep5.prol = getelementptr float, ptr getelementptr (i8, ptr @k169.c1, i64 -16), i64 %7
  %8 = lshr i64 %1, 3
  %9 = and i64 %8, 2305843009213693948
  %p.i.prol = getelementptr inbounds float, ptr @k169.c0, i64 %9
  %guarded8.i.prol = load float, ptr %p.i.prol, align 16, !noalias !61
  %10 = tail call float @llvm.sin.f32(float %guarded8.i.prol)
  store float %10, ptr %5, align 4, !alias.scope !61
  %11 = or disjoint i64 %9, 1
  %p.i.1.prol = getelementptr inbounds float, ptr @k169.c0, i64 %11
  %guarded8.i.1.pre.prol = load float, ptr %p.i.1.prol, align 4, !noalias !61
  %12 = tail call float @llvm.sin.f32(float %guarded8.i.1.pre.prol)
  %p9.i.1.prol = getelementptr i8, ptr %5, i64 4
  store float %12, ptr %p9.i.1.prol, align 4, !alias.scope !61
  %13 = or disjoint i64 %9, 2
  %p.i.2.prol = getelementptr inbounds float, ptr @k169.c0, i64 %13
  %guarded8.i.2.pre.prol = load float, ptr %p.i.2.prol, align 8, !noalias !61
  %14 = tail call float @llvm.sin.f32(float %guarded8.i.2.pre.prol)
  %p9.i.2.prol = getelementptr i8, ptr %5, i64 8
  store float %14, ptr %p9.i.2.prol, align 4, !alias.scope !61
  %15 = or i64 %8, 3
  %p.i.3.prol = getelementptr inbounds float, ptr @k169.c0, i64 %15
  %guarded8.i.3.pre.prol = load float, ptr %p.i.3.prol, align 4, !noalias !61
  %16 = tail call float @llvm.sin.f32(float %guarded8.i.3.pre.prol)
  %p9.i.3.prol = getelementptr i8, ptr %5, i64 12
  store float %16, ptr %p9.i.3.prol, align 4, !alias.scope !61
  %gep4.4.prol = getelementptr i8, ptr %gep5.prol, i64 16
  %guarded8.i.4.prol = load float, ptr %gep4.4.prol, align 16, !noalias !61
  %17 = tail call float @llvm.sin.f32(float %guarded8.i.4.prol)
  %p9.i.4.prol = getelementptr i8, ptr %5, i64 16
  store float %17, ptr %p9.i.4.prol, align 4, !alias.scope !61
  %gep4.5.prol = getelementptr i8, ptr %gep5.prol, i64 20
  %guarded8.i.5.prol = load float, ptr %gep4.5.prol, align 4, !noalias !61
  %18 = tail call float @llvm.sin.f32(float %guarded8.i.5.prol)
  %p9.i.5.prol = getelementptr i8, ptr %5, i64 20
  store float %18, ptr %p9.i.5.prol, align 4, !alias.scope !61
  %gep4.6.prol = getelementptr i8, ptr %gep5.prol, i64 24
  %guarded8.i.6.prol = load float, ptr %gep4.6.prol, align 8, !noalias !61
  %19 = tail call float @llvm.sin.f32(float %guarded8.i.6.prol)
  %p9.i.6.prol = getelementptr i8, ptr %5, i64 24
  store float %19, ptr %p9.i.6.prol, align 4, !alias.scope !61
  %gep4.7.prol = getelementptr i8, ptr %gep5.prol, i64 28
  %guarded8.i.7.prol = load float, ptr %gep4.7.prol, align 4, !noalias !61
  %20 = tail call float @llvm.sin.f32(float %guarded8.i.7.prol)
  %p9.i.7.prol = getelementptr i8, ptr %5, i64 28
  store float %20, ptr %p9.i.7.prol, align 4, !alias.scope !61
  %p9.i.8.prol = getelementptr i8, ptr %5, i64 32
  store <4 x float> <float 0x3E7777A5C0000000, float 0x3E7777A5C0000000, float 0xBEE777A5C0000000, float 0xBEE777A5C0000000>, ptr %p9.i.8.prol, align 4, !alias.scope !61
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %guard.done.i.11.prol.loopexit

guard.done.i.11.prol.loopexit:                    ; preds = %guard.done.i.11.prol, %guard.done.i.11.preheader
  %parallel.i6.unr = phi i64 [ %1, %guard.done.i.11.preheader ], [ %parallel.next.i.prol, %guard.done.i.11.prol ]
  %21 = add i64 %2, -1
  %22 = icmp eq i64 %21, %1
  br i1 %22, label %k169.body.exit, label %guard.done.i.11

guard.done.i.11:                                  ; preds = %guard.done.i.11.prol.loopexit, %guard.done.i.11
  %parallel.i6 = phi i64 [ %parallel.next.i.1, %guard.done.i.11 ], [ %parallel.i6.unr, %guard.done.i.11.prol.loopexit ]
  %.idx.i = mul i64 %parallel.i6, 48
  %23 = getelementptr i8, ptr %b0, i64 %.idx.i
  %24 = shl i64 %parallel.i6, 2
  %25 = and i64 %24, 124
  %gep5 = getelementptr float, ptr getelementptr (i8, ptr @k169.c1, i64 -16), i64 %25
  %26 = lshr i64 %parallel.i6, 3
  %27 = and i64 %26, 2305843009213693948
  %p.i = getelementptr inbounds float, ptr @k169.c0, i64 %27
  %guarded8.i = load float, ptr %p.i, align 16, !noalias !61
  %28 = tail call float @llvm.sin.f32(float %guarded8.i)
  store float %28, ptr %23, align 4, !alias.scope !61
  %29 = or disjoint i64 %27, 1
  %p.i.1 = getelementptr inbounds float, ptr @k169.c0, i64 %29
  %guarded8.i.1.pre = load float, ptr %p.i.1, align 4, !noalias !61
  %30 = tail call float @llvm.sin.f32(float %guarded8.i.1.pre)
  %p9.i.1 = getelementptr i8, ptr %23, i64 4
  store float %30, ptr %p9.i.1, align 4, !alias.scope !61
  %31 = or disjoint i64 %27, 2
  %p.i.2 = getelementptr inbounds float, ptr @k169.c0, i64 %31
  %guarded8.i.2.pre = load float, ptr %p.i.2, align 8, !noalias !61
  %32 = tail call float @llvm.sin.f32(float %guarded8.i.2.pre)
  %p9.i.2 = getelementptr i8, ptr %23, i64 8
  store float %32, ptr %p9.i.2, align 4, !alias.scope !61
  %33 = or i64 %26, 3
  %p.i.3 = getelementptr inbounds float, ptr @k169.c0, i64 %33
  %guarded8.i.3.pre = load float, ptr %p.i.3, align 4, !noalias !61
  %34 = tail call float @llvm.sin.f32(float %guarded8.i.3.pre)
  %p9.i.3 = getelementptr i8, ptr %23, i64 12
  store float %34, ptr %p9.i.3, align 4, !alias.scope !61
  %gep4.4 = getelementptr i8, ptr %gep5, i64 16
  %guarded8.i.4 = load float, ptr %gep4.4, align 16, !noalias !61
  %35 = tail call float @llvm.sin.f32(float %guarded8.i.4)
  %p9.i.4 = getelementptr i8, ptr %23, i64 16
  store float %35, ptr %p9.i.4, align 4, !alias.scope !61
  %gep4.5 = getelementptr i8, ptr %gep5, i64 20
  %guarded8.i.5 = load float, ptr %gep4.5, align 4, !noalias !61
  %36 = tail call float @llvm.sin.f32(float %guarded8.i.5)
  %p9.i.5 = getelementptr i8, ptr %23, i64 20
  store float %36, ptr %p9.i.5, align 4, !alias.scope !61
  %gep4.6 = getelementptr i8, ptr %gep5, i64 24
  %guarded8.i.6 = load float, ptr %gep4.6, align 8, !noalias !61
  %37 = tail call float @llvm.sin.f32(float %guarded8.i.6)
  %p9.i.6 = getelementptr i8, ptr %23, i64 24
  store float %37, ptr %p9.i.6, align 4, !alias.scope !61
  %gep4.7 = getelementptr i8, ptr %gep5, i64 28
  %guarded8.i.7 = load float, ptr %gep4.7, align 4, !noalias !61
  %38 = tail call float @llvm.sin.f32(float %guarded8.i.7)
  %p9.i.7 = getelementptr i8, ptr %23, i64 28
  store float %38, ptr %p9.i.7, align 4, !alias.scope !61
  %p9.i.8 = getelementptr i8, ptr %23, i64 32
  store <4 x float> <float 0x3E7777A5C0000000, float 0x3E7777A5C0000000, float 0xBEE777A5C0000000, float 0xBEE777A5C0000000>, ptr %p9.i.8, align 4, !alias.scope !61
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %.idx.i.1 = mul i64 %parallel.next.i, 48
  %39 = getelementptr i8, ptr %b0, i64 %.idx.i.1
  %40 = shl i64 %parallel.next.i, 2
  %41 = and i64 %40, 124
  %gep5.1 = getelementptr float, ptr getelementptr (i8, ptr @k169.c1, i64 -16), i64 %41
  %42 = lshr i64 %parallel.next.i, 3
  %43 = and i64 %42, 2305843009213693948
  %p.i.113 = getelementptr inbounds float, ptr @k169.c0, i64 %43
  %guarded8.i.1 = load float, ptr %p.i.113, align 16, !noalias !61
  %44 = tail call float @llvm.sin.f32(float %guarded8.i.1)
  store float %44, ptr %39, align 4, !alias.scope !61
  %45 = or disjoint i64 %43, 1
  %p.i.1.1 = getelementptr inbounds float, ptr @k169.c0, i64 %45
  %guarded8.i.1.pre.1 = load float, ptr %p.i.1.1, align 4, !noalias !61
  %46 = tail call float @llvm.sin.f32(float %guarded8.i.1.pre.1)
  %p9.i.1.1 = getelementptr i8, ptr %39, i64 4
  store float %46, ptr %p9.i.1.1, align 4, !alias.scope !61
  %47 = or disjoint i64 %43, 2
  %p.i.2.1 = getelementptr inbounds float, ptr @k169.c0, i64 %47
  %guarded8.i.2.pre.1 = load float, ptr %p.i.2.1, align 8, !noalias !61
  %48 = tail call float @llvm.sin.f32(float %guarded8.i.2.pre.1)
  %p9.i.2.1 = getelementptr i8, ptr %39, i64 8
  store float %48, ptr %p9.i.2.1, align 4, !alias.scope !61
  %49 = or i64 %42, 3
  %p.i.3.1 = getelementptr inbounds float, ptr @k169.c0, i64 %49
  %guarded8.i.3.pre.1 = load float, ptr %p.i.3.1, align 4, !noalias !61
  %50 = tail call float @llvm.sin.f32(float %guarded8.i.3.pre.1)
  %p9.i.3.1 = getelementptr i8, ptr %39, i64 12
  store float %50, ptr %p9.i.3.1, align 4, !alias.scope !61
  %gep4.4.1 = getelementptr i8, ptr %gep5.1, i64 16
  %guarded8.i.4.1 = load float, ptr %gep4.4.1, align 16, !noalias !61
  %51 = tail call float @llvm.sin.f32(float %guarded8.i.4.1)
  %p9.i.4.1 = getelementptr i8, ptr %39, i64 16
  store float %51, ptr %p9.i.4.1, align 4, !alias.scope !61
  %gep4.5.1 = getelementptr i8, ptr %gep5.1, i64 20
  %guarded8.i.5.1 = load float, ptr %gep4.5.1, align 4, !noalias !61
  %52 = tail call float @llvm.sin.f32(float %guarded8.i.5.1)
  %p9.i.5.1 = getelementptr i8, ptr %39, i64 20
  store float %52, ptr %p9.i.5.1, align 4, !alias.scope !61
  %gep4.6.1 = getelementptr i8, ptr %gep5.1, i64 24
  %guarded8.i.6.1 = load float, ptr %gep4.6.1, align 8, !noalias !61
  %53 = tail call float @llvm.sin.f32(float %guarded8.i.6.1)
  %p9.i.6.1 = getelementptr i8, ptr %39, i64 24
  store float %53, ptr %p9.i.6.1, align 4, !alias.scope !61
  %gep4.7.1 = getelementptr i8, ptr %gep5.1, i64 28
  %guarded8.i.7.1 = load float, ptr %gep4.7.1, align 4, !noalias !61
  %54 = tail call float @llvm.sin.f32(float %guarded8.i.7.1)
  %p9.i.7.1 = getelementptr i8, ptr %39, i64 28
  store float %54, ptr %p9.i.7.1, align 4, !alias.scope !61
  %p9.i.8.1 = getelementptr i8, ptr %39, i64 32
  store <4 x float> <float 0x3E7777A5C0000000, float 0x3E7777A5C0000000, float 0xBEE777A5C0000000, float 0xBEE777A5C0000000>, ptr %p9.i.8.1, align 4, !alias.scope !61
  %parallel.next.i.1 = add nsw i64 %parallel.i6, 2
  %exitcond.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond.not.1, label %k169.body.exit, label %guard.done.i.11

k169.body.exit:                                   ; preds = %guard.done.i.11.prol.loopexit, %guard.done.i.11, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k173(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !64)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !67)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !69)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k173.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 640
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol

parallel.body.i.prol:                             ; preds = %parallel.body.i.lr.ph
  %i2.i.prol = urem i64 %1, 1056
  %5 = udiv i64 %1, 1056
  %i1.i.prol = and i64 %5, 1
  %6 = udiv i64 %1, 2112
  %7 = mul nuw nsw i64 %6, 236544
  %8 = shl nuw nsw i64 %i1.i.prol, 4
  %9 = mul nuw nsw i64 %i2.i.prol, 224
  %10 = add nuw nsw i64 %9, %7
  %11 = or disjoint i64 %10, %8
  %12 = getelementptr inbounds float, ptr %invariant.gep, i64 %11
  %broadcast.splatinsert.prol = insertelement <16 x i64> poison, i64 %8, i64 0
  %broadcast.splat.prol = shufflevector <16 x i64> %broadcast.splatinsert.prol, <16 x i64> poison, <16 x i32> zeroinitializer
  %wide.load.prol = load <16 x float>, ptr %12, align 4, !alias.scope !67, !noalias !71
  %13 = or disjoint <16 x i64> %broadcast.splat.prol, <i64 160, i64 161, i64 162, i64 163, i64 164, i64 165, i64 166, i64 167, i64 168, i64 169, i64 170, i64 171, i64 172, i64 173, i64 174, i64 175>
  %14 = getelementptr inbounds float, ptr %b2, <16 x i64> %13
  %wide.masked.gather.prol = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %14, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !69, !noalias !72
  %15 = fadd contract <16 x float> %wide.load.prol, %wide.masked.gather.prol
  %16 = fadd reassoc contract <16 x float> %15, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %17 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %16)
  %18 = fmul float %17, 6.250000e-02
  %.idx.i.prol = mul i64 %6, 8448
  %19 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i.prol
  %.idx4.i.prol = mul nuw nsw i64 %i1.i.prol, 4224
  %20 = getelementptr inbounds i8, ptr %19, i64 %.idx4.i.prol
  %p3.i.prol = getelementptr inbounds float, ptr %20, i64 %i2.i.prol
  store float %18, ptr %p3.i.prol, align 4, !alias.scope !64, !noalias !73
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %parallel.body.i.prol, %parallel.body.i.lr.ph
  %parallel.i5.unr = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i.prol, %parallel.body.i.prol ]
  %21 = add i64 %2, -1
  %22 = icmp eq i64 %21, %1
  br i1 %22, label %k173.body.exit, label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i
  %parallel.i5 = phi i64 [ %parallel.next.i.1, %parallel.body.i ], [ %parallel.i5.unr, %parallel.body.i.prol.loopexit ]
  %i2.i = urem i64 %parallel.i5, 1056
  %23 = udiv i64 %parallel.i5, 1056
  %i1.i = and i64 %23, 1
  %24 = udiv i64 %parallel.i5, 2112
  %25 = mul nuw nsw i64 %24, 236544
  %26 = shl nuw nsw i64 %i1.i, 4
  %27 = mul nuw nsw i64 %i2.i, 224
  %28 = add nuw nsw i64 %27, %25
  %29 = or disjoint i64 %28, %26
  %30 = getelementptr inbounds float, ptr %invariant.gep, i64 %29
  %broadcast.splatinsert = insertelement <16 x i64> poison, i64 %26, i64 0
  %broadcast.splat = shufflevector <16 x i64> %broadcast.splatinsert, <16 x i64> poison, <16 x i32> zeroinitializer
  %wide.load = load <16 x float>, ptr %30, align 4, !alias.scope !67, !noalias !71
  %31 = or disjoint <16 x i64> %broadcast.splat, <i64 160, i64 161, i64 162, i64 163, i64 164, i64 165, i64 166, i64 167, i64 168, i64 169, i64 170, i64 171, i64 172, i64 173, i64 174, i64 175>
  %32 = getelementptr inbounds float, ptr %b2, <16 x i64> %31
  %wide.masked.gather = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %32, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !69, !noalias !72
  %33 = fadd contract <16 x float> %wide.load, %wide.masked.gather
  %34 = fadd reassoc contract <16 x float> %33, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %35 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %34)
  %36 = fmul float %35, 6.250000e-02
  %.idx.i = mul i64 %24, 8448
  %37 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i
  %.idx4.i = mul nuw nsw i64 %i1.i, 4224
  %38 = getelementptr inbounds i8, ptr %37, i64 %.idx4.i
  %p3.i = getelementptr inbounds float, ptr %38, i64 %i2.i
  store float %36, ptr %p3.i, align 4, !alias.scope !64, !noalias !73
  %parallel.next.i = add nsw i64 %parallel.i5, 1
  %i2.i.1 = urem i64 %parallel.next.i, 1056
  %39 = udiv i64 %parallel.next.i, 1056
  %i1.i.1 = and i64 %39, 1
  %40 = udiv i64 %parallel.next.i, 2112
  %41 = mul nuw nsw i64 %40, 236544
  %42 = shl nuw nsw i64 %i1.i.1, 4
  %43 = mul nuw nsw i64 %i2.i.1, 224
  %44 = add nuw nsw i64 %43, %41
  %45 = or disjoint i64 %44, %42
  %46 = getelementptr inbounds float, ptr %invariant.gep, i64 %45
  %broadcast.splatinsert.1 = insertelement <16 x i64> poison, i64 %42, i64 0
  %broadcast.splat.1 = shufflevector <16 x i64> %broadcast.splatinsert.1, <16 x i64> poison, <16 x i32> zeroinitializer
  %wide.load.1 = load <16 x float>, ptr %46, align 4, !alias.scope !67, !noalias !71
  %47 = or disjoint <16 x i64> %broadcast.splat.1, <i64 160, i64 161, i64 162, i64 163, i64 164, i64 165, i64 166, i64 167, i64 168, i64 169, i64 170, i64 171, i64 172, i64 173, i64 174, i64 175>
  %48 = getelementptr inbounds float, ptr %b2, <16 x i64> %47
  %wide.masked.gather.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %48, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !69, !noalias !72
  %49 = fadd contract <16 x float> %wide.load.1, %wide.masked.gather.1
  %50 = fadd reassoc contract <16 x float> %49, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %51 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %50)
  %52 = fmul float %51, 6.250000e-02
  %.idx.i.1 = mul i64 %40, 8448
  %53 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i.1
  %.idx4.i.1 = mul nuw nsw i64 %i1.i.1, 4224
  %54 = getelementptr inbounds i8, ptr %53, i64 %.idx4.i.1
  %p3.i.1 = getelementptr inbounds float, ptr %54, i64 %i2.i.1
  store float %52, ptr %p3.i.1, align 4, !alias.scope !64, !noalias !73
  %parallel.next.i.1 = add nsw i64 %parallel.i5, 2
  %exitcond6.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond6.not.1, label %k173.body.exit, label %parallel.body.i

k173.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k176(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !74)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !77)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !79)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !81)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k176.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 640
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol

parallel.body.i.prol:                             ; preds = %parallel.body.i.lr.ph
  %i2.i.prol = urem i64 %1, 1056
  %5 = udiv i64 %1, 1056
  %i1.i.prol = and i64 %5, 1
  %6 = udiv i64 %1, 2112
  %7 = mul nuw nsw i64 %6, 236544
  %8 = shl nuw nsw i64 %i1.i.prol, 4
  %9 = mul nuw nsw i64 %i2.i.prol, 224
  %10 = add nuw nsw i64 %9, %7
  %11 = or disjoint i64 %10, %8
  %.idx13.i.prol = mul i64 %6, 8448
  %.idx14.i.prol = mul nuw nsw i64 %i1.i.prol, 4224
  %12 = getelementptr inbounds float, ptr %invariant.gep, i64 %11
  %13 = getelementptr inbounds i8, ptr %b3, i64 %.idx13.i.prol
  %14 = getelementptr inbounds i8, ptr %13, i64 %.idx14.i.prol
  %p3.i.prol = getelementptr inbounds float, ptr %14, i64 %i2.i.prol
  %v4.i.prol = load float, ptr %p3.i.prol, align 4, !alias.scope !81, !noalias !83
  %broadcast.splatinsert.prol = insertelement <16 x i64> poison, i64 %8, i64 0
  %broadcast.splat.prol = shufflevector <16 x i64> %broadcast.splatinsert.prol, <16 x i64> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert8.prol = insertelement <16 x float> poison, float %v4.i.prol, i64 0
  %broadcast.splat9.prol = shufflevector <16 x float> %broadcast.splatinsert8.prol, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load.prol = load <16 x float>, ptr %12, align 4, !alias.scope !77, !noalias !84
  %15 = or disjoint <16 x i64> %broadcast.splat.prol, <i64 160, i64 161, i64 162, i64 163, i64 164, i64 165, i64 166, i64 167, i64 168, i64 169, i64 170, i64 171, i64 172, i64 173, i64 174, i64 175>
  %16 = getelementptr inbounds float, ptr %b2, <16 x i64> %15
  %wide.masked.gather.prol = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %16, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !79, !noalias !85
  %17 = fadd contract <16 x float> %wide.load.prol, %wide.masked.gather.prol
  %18 = fsub contract <16 x float> %17, %broadcast.splat9.prol
  %19 = fmul contract <16 x float> %18, %18
  %20 = fadd reassoc contract <16 x float> %19, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %21 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %20)
  %22 = fmul float %21, 6.250000e-02
  %23 = getelementptr inbounds i8, ptr %b0, i64 %.idx13.i.prol
  %24 = getelementptr inbounds i8, ptr %23, i64 %.idx14.i.prol
  %p11.i.prol = getelementptr inbounds float, ptr %24, i64 %i2.i.prol
  store float %22, ptr %p11.i.prol, align 4, !alias.scope !74, !noalias !86
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %parallel.body.i.prol, %parallel.body.i.lr.ph
  %parallel.i6.unr = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i.prol, %parallel.body.i.prol ]
  %25 = add i64 %2, -1
  %26 = icmp eq i64 %25, %1
  br i1 %26, label %k176.body.exit, label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i
  %parallel.i6 = phi i64 [ %parallel.next.i.1, %parallel.body.i ], [ %parallel.i6.unr, %parallel.body.i.prol.loopexit ]
  %i2.i = urem i64 %parallel.i6, 1056
  %27 = udiv i64 %parallel.i6, 1056
  %i1.i = and i64 %27, 1
  %28 = udiv i64 %parallel.i6, 2112
  %29 = mul nuw nsw i64 %28, 236544
  %30 = shl nuw nsw i64 %i1.i, 4
  %31 = mul nuw nsw i64 %i2.i, 224
  %32 = add nuw nsw i64 %31, %29
  %33 = or disjoint i64 %32, %30
  %.idx13.i = mul i64 %28, 8448
  %.idx14.i = mul nuw nsw i64 %i1.i, 4224
  %34 = getelementptr inbounds float, ptr %invariant.gep, i64 %33
  %35 = getelementptr inbounds i8, ptr %b3, i64 %.idx13.i
  %36 = getelementptr inbounds i8, ptr %35, i64 %.idx14.i
  %p3.i = getelementptr inbounds float, ptr %36, i64 %i2.i
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !81, !noalias !83
  %broadcast.splatinsert = insertelement <16 x i64> poison, i64 %30, i64 0
  %broadcast.splat = shufflevector <16 x i64> %broadcast.splatinsert, <16 x i64> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert8 = insertelement <16 x float> poison, float %v4.i, i64 0
  %broadcast.splat9 = shufflevector <16 x float> %broadcast.splatinsert8, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load = load <16 x float>, ptr %34, align 4, !alias.scope !77, !noalias !84
  %37 = or disjoint <16 x i64> %broadcast.splat, <i64 160, i64 161, i64 162, i64 163, i64 164, i64 165, i64 166, i64 167, i64 168, i64 169, i64 170, i64 171, i64 172, i64 173, i64 174, i64 175>
  %38 = getelementptr inbounds float, ptr %b2, <16 x i64> %37
  %wide.masked.gather = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %38, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !79, !noalias !85
  %39 = fadd contract <16 x float> %wide.load, %wide.masked.gather
  %40 = fsub contract <16 x float> %39, %broadcast.splat9
  %41 = fmul contract <16 x float> %40, %40
  %42 = fadd reassoc contract <16 x float> %41, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %43 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %42)
  %44 = fmul float %43, 6.250000e-02
  %45 = getelementptr inbounds i8, ptr %b0, i64 %.idx13.i
  %46 = getelementptr inbounds i8, ptr %45, i64 %.idx14.i
  %p11.i = getelementptr inbounds float, ptr %46, i64 %i2.i
  store float %44, ptr %p11.i, align 4, !alias.scope !74, !noalias !86
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %i2.i.1 = urem i64 %parallel.next.i, 1056
  %47 = udiv i64 %parallel.next.i, 1056
  %i1.i.1 = and i64 %47, 1
  %48 = udiv i64 %parallel.next.i, 2112
  %49 = mul nuw nsw i64 %48, 236544
  %50 = shl nuw nsw i64 %i1.i.1, 4
  %51 = mul nuw nsw i64 %i2.i.1, 224
  %52 = add nuw nsw i64 %51, %49
  %53 = or disjoint i64 %52, %50
  %.idx13.i.1 = mul i64 %48, 8448
  %.idx14.i.1 = mul nuw nsw i64 %i1.i.1, 4224
  %54 = getelementptr inbounds float, ptr %invariant.gep, i64 %53
  %55 = getelementptr inbounds i8, ptr %b3, i64 %.idx13.i.1
  %56 = getelementptr inbounds i8, ptr %55, i64 %.idx14.i.1
  %p3.i.1 = getelementptr inbounds float, ptr %56, i64 %i2.i.1
  %v4.i.1 = load float, ptr %p3.i.1, align 4, !alias.scope !81, !noalias !83
  %broadcast.splatinsert.1 = insertelement <16 x i64> poison, i64 %50, i64 0
  %broadcast.splat.1 = shufflevector <16 x i64> %broadcast.splatinsert.1, <16 x i64> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert8.1 = insertelement <16 x float> poison, float %v4.i.1, i64 0
  %broadcast.splat9.1 = shufflevector <16 x float> %broadcast.splatinsert8.1, <16 x float> poison, <16 x i32> zeroinitializer
  %wide.load.1 = load <16 x float>, ptr %54, align 4, !alias.scope !77, !noalias !84
  %57 = or disjoint <16 x i64> %broadcast.splat.1, <i64 160, i64 161, i64 162, i64 163, i64 164, i64 165, i64 166, i64 167, i64 168, i64 169, i64 170, i64 171, i64 172, i64 173, i64 174, i64 175>
  %58 = getelementptr inbounds float, ptr %b2, <16 x i64> %57
  %wide.masked.gather.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %58, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !79, !noalias !85
  %59 = fadd contract <16 x float> %wide.load.1, %wide.masked.gather.1
  %60 = fsub contract <16 x float> %59, %broadcast.splat9.1
  %61 = fmul contract <16 x float> %60, %60
  %62 = fadd reassoc contract <16 x float> %61, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %63 = tail call reassoc contract float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %62)
  %64 = fmul float %63, 6.250000e-02
  %65 = getelementptr inbounds i8, ptr %b0, i64 %.idx13.i.1
  %66 = getelementptr inbounds i8, ptr %65, i64 %.idx14.i.1
  %p11.i.1 = getelementptr inbounds float, ptr %66, i64 %i2.i.1
  store float %64, ptr %p11.i.1, align 4, !alias.scope !74, !noalias !86
  %parallel.next.i.1 = add nsw i64 %parallel.i6, 2
  %exitcond7.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond7.not.1, label %k176.body.exit, label %parallel.body.i

k176.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k183(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  %slot4 = getelementptr i8, ptr %0, i64 32
  %b4 = load ptr, ptr %slot4, align 8
  %slot5 = getelementptr i8, ptr %0, i64 40
  %b5 = load ptr, ptr %slot5, align 8
  %slot6 = getelementptr i8, ptr %0, i64 48
  %b6 = load ptr, ptr %slot6, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !87)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !90)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !92)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !94)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !96)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !98)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !100)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k183.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 640
  %4 = load <16 x float>, ptr %b5, align 4, !alias.scope !98, !noalias !102
  %5 = load <16 x float>, ptr %b6, align 4, !alias.scope !100, !noalias !103
  %6 = sub i64 %2, %1
  %xtraiter = and i64 %6, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol

parallel.body.i.prol:                             ; preds = %parallel.body.i.lr.ph
  %i2.i.prol = urem i64 %1, 1056
  %7 = udiv i64 %1, 1056
  %i1.i.prol = and i64 %7, 1
  %8 = udiv i64 %1, 2112
  %9 = mul nuw nsw i64 %8, 236544
  %10 = shl nuw nsw i64 %i1.i.prol, 4
  %11 = mul nuw nsw i64 %i2.i.prol, 224
  %12 = add nuw nsw i64 %11, %9
  %13 = or disjoint i64 %12, %10
  %14 = mul nuw nsw i64 %8, 2112
  %15 = mul nuw nsw i64 %i1.i.prol, 1056
  %16 = add nuw nsw i64 %14, %i2.i.prol
  %17 = add nuw nsw i64 %16, %15
  %p3.i.prol = getelementptr inbounds float, ptr %b3, i64 %17
  %v4.i.prol = load float, ptr %p3.i.prol, align 4, !alias.scope !94, !noalias !104
  %p5.i.prol = getelementptr inbounds float, ptr %b4, i64 %17
  %v6.i.prol = load float, ptr %p5.i.prol, align 4, !alias.scope !96, !noalias !105
  %18 = fadd contract float %v6.i.prol, 0x3EE4F8B580000000
  %19 = tail call float @llvm.sqrt.f32(float %18)
  %20 = fdiv float 1.000000e+00, %19
  %21 = getelementptr inbounds float, ptr %invariant.gep, i64 %13
  %22 = or disjoint i64 %10, 160
  %p1.i.prol = getelementptr inbounds float, ptr %b2, i64 %22
  %.idx.prol = shl nuw nsw i64 %i2.i.prol, 6
  %23 = getelementptr inbounds i8, ptr %b0, i64 %.idx.prol
  %.idx9.prol = mul i64 %8, 135168
  %24 = getelementptr inbounds i8, ptr %23, i64 %.idx9.prol
  %.idx10.prol = mul nuw nsw i64 %i1.i.prol, 67584
  %25 = getelementptr inbounds i8, ptr %24, i64 %.idx10.prol
  %26 = load <16 x float>, ptr %21, align 4, !alias.scope !90, !noalias !106
  %27 = load <16 x float>, ptr %p1.i.prol, align 4, !alias.scope !92, !noalias !107
  %28 = fadd contract <16 x float> %26, %27
  %29 = insertelement <16 x float> poison, float %v4.i.prol, i64 0
  %30 = shufflevector <16 x float> %29, <16 x float> poison, <16 x i32> zeroinitializer
  %31 = fsub contract <16 x float> %28, %30
  %32 = insertelement <16 x float> poison, float %20, i64 0
  %33 = shufflevector <16 x float> %32, <16 x float> poison, <16 x i32> zeroinitializer
  %34 = fmul contract <16 x float> %31, %33
  %35 = fmul contract <16 x float> %4, %34
  %36 = fadd contract <16 x float> %5, %35
  store <16 x float> %36, ptr %25, align 4, !alias.scope !87, !noalias !108
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %parallel.body.i.prol, %parallel.body.i.lr.ph
  %parallel.i8.unr = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i.prol, %parallel.body.i.prol ]
  %37 = add i64 %2, -1
  %38 = icmp eq i64 %37, %1
  br i1 %38, label %k183.body.exit, label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i
  %parallel.i8 = phi i64 [ %parallel.next.i.1, %parallel.body.i ], [ %parallel.i8.unr, %parallel.body.i.prol.loopexit ]
  %i2.i = urem i64 %parallel.i8, 1056
  %39 = udiv i64 %parallel.i8, 1056
  %i1.i = and i64 %39, 1
  %40 = udiv i64 %parallel.i8, 2112
  %41 = mul nuw nsw i64 %40, 236544
  %42 = shl nuw nsw i64 %i1.i, 4
  %43 = mul nuw nsw i64 %i2.i, 224
  %44 = add nuw nsw i64 %43, %41
  %45 = or disjoint i64 %44, %42
  %46 = mul nuw nsw i64 %40, 2112
  %47 = mul nuw nsw i64 %i1.i, 1056
  %48 = add nuw nsw i64 %46, %i2.i
  %49 = add nuw nsw i64 %48, %47
  %p3.i = getelementptr inbounds float, ptr %b3, i64 %49
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !94, !noalias !104
  %p5.i = getelementptr inbounds float, ptr %b4, i64 %49
  %v6.i = load float, ptr %p5.i, align 4, !alias.scope !96, !noalias !105
  %50 = fadd contract float %v6.i, 0x3EE4F8B580000000
  %51 = tail call float @llvm.sqrt.f32(float %50)
  %52 = fdiv float 1.000000e+00, %51
  %53 = getelementptr inbounds float, ptr %invariant.gep, i64 %45
  %54 = or disjoint i64 %42, 160
  %p1.i = getelementptr inbounds float, ptr %b2, i64 %54
  %.idx = shl nuw nsw i64 %i2.i, 6
  %55 = getelementptr inbounds i8, ptr %b0, i64 %.idx
  %.idx9 = mul i64 %40, 135168
  %56 = getelementptr inbounds i8, ptr %55, i64 %.idx9
  %.idx10 = mul nuw nsw i64 %i1.i, 67584
  %57 = getelementptr inbounds i8, ptr %56, i64 %.idx10
  %58 = load <16 x float>, ptr %53, align 4, !alias.scope !90, !noalias !106
  %59 = load <16 x float>, ptr %p1.i, align 4, !alias.scope !92, !noalias !107
  %60 = fadd contract <16 x float> %58, %59
  %61 = insertelement <16 x float> poison, float %v4.i, i64 0
  %62 = shufflevector <16 x float> %61, <16 x float> poison, <16 x i32> zeroinitializer
  %63 = fsub contract <16 x float> %60, %62
  %64 = insertelement <16 x float> poison, float %52, i64 0
  %65 = shufflevector <16 x float> %64, <16 x float> poison, <16 x i32> zeroinitializer
  %66 = fmul contract <16 x float> %63, %65
  %67 = fmul contract <16 x float> %4, %66
  %68 = fadd contract <16 x float> %5, %67
  store <16 x float> %68, ptr %57, align 4, !alias.scope !87, !noalias !108
  %parallel.next.i = add nsw i64 %parallel.i8, 1
  %i2.i.1 = urem i64 %parallel.next.i, 1056
  %69 = udiv i64 %parallel.next.i, 1056
  %i1.i.1 = and i64 %69, 1
  %70 = udiv i64 %parallel.next.i, 2112
  %71 = mul nuw nsw i64 %70, 236544
  %72 = shl nuw nsw i64 %i1.i.1, 4
  %73 = mul nuw nsw i64 %i2.i.1, 224
  %74 = add nuw nsw i64 %73, %71
  %75 = or disjoint i64 %74, %72
  %76 = mul nuw nsw i64 %70, 2112
  %77 = mul nuw nsw i64 %i1.i.1, 1056
  %78 = add nuw nsw i64 %76, %i2.i.1
  %79 = add nuw nsw i64 %78, %77
  %p3.i.1 = getelementptr inbounds float, ptr %b3, i64 %79
  %v4.i.1 = load float, ptr %p3.i.1, align 4, !alias.scope !94, !noalias !104
  %p5.i.1 = getelementptr inbounds float, ptr %b4, i64 %79
  %v6.i.1 = load float, ptr %p5.i.1, align 4, !alias.scope !96, !noalias !105
  %80 = fadd contract float %v6.i.1, 0x3EE4F8B580000000
  %81 = tail call float @llvm.sqrt.f32(float %80)
  %82 = fdiv float 1.000000e+00, %81
  %83 = getelementptr inbounds float, ptr %invariant.gep, i64 %75
  %84 = or disjoint i64 %72, 160
  %p1.i.1 = getelementptr inbounds float, ptr %b2, i64 %84
  %.idx.1 = shl nuw nsw i64 %i2.i.1, 6
  %85 = getelementptr inbounds i8, ptr %b0, i64 %.idx.1
  %.idx9.1 = mul i64 %70, 135168
  %86 = getelementptr inbounds i8, ptr %85, i64 %.idx9.1
  %.idx10.1 = mul nuw nsw i64 %i1.i.1, 67584
  %87 = getelementptr inbounds i8, ptr %86, i64 %.idx10.1
  %88 = load <16 x float>, ptr %83, align 4, !alias.scope !90, !noalias !106
  %89 = load <16 x float>, ptr %p1.i.1, align 4, !alias.scope !92, !noalias !107
  %90 = fadd contract <16 x float> %88, %89
  %91 = insertelement <16 x float> poison, float %v4.i.1, i64 0
  %92 = shufflevector <16 x float> %91, <16 x float> poison, <16 x i32> zeroinitializer
  %93 = fsub contract <16 x float> %90, %92
  %94 = insertelement <16 x float> poison, float %82, i64 0
  %95 = shufflevector <16 x float> %94, <16 x float> poison, <16 x i32> zeroinitializer
  %96 = fmul contract <16 x float> %93, %95
  %97 = fmul contract <16 x float> %4, %96
  %98 = fadd contract <16 x float> %5, %97
  store <16 x float> %98, ptr %87, align 4, !alias.scope !87, !noalias !108
  %parallel.next.i.1 = add nsw i64 %parallel.i8, 2
  %exitcond.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond.not.1, label %k183.body.exit, label %parallel.body.i

k183.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k186(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !109)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !112)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !114)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.lr.ph, label %k186.body.exit

parallel.body.i.lr.ph:                            ; preds = %entry
  %invariant.gep = getelementptr inbounds i8, ptr %b1, i64 768
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol

parallel.body.i.prol:                             ; preds = %parallel.body.i.lr.ph
  %i2.i.prol = urem i64 %1, 1056
  %5 = udiv i64 %1, 1056
  %i1.i.prol = and i64 %5, 1
  %6 = udiv i64 %1, 2112
  %7 = mul nuw nsw i64 %6, 236544
  %8 = shl nuw nsw i64 %i1.i.prol, 4
  %9 = mul nuw nsw i64 %i2.i.prol, 224
  %10 = add nuw nsw i64 %9, %7
  %11 = or disjoint i64 %10, %8
  %12 = getelementptr inbounds float, ptr %invariant.gep, i64 %11
  %13 = or disjoint i64 %8, 192
  %p1.i.prol = getelementptr inbounds float, ptr %b2, i64 %13
  %.idx.prol = shl nuw nsw i64 %i2.i.prol, 6
  %14 = getelementptr inbounds i8, ptr %b0, i64 %.idx.prol
  %.idx5.prol = mul i64 %6, 135168
  %15 = getelementptr inbounds i8, ptr %14, i64 %.idx5.prol
  %.idx6.prol = mul nuw nsw i64 %i1.i.prol, 67584
  %16 = getelementptr inbounds i8, ptr %15, i64 %.idx6.prol
  %17 = load <16 x float>, ptr %12, align 4, !alias.scope !112, !noalias !116
  %18 = load <16 x float>, ptr %p1.i.prol, align 4, !alias.scope !114, !noalias !117
  %19 = fadd contract <16 x float> %17, %18
  store <16 x float> %19, ptr %16, align 4, !alias.scope !109, !noalias !118
  %parallel.next.i.prol = add nsw i64 %1, 1
  br label %parallel.body.i.prol.loopexit

parallel.body.i.prol.loopexit:                    ; preds = %parallel.body.i.prol, %parallel.body.i.lr.ph
  %parallel.i4.unr = phi i64 [ %1, %parallel.body.i.lr.ph ], [ %parallel.next.i.prol, %parallel.body.i.prol ]
  %20 = add i64 %2, -1
  %21 = icmp eq i64 %20, %1
  br i1 %21, label %k186.body.exit, label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i
  %parallel.i4 = phi i64 [ %parallel.next.i.1, %parallel.body.i ], [ %parallel.i4.unr, %parallel.body.i.prol.loopexit ]
  %i2.i = urem i64 %parallel.i4, 1056
  %22 = udiv i64 %parallel.i4, 1056
  %i1.i = and i64 %22, 1
  %23 = udiv i64 %parallel.i4, 2112
  %24 = mul nuw nsw i64 %23, 236544
  %25 = shl nuw nsw i64 %i1.i, 4
  %26 = mul nuw nsw i64 %i2.i, 224
  %27 = add nuw nsw i64 %26, %24
  %28 = or disjoint i64 %27, %25
  %29 = getelementptr inbounds float, ptr %invariant.gep, i64 %28
  %30 = or disjoint i64 %25, 192
  %p1.i = getelementptr inbounds float, ptr %b2, i64 %30
  %.idx = shl nuw nsw i64 %i2.i, 6
  %31 = getelementptr inbounds i8, ptr %b0, i64 %.idx
  %.idx5 = mul i64 %23, 135168
  %32 = getelementptr inbounds i8, ptr %31, i64 %.idx5
  %.idx6 = mul nuw nsw i64 %i1.i, 67584
  %33 = getelementptr inbounds i8, ptr %32, i64 %.idx6
  %34 = load <16 x float>, ptr %29, align 4, !alias.scope !112, !noalias !116
  %35 = load <16 x float>, ptr %p1.i, align 4, !alias.scope !114, !noalias !117
  %36 = fadd contract <16 x float> %34, %35
  store <16 x float> %36, ptr %33, align 4, !alias.scope !109, !noalias !118
  %parallel.next.i = add nsw i64 %parallel.i4, 1
  %i2.i.1 = urem i64 %parallel.next.i, 1056
  %37 = udiv i64 %parallel.next.i, 1056
  %i1.i.1 = and i64 %37, 1
  %38 = udiv i64 %parallel.next.i, 2112
  %39 = mul nuw nsw i64 %38, 236544
  %40 = shl nuw nsw i64 %i1.i.1, 4
  %41 = mul nuw nsw i64 %i2.i.1, 224
  %42 = add nuw nsw i64 %41, %39
  %43 = or disjoint i64 %42, %40
  %44 = getelementptr inbounds float, ptr %invariant.gep, i64 %43
  %45 = or disjoint i64 %40, 192
  %p1.i.1 = getelementptr inbounds float, ptr %b2, i64 %45
  %.idx.1 = shl nuw nsw i64 %i2.i.1, 6
  %46 = getelementptr inbounds i8, ptr %b0, i64 %.idx.1
  %.idx5.1 = mul i64 %38, 135168
  %47 = getelementptr inbounds i8, ptr %46, i64 %.idx5.1
  %.idx6.1 = mul nuw nsw i64 %i1.i.1, 67584
  %48 = getelementptr inbounds i8, ptr %47, i64 %.idx6.1
  %49 = load <16 x float>, ptr %44, align 4, !alias.scope !112, !noalias !116
  %50 = load <16 x float>, ptr %p1.i.1, align 4, !alias.scope !114, !noalias !117
  %51 = fadd contract <16 x float> %49, %50
  store <16 x float> %51, ptr %48, align 4, !alias.scope !109, !noalias !118
  %parallel.next.i.1 = add nsw i64 %parallel.i4, 2
  %exitcond.not.1 = icmp eq i64 %parallel.next.i.1, %2
  br i1 %exitcond.not.1, label %k186.body.exit, label %parallel.body.i

k186.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k189(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !119)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !122)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k189.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %b0, i64 64
  %5 = sub i64 %2, %1
  %xtraiter = and i64 %5, 3
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol

parallel.body.i.prol:                             ; preds = %parallel.body.i.preheader, %parallel.body.i.prol
  %parallel.i4.prol = phi i64 [ %parallel.next.i.prol, %parallel.body.i.prol ], [ %1, %parallel.body.i.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %parallel.body.i.prol ], [ 0, %parallel.body.i.preheader ]
  %i1.i.prol = urem i64 %parallel.i4.prol, 1056
  %6 = udiv i64 %parallel.i4.prol, 1056
  %.idx.i.prol = mul i64 %6, 143616
  %7 = getelementptr inbounds i8, ptr %b1, i64 %.idx.i.prol
  %.idx2.i.prol = mul nuw nsw i64 %i1.i.prol, 68
  %8 = getelementptr inbounds i8, ptr %7, i64 %.idx2.i.prol
  %.idx5.prol = mul i64 %6, 135168
  %9 = getelementptr inbounds i8, ptr %b0, i64 %.idx5.prol
  %p1.i.idx.prol = shl nuw nsw i64 %i1.i.prol, 7
  %p1.i.prol = getelementptr inbounds i8, ptr %9, i64 %p1.i.idx.prol
  %10 = load <16 x float>, ptr %8, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %10, ptr %p1.i.prol, align 4, !alias.scope !119, !noalias !122
  %11 = getelementptr inbounds i8, ptr %8, i64 71808
  %12 = getelementptr inbounds i8, ptr %4, i64 %.idx5.prol
  %p1.i.111.prol = getelementptr inbounds i8, ptr %12, i64 %p1.i.idx.prol
  %13 = load <16 x float>, ptr %11, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %13, ptr %p1.i.111.prol, align 4, !alias.scope !119, !noalias !122
  %parallel.next.i.prol = add nsw i64 %parallel.i4.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter
  br i1 %prol.iter.cmp.not, label %parallel.body.i.prol.loopexit, label %parallel.body.i.prol, !llvm.loop !124

parallel.body.i.prol.loopexit:                    ; preds = %parallel.body.i.prol, %parallel.body.i.preheader
  %parallel.i4.unr = phi i64 [ %1, %parallel.body.i.preheader ], [ %parallel.next.i.prol, %parallel.body.i.prol ]
  %14 = sub i64 %1, %2
  %15 = icmp ugt i64 %14, -4
  br i1 %15, label %k189.body.exit, label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i
  %parallel.i4 = phi i64 [ %parallel.next.i.3, %parallel.body.i ], [ %parallel.i4.unr, %parallel.body.i.prol.loopexit ]
  %i1.i = urem i64 %parallel.i4, 1056
  %16 = udiv i64 %parallel.i4, 1056
  %.idx.i = mul i64 %16, 143616
  %17 = getelementptr inbounds i8, ptr %b1, i64 %.idx.i
  %.idx2.i = mul nuw nsw i64 %i1.i, 68
  %18 = getelementptr inbounds i8, ptr %17, i64 %.idx2.i
  %.idx5 = mul i64 %16, 135168
  %19 = getelementptr inbounds i8, ptr %b0, i64 %.idx5
  %p1.i.idx = shl nuw nsw i64 %i1.i, 7
  %p1.i = getelementptr inbounds i8, ptr %19, i64 %p1.i.idx
  %20 = load <16 x float>, ptr %18, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %20, ptr %p1.i, align 4, !alias.scope !119, !noalias !122
  %21 = getelementptr inbounds i8, ptr %18, i64 71808
  %22 = getelementptr inbounds i8, ptr %4, i64 %.idx5
  %p1.i.111 = getelementptr inbounds i8, ptr %22, i64 %p1.i.idx
  %23 = load <16 x float>, ptr %21, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %23, ptr %p1.i.111, align 4, !alias.scope !119, !noalias !122
  %parallel.next.i = add nsw i64 %parallel.i4, 1
  %i1.i.1 = urem i64 %parallel.next.i, 1056
  %24 = udiv i64 %parallel.next.i, 1056
  %.idx.i.1 = mul i64 %24, 143616
  %25 = getelementptr inbounds i8, ptr %b1, i64 %.idx.i.1
  %.idx2.i.1 = mul nuw nsw i64 %i1.i.1, 68
  %26 = getelementptr inbounds i8, ptr %25, i64 %.idx2.i.1
  %.idx5.1 = mul i64 %24, 135168
  %27 = getelementptr inbounds i8, ptr %b0, i64 %.idx5.1
  %p1.i.idx.1 = shl nuw nsw i64 %i1.i.1, 7
  %p1.i.1 = getelementptr inbounds i8, ptr %27, i64 %p1.i.idx.1
  %28 = load <16 x float>, ptr %26, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %28, ptr %p1.i.1, align 4, !alias.scope !119, !noalias !122
  %29 = getelementptr inbounds i8, ptr %26, i64 71808
  %30 = getelementptr inbounds i8, ptr %4, i64 %.idx5.1
  %p1.i.111.1 = getelementptr inbounds i8, ptr %30, i64 %p1.i.idx.1
  %31 = load <16 x float>, ptr %29, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %31, ptr %p1.i.111.1, align 4, !alias.scope !119, !noalias !122
  %parallel.next.i.1 = add nsw i64 %parallel.i4, 2
  %i1.i.2 = urem i64 %parallel.next.i.1, 1056
  %32 = udiv i64 %parallel.next.i.1, 1056
  %.idx.i.2 = mul i64 %32, 143616
  %33 = getelementptr inbounds i8, ptr %b1, i64 %.idx.i.2
  %.idx2.i.2 = mul nuw nsw i64 %i1.i.2, 68
  %34 = getelementptr inbounds i8, ptr %33, i64 %.idx2.i.2
  %.idx5.2 = mul i64 %32, 135168
  %35 = getelementptr inbounds i8, ptr %b0, i64 %.idx5.2
  %p1.i.idx.2 = shl nuw nsw i64 %i1.i.2, 7
  %p1.i.2 = getelementptr inbounds i8, ptr %35, i64 %p1.i.idx.2
  %36 = load <16 x float>, ptr %34, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %36, ptr %p1.i.2, align 4, !alias.scope !119, !noalias !122
  %37 = getelementptr inbounds i8, ptr %34, i64 71808
  %38 = getelementptr inbounds i8, ptr %4, i64 %.idx5.2
  %p1.i.111.2 = getelementptr inbounds i8, ptr %38, i64 %p1.i.idx.2
  %39 = load <16 x float>, ptr %37, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %39, ptr %p1.i.111.2, align 4, !alias.scope !119, !noalias !122
  %parallel.next.i.2 = add nsw i64 %parallel.i4, 3
  %i1.i.3 = urem i64 %parallel.next.i.2, 1056
  %40 = udiv i64 %parallel.next.i.2, 1056
  %.idx.i.3 = mul i64 %40, 143616
  %41 = getelementptr inbounds i8, ptr %b1, i64 %.idx.i.3
  %.idx2.i.3 = mul nuw nsw i64 %i1.i.3, 68
  %42 = getelementptr inbounds i8, ptr %41, i64 %.idx2.i.3
  %.idx5.3 = mul i64 %40, 135168
  %43 = getelementptr inbounds i8, ptr %b0, i64 %.idx5.3
  %p1.i.idx.3 = shl nuw nsw i64 %i1.i.3, 7
  %p1.i.3 = getelementptr inbounds i8, ptr %43, i64 %p1.i.idx.3
  %44 = load <16 x float>, ptr %42, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %44, ptr %p1.i.3, align 4, !alias.scope !119, !noalias !122
  %45 = getelementptr inbounds i8, ptr %42, i64 71808
  %46 = getelementptr inbounds i8, ptr %4, i64 %.idx5.3
  %p1.i.111.3 = getelementptr inbounds i8, ptr %46, i64 %p1.i.idx.3
  %47 = load <16 x float>, ptr %45, align 4, !alias.scope !122, !noalias !119
  store <16 x float> %47, ptr %p1.i.111.3, align 4, !alias.scope !119, !noalias !122
  %parallel.next.i.3 = add nsw i64 %parallel.i4, 4
  %exitcond.not.3 = icmp eq i64 %parallel.next.i.3, %2
  br i1 %exitcond.not.3, label %k189.body.exit, label %parallel.body.i

k189.body.exit:                                   ; preds = %parallel.body.i.prol.loopexit, %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.roundeven.f32(float) #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k197(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !126)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !129)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !131)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k197.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %b2, i64 256
  %wide.load10 = load <16 x float>, ptr %4, align 4, !alias.scope !131, !noalias !133
  %wide.load12 = load <16 x float>, ptr %b2, align 4, !alias.scope !131, !noalias !133
  %5 = getelementptr inbounds i8, ptr %b2, i64 320
  %wide.load10.1 = load <16 x float>, ptr %5, align 4, !alias.scope !131, !noalias !133
  %6 = getelementptr inbounds i8, ptr %b2, i64 64
  %wide.load12.1 = load <16 x float>, ptr %6, align 4, !alias.scope !131, !noalias !133
  %7 = getelementptr inbounds i8, ptr %b2, i64 384
  %wide.load10.2 = load <16 x float>, ptr %7, align 4, !alias.scope !131, !noalias !133
  %8 = getelementptr inbounds i8, ptr %b2, i64 128
  %wide.load12.2 = load <16 x float>, ptr %8, align 4, !alias.scope !131, !noalias !133
  %9 = getelementptr inbounds i8, ptr %b2, i64 448
  %wide.load10.3 = load <16 x float>, ptr %9, align 4, !alias.scope !131, !noalias !133
  %10 = getelementptr inbounds i8, ptr %b2, i64 192
  %wide.load12.3 = load <16 x float>, ptr %10, align 4, !alias.scope !131, !noalias !133
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %parallel.body.i
  %parallel.i5 = phi i64 [ %parallel.next.i, %parallel.body.i ], [ %1, %parallel.body.i.preheader ]
  %11 = udiv i64 %parallel.i5, 1056
  %.idx6 = mul i64 %11, 270336
  %invariant.gep = getelementptr i8, ptr %b0, i64 %.idx6
  %i1.i = urem i64 %parallel.i5, 1056
  %p7.i.idx = shl nuw nsw i64 %i1.i, 8
  %invariant.gep8 = getelementptr i8, ptr %invariant.gep, i64 %p7.i.idx
  %.idx = mul i64 %11, 946176
  %12 = getelementptr inbounds i8, ptr %b1, i64 %.idx
  %.idx3 = mul nuw nsw i64 %i1.i, 896
  %13 = getelementptr inbounds i8, ptr %12, i64 %.idx3
  %14 = getelementptr inbounds i8, ptr %13, i64 256
  %wide.load = load <16 x float>, ptr %14, align 4, !alias.scope !129, !noalias !134
  %15 = fadd contract <16 x float> %wide.load, %wide.load10
  %16 = fneg <16 x float> %15
  %17 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %16, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %18 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %17, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %19 = fmul <16 x float> %18, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %20 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %19)
  %21 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %20, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %18)
  %22 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %20, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %21)
  %23 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %22, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %24 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %23, <16 x float> %22, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %25 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %24, <16 x float> %22, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %26 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %25, <16 x float> %22, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %27 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %26, <16 x float> %22, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %28 = fmul <16 x float> %22, %22
  %29 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %27, <16 x float> %28, <16 x float> %22)
  %30 = fadd <16 x float> %29, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %31 = fptosi <16 x float> %20 to <16 x i32>
  %32 = ashr <16 x i32> %31, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %33 = sub <16 x i32> %31, %32
  %34 = shl <16 x i32> %32, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %35 = add <16 x i32> %34, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %36 = bitcast <16 x i32> %35 to <16 x float>
  %37 = fmul <16 x float> %30, %36
  %38 = shl <16 x i32> %33, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %39 = add <16 x i32> %38, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %40 = bitcast <16 x i32> %39 to <16 x float>
  %41 = fmul <16 x float> %37, %40
  %42 = fcmp uno <16 x float> %15, zeroinitializer
  %43 = select <16 x i1> %42, <16 x float> %16, <16 x float> %41
  %44 = fadd <16 x float> %43, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %45 = fdiv <16 x float> %15, %44
  %wide.load11 = load <16 x float>, ptr %13, align 4, !alias.scope !129, !noalias !134
  %46 = fadd contract <16 x float> %wide.load11, %wide.load12
  %47 = fmul contract <16 x float> %46, %45
  store <16 x float> %47, ptr %invariant.gep8, align 4, !alias.scope !126, !noalias !135
  %48 = getelementptr inbounds i8, ptr %13, i64 64
  %49 = getelementptr inbounds i8, ptr %13, i64 320
  %wide.load.1 = load <16 x float>, ptr %49, align 4, !alias.scope !129, !noalias !134
  %50 = fadd contract <16 x float> %wide.load.1, %wide.load10.1
  %51 = fneg <16 x float> %50
  %52 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %51, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %53 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %52, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %54 = fmul <16 x float> %53, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %55 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %54)
  %56 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %55, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %53)
  %57 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %55, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %56)
  %58 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %57, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %59 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %58, <16 x float> %57, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %60 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %59, <16 x float> %57, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %61 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %60, <16 x float> %57, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %62 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %61, <16 x float> %57, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %63 = fmul <16 x float> %57, %57
  %64 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %62, <16 x float> %63, <16 x float> %57)
  %65 = fadd <16 x float> %64, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %66 = fptosi <16 x float> %55 to <16 x i32>
  %67 = ashr <16 x i32> %66, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %68 = sub <16 x i32> %66, %67
  %69 = shl <16 x i32> %67, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %70 = add <16 x i32> %69, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %71 = bitcast <16 x i32> %70 to <16 x float>
  %72 = fmul <16 x float> %65, %71
  %73 = shl <16 x i32> %68, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %74 = add <16 x i32> %73, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %75 = bitcast <16 x i32> %74 to <16 x float>
  %76 = fmul <16 x float> %72, %75
  %77 = fcmp uno <16 x float> %50, zeroinitializer
  %78 = select <16 x i1> %77, <16 x float> %51, <16 x float> %76
  %79 = fadd <16 x float> %78, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %80 = fdiv <16 x float> %50, %79
  %wide.load11.1 = load <16 x float>, ptr %48, align 4, !alias.scope !129, !noalias !134
  %81 = fadd contract <16 x float> %wide.load11.1, %wide.load12.1
  %82 = fmul contract <16 x float> %81, %80
  %83 = getelementptr i8, ptr %invariant.gep8, i64 64
  store <16 x float> %82, ptr %83, align 4, !alias.scope !126, !noalias !135
  %84 = getelementptr inbounds i8, ptr %13, i64 128
  %85 = getelementptr inbounds i8, ptr %13, i64 384
  %wide.load.2 = load <16 x float>, ptr %85, align 4, !alias.scope !129, !noalias !134
  %86 = fadd contract <16 x float> %wide.load.2, %wide.load10.2
  %87 = fneg <16 x float> %86
  %88 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %87, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %89 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %88, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %90 = fmul <16 x float> %89, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %91 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %90)
  %92 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %91, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %89)
  %93 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %91, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %92)
  %94 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %93, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %95 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %94, <16 x float> %93, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %96 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %95, <16 x float> %93, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %97 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %96, <16 x float> %93, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %98 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %97, <16 x float> %93, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %99 = fmul <16 x float> %93, %93
  %100 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %98, <16 x float> %99, <16 x float> %93)
  %101 = fadd <16 x float> %100, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %102 = fptosi <16 x float> %91 to <16 x i32>
  %103 = ashr <16 x i32> %102, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %104 = sub <16 x i32> %102, %103
  %105 = shl <16 x i32> %103, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %106 = add <16 x i32> %105, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %107 = bitcast <16 x i32> %106 to <16 x float>
  %108 = fmul <16 x float> %101, %107
  %109 = shl <16 x i32> %104, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %110 = add <16 x i32> %109, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %111 = bitcast <16 x i32> %110 to <16 x float>
  %112 = fmul <16 x float> %108, %111
  %113 = fcmp uno <16 x float> %86, zeroinitializer
  %114 = select <16 x i1> %113, <16 x float> %87, <16 x float> %112
  %115 = fadd <16 x float> %114, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %116 = fdiv <16 x float> %86, %115
  %wide.load11.2 = load <16 x float>, ptr %84, align 4, !alias.scope !129, !noalias !134
  %117 = fadd contract <16 x float> %wide.load11.2, %wide.load12.2
  %118 = fmul contract <16 x float> %117, %116
  %119 = getelementptr i8, ptr %invariant.gep8, i64 128
  store <16 x float> %118, ptr %119, align 4, !alias.scope !126, !noalias !135
  %120 = getelementptr inbounds i8, ptr %13, i64 192
  %121 = getelementptr inbounds i8, ptr %13, i64 448
  %wide.load.3 = load <16 x float>, ptr %121, align 4, !alias.scope !129, !noalias !134
  %122 = fadd contract <16 x float> %wide.load.3, %wide.load10.3
  %123 = fneg <16 x float> %122
  %124 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %123, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %125 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %124, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %126 = fmul <16 x float> %125, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %127 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %126)
  %128 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %127, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %125)
  %129 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %127, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %128)
  %130 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %129, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %131 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %130, <16 x float> %129, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %132 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %131, <16 x float> %129, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %133 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %132, <16 x float> %129, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %134 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %133, <16 x float> %129, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %135 = fmul <16 x float> %129, %129
  %136 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %134, <16 x float> %135, <16 x float> %129)
  %137 = fadd <16 x float> %136, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %138 = fptosi <16 x float> %127 to <16 x i32>
  %139 = ashr <16 x i32> %138, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %140 = sub <16 x i32> %138, %139
  %141 = shl <16 x i32> %139, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %142 = add <16 x i32> %141, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %143 = bitcast <16 x i32> %142 to <16 x float>
  %144 = fmul <16 x float> %137, %143
  %145 = shl <16 x i32> %140, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %146 = add <16 x i32> %145, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %147 = bitcast <16 x i32> %146 to <16 x float>
  %148 = fmul <16 x float> %144, %147
  %149 = fcmp uno <16 x float> %122, zeroinitializer
  %150 = select <16 x i1> %149, <16 x float> %123, <16 x float> %148
  %151 = fadd <16 x float> %150, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %152 = fdiv <16 x float> %122, %151
  %wide.load11.3 = load <16 x float>, ptr %120, align 4, !alias.scope !129, !noalias !134
  %153 = fadd contract <16 x float> %wide.load11.3, %wide.load12.3
  %154 = fmul contract <16 x float> %153, %152
  %155 = getelementptr i8, ptr %invariant.gep8, i64 192
  store <16 x float> %154, ptr %155, align 4, !alias.scope !126, !noalias !135
  %parallel.next.i = add nsw i64 %parallel.i5, 1
  %exitcond7.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond7.not, label %k197.body.exit, label %parallel.body.i

k197.body.exit:                                   ; preds = %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k207(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  %slot4 = getelementptr i8, ptr %0, i64 32
  %b4 = load ptr, ptr %slot4, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !136)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !139)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !141)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !143)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !145)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i, label %k207.body.exit

parallel.body.i:                                  ; preds = %entry, %i3.exit.i
  %parallel.i7 = phi i64 [ %parallel.next.i, %i3.exit.i ], [ %1, %entry ]
  %i2.i = and i64 %parallel.i7, 31
  %4 = lshr i64 %parallel.i7, 5
  %5 = mul nuw nsw i64 %4, 33792
  %6 = mul nuw nsw i64 %i2.i, 1056
  %7 = add nuw nsw i64 %5, %6
  %8 = or disjoint i64 %5, %i2.i
  %p5.i = getelementptr inbounds float, ptr %b3, i64 %i2.i
  %v6.i = load float, ptr %p5.i, align 4, !alias.scope !143, !noalias !147
  %broadcast.splatinsert11.2 = insertelement <16 x float> poison, float %v6.i, i64 0
  %broadcast.splat12.2 = shufflevector <16 x float> %broadcast.splatinsert11.2, <16 x float> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert11 = insertelement <16 x float> poison, float %v6.i, i64 0
  %broadcast.splat12 = shufflevector <16 x float> %broadcast.splatinsert11, <16 x float> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert11.1 = insertelement <16 x float> poison, float %v6.i, i64 0
  %broadcast.splat12.1 = shufflevector <16 x float> %broadcast.splatinsert11.1, <16 x float> poison, <16 x i32> zeroinitializer
  br label %i4.header.i.preheader

i4.header.i.preheader:                            ; preds = %i4.header.i.preheader, %parallel.body.i
  %i3.i6 = phi i64 [ 0, %parallel.body.i ], [ %i3.next.i.2, %i4.header.i.preheader ]
  %9 = shl nuw nsw i64 %i3.i6, 10
  %10 = add nuw nsw i64 %8, %9
  %broadcast.splatinsert = insertelement <16 x i64> poison, i64 %10, i64 0
  %broadcast.splat = shufflevector <16 x i64> %broadcast.splatinsert, <16 x i64> poison, <16 x i32> zeroinitializer
  %11 = shl nuw nsw i64 %i3.i6, 5
  %12 = add nuw nsw i64 %7, %11
  %13 = getelementptr inbounds float, ptr %b4, i64 %12
  %wide.load = load <16 x float>, ptr %13, align 4, !alias.scope !145, !noalias !148
  %14 = or disjoint <16 x i64> %broadcast.splat, <i64 0, i64 32, i64 64, i64 96, i64 128, i64 160, i64 192, i64 224, i64 256, i64 288, i64 320, i64 352, i64 384, i64 416, i64 448, i64 480>
  %15 = getelementptr inbounds float, ptr %b1, <16 x i64> %14
  %wide.masked.gather = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %15, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !139, !noalias !149
  %16 = getelementptr inbounds float, ptr %b2, <16 x i64> %14
  %wide.masked.gather10 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %16, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !141, !noalias !150
  %17 = fadd contract <16 x float> %wide.masked.gather10, %broadcast.splat12
  %18 = fadd contract <16 x float> %wide.masked.gather, %17
  %19 = fadd contract <16 x float> %wide.load, %18
  %20 = getelementptr inbounds float, ptr %b0, i64 %12
  store <16 x float> %19, ptr %20, align 4, !alias.scope !136, !noalias !151
  %21 = or disjoint i64 %12, 16
  %22 = getelementptr inbounds float, ptr %b4, i64 %21
  %wide.load.1 = load <16 x float>, ptr %22, align 4, !alias.scope !145, !noalias !148
  %23 = or disjoint <16 x i64> %broadcast.splat, <i64 512, i64 544, i64 576, i64 608, i64 640, i64 672, i64 704, i64 736, i64 768, i64 800, i64 832, i64 864, i64 896, i64 928, i64 960, i64 992>
  %24 = getelementptr inbounds float, ptr %b1, <16 x i64> %23
  %wide.masked.gather.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %24, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !139, !noalias !149
  %25 = getelementptr inbounds float, ptr %b2, <16 x i64> %23
  %wide.masked.gather10.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %25, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !141, !noalias !150
  %26 = fadd contract <16 x float> %wide.masked.gather10.1, %broadcast.splat12
  %27 = fadd contract <16 x float> %wide.masked.gather.1, %26
  %28 = fadd contract <16 x float> %wide.load.1, %27
  %29 = getelementptr inbounds float, ptr %b0, i64 %21
  store <16 x float> %28, ptr %29, align 4, !alias.scope !136, !noalias !151
  %i3.next.i = add nuw nsw i64 %i3.i6, 1
  %30 = shl nuw nsw i64 %i3.next.i, 10
  %31 = add nuw nsw i64 %8, %30
  %broadcast.splatinsert.1 = insertelement <16 x i64> poison, i64 %31, i64 0
  %broadcast.splat.1 = shufflevector <16 x i64> %broadcast.splatinsert.1, <16 x i64> poison, <16 x i32> zeroinitializer
  %32 = shl nuw nsw i64 %i3.next.i, 5
  %33 = add nuw nsw i64 %7, %32
  %34 = getelementptr inbounds float, ptr %b4, i64 %33
  %wide.load.113 = load <16 x float>, ptr %34, align 4, !alias.scope !145, !noalias !148
  %35 = or disjoint <16 x i64> %broadcast.splat.1, <i64 0, i64 32, i64 64, i64 96, i64 128, i64 160, i64 192, i64 224, i64 256, i64 288, i64 320, i64 352, i64 384, i64 416, i64 448, i64 480>
  %36 = getelementptr inbounds float, ptr %b1, <16 x i64> %35
  %wide.masked.gather.114 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %36, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !139, !noalias !149
  %37 = getelementptr inbounds float, ptr %b2, <16 x i64> %35
  %wide.masked.gather10.115 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %37, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !141, !noalias !150
  %38 = fadd contract <16 x float> %wide.masked.gather10.115, %broadcast.splat12.1
  %39 = fadd contract <16 x float> %wide.masked.gather.114, %38
  %40 = fadd contract <16 x float> %wide.load.113, %39
  %41 = getelementptr inbounds float, ptr %b0, i64 %33
  store <16 x float> %40, ptr %41, align 4, !alias.scope !136, !noalias !151
  %42 = or disjoint i64 %33, 16
  %43 = getelementptr inbounds float, ptr %b4, i64 %42
  %wide.load.1.1 = load <16 x float>, ptr %43, align 4, !alias.scope !145, !noalias !148
  %44 = or disjoint <16 x i64> %broadcast.splat.1, <i64 512, i64 544, i64 576, i64 608, i64 640, i64 672, i64 704, i64 736, i64 768, i64 800, i64 832, i64 864, i64 896, i64 928, i64 960, i64 992>
  %45 = getelementptr inbounds float, ptr %b1, <16 x i64> %44
  %wide.masked.gather.1.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %45, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !139, !noalias !149
  %46 = getelementptr inbounds float, ptr %b2, <16 x i64> %44
  %wide.masked.gather10.1.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %46, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !141, !noalias !150
  %47 = fadd contract <16 x float> %wide.masked.gather10.1.1, %broadcast.splat12.1
  %48 = fadd contract <16 x float> %wide.masked.gather.1.1, %47
  %49 = fadd contract <16 x float> %wide.load.1.1, %48
  %50 = getelementptr inbounds float, ptr %b0, i64 %42
  store <16 x float> %49, ptr %50, align 4, !alias.scope !136, !noalias !151
  %i3.next.i.1 = add nuw nsw i64 %i3.i6, 2
  %51 = shl nuw nsw i64 %i3.next.i.1, 10
  %52 = add nuw nsw i64 %8, %51
  %broadcast.splatinsert.2 = insertelement <16 x i64> poison, i64 %52, i64 0
  %broadcast.splat.2 = shufflevector <16 x i64> %broadcast.splatinsert.2, <16 x i64> poison, <16 x i32> zeroinitializer
  %53 = shl nuw nsw i64 %i3.next.i.1, 5
  %54 = add nuw nsw i64 %7, %53
  %55 = getelementptr inbounds float, ptr %b4, i64 %54
  %wide.load.2 = load <16 x float>, ptr %55, align 4, !alias.scope !145, !noalias !148
  %56 = or disjoint <16 x i64> %broadcast.splat.2, <i64 0, i64 32, i64 64, i64 96, i64 128, i64 160, i64 192, i64 224, i64 256, i64 288, i64 320, i64 352, i64 384, i64 416, i64 448, i64 480>
  %57 = getelementptr inbounds float, ptr %b1, <16 x i64> %56
  %wide.masked.gather.2 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %57, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !139, !noalias !149
  %58 = getelementptr inbounds float, ptr %b2, <16 x i64> %56
  %wide.masked.gather10.2 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %58, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !141, !noalias !150
  %59 = fadd contract <16 x float> %wide.masked.gather10.2, %broadcast.splat12.2
  %60 = fadd contract <16 x float> %wide.masked.gather.2, %59
  %61 = fadd contract <16 x float> %wide.load.2, %60
  %62 = getelementptr inbounds float, ptr %b0, i64 %54
  store <16 x float> %61, ptr %62, align 4, !alias.scope !136, !noalias !151
  %63 = or disjoint i64 %54, 16
  %64 = getelementptr inbounds float, ptr %b4, i64 %63
  %wide.load.1.2 = load <16 x float>, ptr %64, align 4, !alias.scope !145, !noalias !148
  %65 = or disjoint <16 x i64> %broadcast.splat.2, <i64 512, i64 544, i64 576, i64 608, i64 640, i64 672, i64 704, i64 736, i64 768, i64 800, i64 832, i64 864, i64 896, i64 928, i64 960, i64 992>
  %66 = getelementptr inbounds float, ptr %b1, <16 x i64> %65
  %wide.masked.gather.1.2 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %66, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !139, !noalias !149
  %67 = getelementptr inbounds float, ptr %b2, <16 x i64> %65
  %wide.masked.gather10.1.2 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %67, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !141, !noalias !150
  %68 = fadd contract <16 x float> %wide.masked.gather10.1.2, %broadcast.splat12.2
  %69 = fadd contract <16 x float> %wide.masked.gather.1.2, %68
  %70 = fadd contract <16 x float> %wide.load.1.2, %69
  %71 = getelementptr inbounds float, ptr %b0, i64 %63
  store <16 x float> %70, ptr %71, align 4, !alias.scope !136, !noalias !151
  %i3.next.i.2 = add nuw nsw i64 %i3.i6, 3
  %exitcond8.not.2 = icmp eq i64 %i3.next.i.2, 33
  br i1 %exitcond8.not.2, label %i3.exit.i, label %i4.header.i.preheader

i3.exit.i:                                        ; preds = %i4.header.i.preheader
  %parallel.next.i = add nsw i64 %parallel.i7, 1
  %exitcond9.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond9.not, label %k207.body.exit, label %parallel.body.i

k207.body.exit:                                   ; preds = %i3.exit.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k275(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !152)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !155)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !157)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !159)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i, label %k275.body.exit

parallel.body.i:                                  ; preds = %entry, %i3.exit.i
  %parallel.i6 = phi i64 [ %parallel.next.i, %i3.exit.i ], [ %1, %entry ]
  %i2.i = and i64 %parallel.i6, 31
  %4 = lshr i64 %parallel.i6, 5
  %5 = mul nuw nsw i64 %4, 33792
  %6 = mul nuw nsw i64 %i2.i, 1056
  %7 = add nuw nsw i64 %5, %6
  %8 = getelementptr float, ptr %b1, i64 %parallel.i6
  %p3.i = getelementptr inbounds float, ptr %b2, i64 %i2.i
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !157, !noalias !161
  %9 = insertelement <16 x float> poison, float %v4.i, i64 0
  %10 = shufflevector <16 x float> %9, <16 x float> poison, <16 x i32> zeroinitializer
  br label %i4.header.i.preheader

i4.header.i.preheader:                            ; preds = %i4.header.i.preheader.1, %parallel.body.i
  %i3.i5 = phi i64 [ 0, %parallel.body.i ], [ %i3.next.i.1, %i4.header.i.preheader.1 ]
  %11 = shl nuw nsw i64 %i3.i5, 5
  %12 = add nuw nsw i64 %7, %11
  %.idx.i = mul nuw nsw i64 %i3.i5, 12288
  %p.i = getelementptr inbounds float, ptr %b3, i64 %12
  %p5.i = getelementptr inbounds float, ptr %b0, i64 %12
  %13 = getelementptr i8, ptr %8, i64 %.idx.i
  %14 = insertelement <8 x ptr> poison, ptr %13, i64 0
  %15 = shufflevector <8 x ptr> %14, <8 x ptr> poison, <8 x i32> zeroinitializer
  %16 = getelementptr i8, <8 x ptr> %15, <8 x i64> <i64 384, i64 768, i64 1152, i64 1536, i64 1920, i64 2304, i64 2688, i64 3072>
  %17 = insertelement <4 x ptr> poison, ptr %13, i64 0
  %18 = shufflevector <4 x ptr> %17, <4 x ptr> poison, <4 x i32> zeroinitializer
  %19 = getelementptr i8, <4 x ptr> %18, <4 x i64> <i64 3456, i64 3840, i64 4224, i64 4608>
  %20 = insertelement <2 x ptr> poison, ptr %13, i64 0
  %21 = shufflevector <2 x ptr> %20, <2 x ptr> poison, <2 x i32> zeroinitializer
  %22 = getelementptr i8, <2 x ptr> %21, <2 x i64> <i64 4992, i64 5376>
  %23 = load <16 x float>, ptr %p.i, align 4, !alias.scope !159, !noalias !162
  %p1.i.15 = getelementptr i8, ptr %13, i64 5760
  %24 = insertelement <16 x ptr> poison, ptr %13, i64 0
  %25 = shufflevector <8 x ptr> %16, <8 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %26 = shufflevector <16 x ptr> %24, <16 x ptr> %25, <16 x i32> <i32 0, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %27 = shufflevector <4 x ptr> %19, <4 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %28 = shufflevector <16 x ptr> %26, <16 x ptr> %27, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 16, i32 17, i32 18, i32 19, i32 poison, i32 poison, i32 poison>
  %29 = shufflevector <2 x ptr> %22, <2 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %30 = shufflevector <16 x ptr> %28, <16 x ptr> %29, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 16, i32 17, i32 poison>
  %31 = insertelement <16 x ptr> %30, ptr %p1.i.15, i64 15
  %32 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %31, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !155, !noalias !163
  %33 = fadd contract <16 x float> %32, %10
  %34 = fadd contract <16 x float> %23, %33
  store <16 x float> %34, ptr %p5.i, align 4, !alias.scope !152, !noalias !164
  %35 = or disjoint i64 %12, 16
  %p.i.16 = getelementptr inbounds float, ptr %b3, i64 %35
  %p5.i.16 = getelementptr inbounds float, ptr %b0, i64 %35
  %36 = load <16 x float>, ptr %p.i.16, align 4, !alias.scope !159, !noalias !162
  %37 = shufflevector <16 x ptr> %24, <16 x ptr> poison, <16 x i32> zeroinitializer
  %38 = getelementptr i8, <16 x ptr> %37, <16 x i64> <i64 6144, i64 6528, i64 6912, i64 7296, i64 7680, i64 8064, i64 8448, i64 8832, i64 9216, i64 9600, i64 9984, i64 10368, i64 10752, i64 11136, i64 11520, i64 11904>
  %39 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %38, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !155, !noalias !163
  %40 = fadd contract <16 x float> %39, %10
  %41 = fadd contract <16 x float> %36, %40
  store <16 x float> %41, ptr %p5.i.16, align 4, !alias.scope !152, !noalias !164
  %exitcond.not = icmp eq i64 %i3.i5, 32
  br i1 %exitcond.not, label %i3.exit.i, label %i4.header.i.preheader.1

i4.header.i.preheader.1:                          ; preds = %i4.header.i.preheader
  %i3.next.i = or disjoint i64 %i3.i5, 1
  %42 = shl nuw nsw i64 %i3.next.i, 5
  %43 = add nuw nsw i64 %7, %42
  %.idx.i.1 = mul nuw nsw i64 %i3.next.i, 12288
  %p.i.1 = getelementptr inbounds float, ptr %b3, i64 %43
  %p5.i.1 = getelementptr inbounds float, ptr %b0, i64 %43
  %44 = getelementptr i8, ptr %8, i64 %.idx.i.1
  %45 = insertelement <8 x ptr> poison, ptr %44, i64 0
  %46 = shufflevector <8 x ptr> %45, <8 x ptr> poison, <8 x i32> zeroinitializer
  %47 = getelementptr i8, <8 x ptr> %46, <8 x i64> <i64 384, i64 768, i64 1152, i64 1536, i64 1920, i64 2304, i64 2688, i64 3072>
  %48 = insertelement <4 x ptr> poison, ptr %44, i64 0
  %49 = shufflevector <4 x ptr> %48, <4 x ptr> poison, <4 x i32> zeroinitializer
  %50 = getelementptr i8, <4 x ptr> %49, <4 x i64> <i64 3456, i64 3840, i64 4224, i64 4608>
  %51 = insertelement <2 x ptr> poison, ptr %44, i64 0
  %52 = shufflevector <2 x ptr> %51, <2 x ptr> poison, <2 x i32> zeroinitializer
  %53 = getelementptr i8, <2 x ptr> %52, <2 x i64> <i64 4992, i64 5376>
  %54 = load <16 x float>, ptr %p.i.1, align 4, !alias.scope !159, !noalias !162
  %p1.i.15.1 = getelementptr i8, ptr %44, i64 5760
  %55 = insertelement <16 x ptr> poison, ptr %44, i64 0
  %56 = shufflevector <8 x ptr> %47, <8 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %57 = shufflevector <16 x ptr> %55, <16 x ptr> %56, <16 x i32> <i32 0, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %58 = shufflevector <4 x ptr> %50, <4 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %59 = shufflevector <16 x ptr> %57, <16 x ptr> %58, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 16, i32 17, i32 18, i32 19, i32 poison, i32 poison, i32 poison>
  %60 = shufflevector <2 x ptr> %53, <2 x ptr> poison, <16 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %61 = shufflevector <16 x ptr> %59, <16 x ptr> %60, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 16, i32 17, i32 poison>
  %62 = insertelement <16 x ptr> %61, ptr %p1.i.15.1, i64 15
  %63 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %62, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !155, !noalias !163
  %64 = fadd contract <16 x float> %63, %10
  %65 = fadd contract <16 x float> %54, %64
  store <16 x float> %65, ptr %p5.i.1, align 4, !alias.scope !152, !noalias !164
  %66 = or disjoint i64 %43, 16
  %p.i.16.1 = getelementptr inbounds float, ptr %b3, i64 %66
  %p5.i.16.1 = getelementptr inbounds float, ptr %b0, i64 %66
  %67 = load <16 x float>, ptr %p.i.16.1, align 4, !alias.scope !159, !noalias !162
  %68 = shufflevector <16 x ptr> %55, <16 x ptr> poison, <16 x i32> zeroinitializer
  %69 = getelementptr i8, <16 x ptr> %68, <16 x i64> <i64 6144, i64 6528, i64 6912, i64 7296, i64 7680, i64 8064, i64 8448, i64 8832, i64 9216, i64 9600, i64 9984, i64 10368, i64 10752, i64 11136, i64 11520, i64 11904>
  %70 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %69, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !155, !noalias !163
  %71 = fadd contract <16 x float> %70, %10
  %72 = fadd contract <16 x float> %67, %71
  store <16 x float> %72, ptr %p5.i.16.1, align 4, !alias.scope !152, !noalias !164
  %i3.next.i.1 = add nuw nsw i64 %i3.i5, 2
  br label %i4.header.i.preheader

i3.exit.i:                                        ; preds = %i4.header.i.preheader
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %exitcond7.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond7.not, label %k275.body.exit, label %parallel.body.i

k275.body.exit:                                   ; preds = %i3.exit.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k347(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !165)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !168)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k347.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %invariant.gep63 = getelementptr inbounds i8, ptr %b1, i64 16
  %invariant.gep67 = getelementptr inbounds i8, ptr %b1, i64 32
  %invariant.gep71 = getelementptr inbounds i8, ptr %b1, i64 48
  %invariant.gep75 = getelementptr inbounds i8, ptr %b1, i64 64
  %invariant.gep79 = getelementptr inbounds i8, ptr %b1, i64 80
  %invariant.gep83 = getelementptr inbounds i8, ptr %b1, i64 96
  %invariant.gep87 = getelementptr inbounds i8, ptr %b1, i64 112
  %invariant.gep91 = getelementptr inbounds i8, ptr %b1, i64 128
  %invariant.gep95 = getelementptr inbounds i8, ptr %b1, i64 144
  %invariant.gep99 = getelementptr inbounds i8, ptr %b1, i64 160
  %invariant.gep103 = getelementptr inbounds i8, ptr %b1, i64 176
  %invariant.gep107 = getelementptr inbounds i8, ptr %b1, i64 192
  %invariant.gep111 = getelementptr inbounds i8, ptr %b1, i64 208
  %invariant.gep115 = getelementptr inbounds i8, ptr %b1, i64 224
  %invariant.gep119 = getelementptr inbounds i8, ptr %b1, i64 240
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %parallel.body.i
  %parallel.i6 = phi i64 [ %parallel.next.i, %parallel.body.i ], [ %1, %parallel.body.i.preheader ]
  %i1.i = and i64 %parallel.i6, 15
  %4 = lshr i64 %parallel.i6, 4
  %5 = shl nsw i64 %4, 10
  %6 = shl nuw nsw i64 %i1.i, 6
  %7 = or disjoint i64 %5, %6
  %8 = shl nsw i64 %4, 8
  %9 = shl nuw nsw i64 %i1.i, 4
  %10 = or disjoint i64 %8, %9
  %invariant.gep = getelementptr inbounds float, ptr %b1, i64 %7
  %wide.load285 = load <4 x float>, ptr %invariant.gep, align 4, !alias.scope !168, !noalias !165
  %11 = fadd reassoc contract <4 x float> %wide.load285, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %12 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %11)
  %p1.i = getelementptr inbounds float, ptr %b0, i64 %10
  %invariant.gep65 = getelementptr inbounds float, ptr %invariant.gep63, i64 %7
  %wide.load275 = load <4 x float>, ptr %invariant.gep65, align 4, !alias.scope !168, !noalias !165
  %13 = fadd reassoc contract <4 x float> %wide.load275, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %14 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %13)
  %invariant.gep69 = getelementptr inbounds float, ptr %invariant.gep67, i64 %7
  %wide.load265 = load <4 x float>, ptr %invariant.gep69, align 4, !alias.scope !168, !noalias !165
  %15 = fadd reassoc contract <4 x float> %wide.load265, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %16 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %15)
  %invariant.gep73 = getelementptr inbounds float, ptr %invariant.gep71, i64 %7
  %wide.load255 = load <4 x float>, ptr %invariant.gep73, align 4, !alias.scope !168, !noalias !165
  %17 = fadd reassoc contract <4 x float> %wide.load255, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %18 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %17)
  %invariant.gep77 = getelementptr inbounds float, ptr %invariant.gep75, i64 %7
  %wide.load245 = load <4 x float>, ptr %invariant.gep77, align 4, !alias.scope !168, !noalias !165
  %19 = fadd reassoc contract <4 x float> %wide.load245, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %20 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %19)
  %invariant.gep81 = getelementptr inbounds float, ptr %invariant.gep79, i64 %7
  %wide.load235 = load <4 x float>, ptr %invariant.gep81, align 4, !alias.scope !168, !noalias !165
  %21 = fadd reassoc contract <4 x float> %wide.load235, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %22 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %21)
  %invariant.gep85 = getelementptr inbounds float, ptr %invariant.gep83, i64 %7
  %wide.load225 = load <4 x float>, ptr %invariant.gep85, align 4, !alias.scope !168, !noalias !165
  %23 = fadd reassoc contract <4 x float> %wide.load225, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %24 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %23)
  %invariant.gep89 = getelementptr inbounds float, ptr %invariant.gep87, i64 %7
  %wide.load215 = load <4 x float>, ptr %invariant.gep89, align 4, !alias.scope !168, !noalias !165
  %25 = fadd reassoc contract <4 x float> %wide.load215, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %26 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %25)
  %invariant.gep93 = getelementptr inbounds float, ptr %invariant.gep91, i64 %7
  %wide.load205 = load <4 x float>, ptr %invariant.gep93, align 4, !alias.scope !168, !noalias !165
  %27 = fadd reassoc contract <4 x float> %wide.load205, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %28 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %27)
  %invariant.gep97 = getelementptr inbounds float, ptr %invariant.gep95, i64 %7
  %wide.load195 = load <4 x float>, ptr %invariant.gep97, align 4, !alias.scope !168, !noalias !165
  %29 = fadd reassoc contract <4 x float> %wide.load195, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %30 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %29)
  %invariant.gep101 = getelementptr inbounds float, ptr %invariant.gep99, i64 %7
  %wide.load185 = load <4 x float>, ptr %invariant.gep101, align 4, !alias.scope !168, !noalias !165
  %31 = fadd reassoc contract <4 x float> %wide.load185, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %32 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %31)
  %invariant.gep105 = getelementptr inbounds float, ptr %invariant.gep103, i64 %7
  %wide.load175 = load <4 x float>, ptr %invariant.gep105, align 4, !alias.scope !168, !noalias !165
  %33 = fadd reassoc contract <4 x float> %wide.load175, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %34 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %33)
  %invariant.gep109 = getelementptr inbounds float, ptr %invariant.gep107, i64 %7
  %wide.load165 = load <4 x float>, ptr %invariant.gep109, align 4, !alias.scope !168, !noalias !165
  %35 = fadd reassoc contract <4 x float> %wide.load165, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %36 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %35)
  %invariant.gep113 = getelementptr inbounds float, ptr %invariant.gep111, i64 %7
  %wide.load155 = load <4 x float>, ptr %invariant.gep113, align 4, !alias.scope !168, !noalias !165
  %37 = fadd reassoc contract <4 x float> %wide.load155, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %38 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %37)
  %invariant.gep117 = getelementptr inbounds float, ptr %invariant.gep115, i64 %7
  %wide.load145 = load <4 x float>, ptr %invariant.gep117, align 4, !alias.scope !168, !noalias !165
  %39 = fadd reassoc contract <4 x float> %wide.load145, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %40 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %39)
  %invariant.gep121 = getelementptr inbounds float, ptr %invariant.gep119, i64 %7
  %wide.load = load <4 x float>, ptr %invariant.gep121, align 4, !alias.scope !168, !noalias !165
  %41 = fadd reassoc contract <4 x float> %wide.load, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %42 = tail call reassoc contract float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %41)
  %43 = insertelement <16 x float> poison, float %12, i64 0
  %44 = insertelement <16 x float> %43, float %14, i64 1
  %45 = insertelement <16 x float> %44, float %16, i64 2
  %46 = insertelement <16 x float> %45, float %18, i64 3
  %47 = insertelement <16 x float> %46, float %20, i64 4
  %48 = insertelement <16 x float> %47, float %22, i64 5
  %49 = insertelement <16 x float> %48, float %24, i64 6
  %50 = insertelement <16 x float> %49, float %26, i64 7
  %51 = insertelement <16 x float> %50, float %28, i64 8
  %52 = insertelement <16 x float> %51, float %30, i64 9
  %53 = insertelement <16 x float> %52, float %32, i64 10
  %54 = insertelement <16 x float> %53, float %34, i64 11
  %55 = insertelement <16 x float> %54, float %36, i64 12
  %56 = insertelement <16 x float> %55, float %38, i64 13
  %57 = insertelement <16 x float> %56, float %40, i64 14
  %58 = insertelement <16 x float> %57, float %42, i64 15
  %59 = fmul <16 x float> %58, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  store <16 x float> %59, ptr %p1.i, align 4, !alias.scope !165, !noalias !168
  %parallel.next.i = add nsw i64 %parallel.i6, 1
  %exitcond47.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond47.not, label %k347.body.exit, label %parallel.body.i

k347.body.exit:                                   ; preds = %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k348(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  %slot4 = getelementptr i8, ptr %0, i64 32
  %b4 = load ptr, ptr %slot4, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !170)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !173)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !175)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !177)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !179)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i, label %k348.body.exit

parallel.body.i:                                  ; preds = %entry, %i2.exit.i
  %parallel.i7 = phi i64 [ %parallel.next.i, %i2.exit.i ], [ %1, %entry ]
  %i1.i = and i64 %parallel.i7, 31
  %4 = lshr i64 %parallel.i7, 5
  %5 = mul nuw nsw i64 %4, 33792
  %6 = mul nuw nsw i64 %i1.i, 1056
  %7 = add nuw nsw i64 %5, %6
  %8 = or disjoint i64 %5, %i1.i
  %p5.i = getelementptr inbounds float, ptr %b3, i64 %i1.i
  %v6.i = load float, ptr %p5.i, align 4, !alias.scope !177, !noalias !181
  %.idx.i = mul i64 %4, 160512
  %9 = getelementptr inbounds i8, ptr %b0, i64 %.idx.i
  %.idx8.i = mul nuw nsw i64 %i1.i, 5016
  %10 = getelementptr inbounds i8, ptr %9, i64 %.idx8.i
  br label %iter.check

iter.check:                                       ; preds = %i3.exit.i.1, %parallel.body.i
  %i2.i6 = phi i64 [ 0, %parallel.body.i ], [ %i2.next.i.1, %i3.exit.i.1 ]
  %11 = shl nuw nsw i64 %i2.i6, 5
  %12 = add nuw nsw i64 %7, %11
  %13 = shl nuw nsw i64 %i2.i6, 10
  %14 = add nuw nsw i64 %8, %13
  %.idx9.i = mul nuw nsw i64 %i2.i6, 152
  %15 = getelementptr inbounds i8, ptr %10, i64 %.idx9.i
  br label %i4.body.i

i2.exit.i:                                        ; preds = %i3.exit.i
  %parallel.next.i = add nsw i64 %parallel.i7, 1
  %exitcond9.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond9.not, label %k348.body.exit, label %parallel.body.i

i3.exit.i:                                        ; preds = %i4.body.i
  %exitcond8.not = icmp eq i64 %i2.i6, 32
  br i1 %exitcond8.not, label %i2.exit.i, label %iter.check.1

iter.check.1:                                     ; preds = %i3.exit.i
  %i2.next.i = or disjoint i64 %i2.i6, 1
  %16 = shl nuw nsw i64 %i2.next.i, 5
  %17 = add nuw nsw i64 %7, %16
  %18 = shl nuw nsw i64 %i2.next.i, 10
  %19 = add nuw nsw i64 %8, %18
  %.idx9.i.1 = mul nuw nsw i64 %i2.next.i, 152
  %20 = getelementptr inbounds i8, ptr %10, i64 %.idx9.i.1
  br label %i4.body.i.1

i4.body.i.1:                                      ; preds = %i4.body.i.1, %iter.check.1
  %i3.i5.1 = phi i64 [ 0, %iter.check.1 ], [ %i3.next.i.1.1, %i4.body.i.1 ]
  %21 = add nuw nsw i64 %i3.i5.1, 29
  %22 = and i64 %21, 31
  %23 = or disjoint i64 %17, %22
  %p.i.125 = getelementptr inbounds float, ptr %b4, i64 %23
  %v.i.126 = load float, ptr %p.i.125, align 4, !alias.scope !179, !noalias !182
  %24 = shl nuw nsw i64 %22, 5
  %25 = or disjoint i64 %19, %24
  %p1.i.127 = getelementptr inbounds float, ptr %b1, i64 %25
  %v2.i.128 = load float, ptr %p1.i.127, align 4, !alias.scope !173, !noalias !183
  %p3.i.129 = getelementptr inbounds float, ptr %b2, i64 %25
  %v4.i.130 = load float, ptr %p3.i.129, align 4, !alias.scope !175, !noalias !184
  %26 = fadd contract float %v4.i.130, %v6.i
  %27 = fadd contract float %v2.i.128, %26
  %28 = fadd contract float %v.i.126, %27
  %p7.i.131 = getelementptr inbounds float, ptr %20, i64 %i3.i5.1
  store float %28, ptr %p7.i.131, align 4, !alias.scope !170, !noalias !185
  %i3.next.i.132 = or disjoint i64 %i3.i5.1, 1
  %29 = add nuw nsw i64 %i3.i5.1, 30
  %30 = and i64 %29, 30
  %31 = or disjoint i64 %17, %30
  %p.i.1.1 = getelementptr inbounds float, ptr %b4, i64 %31
  %v.i.1.1 = load float, ptr %p.i.1.1, align 4, !alias.scope !179, !noalias !182
  %32 = shl nuw nsw i64 %30, 5
  %33 = or disjoint i64 %19, %32
  %p1.i.1.1 = getelementptr inbounds float, ptr %b1, i64 %33
  %v2.i.1.1 = load float, ptr %p1.i.1.1, align 4, !alias.scope !173, !noalias !183
  %p3.i.1.1 = getelementptr inbounds float, ptr %b2, i64 %33
  %v4.i.1.1 = load float, ptr %p3.i.1.1, align 4, !alias.scope !175, !noalias !184
  %34 = fadd contract float %v4.i.1.1, %v6.i
  %35 = fadd contract float %v2.i.1.1, %34
  %36 = fadd contract float %v.i.1.1, %35
  %p7.i.1.1 = getelementptr inbounds float, ptr %20, i64 %i3.next.i.132
  store float %36, ptr %p7.i.1.1, align 4, !alias.scope !170, !noalias !185
  %i3.next.i.1.1 = add nuw nsw i64 %i3.i5.1, 2
  %exitcond.not.1.1 = icmp eq i64 %i3.next.i.1.1, 38
  br i1 %exitcond.not.1.1, label %i3.exit.i.1, label %i4.body.i.1, !llvm.loop !186

i3.exit.i.1:                                      ; preds = %i4.body.i.1
  %i2.next.i.1 = add nuw nsw i64 %i2.i6, 2
  br label %iter.check

i4.body.i:                                        ; preds = %i4.body.i, %iter.check
  %i3.i5 = phi i64 [ 0, %iter.check ], [ %i3.next.i.1, %i4.body.i ]
  %37 = add nuw nsw i64 %i3.i5, 29
  %38 = and i64 %37, 31
  %39 = or disjoint i64 %12, %38
  %p.i = getelementptr inbounds float, ptr %b4, i64 %39
  %v.i = load float, ptr %p.i, align 4, !alias.scope !179, !noalias !182
  %40 = shl nuw nsw i64 %38, 5
  %41 = or disjoint i64 %14, %40
  %p1.i = getelementptr inbounds float, ptr %b1, i64 %41
  %v2.i = load float, ptr %p1.i, align 4, !alias.scope !173, !noalias !183
  %p3.i = getelementptr inbounds float, ptr %b2, i64 %41
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !175, !noalias !184
  %42 = fadd contract float %v4.i, %v6.i
  %43 = fadd contract float %v2.i, %42
  %44 = fadd contract float %v.i, %43
  %p7.i = getelementptr inbounds float, ptr %15, i64 %i3.i5
  store float %44, ptr %p7.i, align 4, !alias.scope !170, !noalias !185
  %i3.next.i = or disjoint i64 %i3.i5, 1
  %45 = add nuw nsw i64 %i3.i5, 30
  %46 = and i64 %45, 30
  %47 = or disjoint i64 %12, %46
  %p.i.1 = getelementptr inbounds float, ptr %b4, i64 %47
  %v.i.1 = load float, ptr %p.i.1, align 4, !alias.scope !179, !noalias !182
  %48 = shl nuw nsw i64 %46, 5
  %49 = or disjoint i64 %14, %48
  %p1.i.1 = getelementptr inbounds float, ptr %b1, i64 %49
  %v2.i.1 = load float, ptr %p1.i.1, align 4, !alias.scope !173, !noalias !183
  %p3.i.1 = getelementptr inbounds float, ptr %b2, i64 %49
  %v4.i.1 = load float, ptr %p3.i.1, align 4, !alias.scope !175, !noalias !184
  %50 = fadd contract float %v4.i.1, %v6.i
  %51 = fadd contract float %v2.i.1, %50
  %52 = fadd contract float %v.i.1, %51
  %p7.i.1 = getelementptr inbounds float, ptr %15, i64 %i3.next.i
  store float %52, ptr %p7.i.1, align 4, !alias.scope !170, !noalias !185
  %i3.next.i.1 = add nuw nsw i64 %i3.i5, 2
  %exitcond.not.1 = icmp eq i64 %i3.next.i.1, 38
  br i1 %exitcond.not.1, label %i3.exit.i, label %i4.body.i, !llvm.loop !186

k348.body.exit:                                   ; preds = %i2.exit.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define range(i32 0, 2) i32 @k363(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !188)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !191)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k363.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = trunc i64 %1 to i2
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %parallel.body.i.preheader, %i2.exit.i
  %indvar = phi i2 [ 0, %parallel.body.i.preheader ], [ %indvar.next, %i2.exit.i ]
  %parallel.i12 = phi i64 [ %1, %parallel.body.i.preheader ], [ %parallel.next.i, %i2.exit.i ]
  %status.0.i11 = phi i32 [ 0, %parallel.body.i.preheader ], [ %.us-phi, %i2.exit.i ]
  %5 = lshr i64 %parallel.i12, 2
  %i1.i = and i64 %parallel.i12, 3
  %p.i = getelementptr inbounds i64, ptr @k370.c0, i64 %i1.i
  %v.i = load i64, ptr %p.i, align 8, !noalias !193
  %6 = icmp ult i64 %v.i, 8
  br i1 %6, label %i3.header.i.preheader.us.preheader, label %i3.header.i.preheader.preheader

i3.header.i.preheader.preheader:                  ; preds = %parallel.body.i
  %7 = shl i64 %5, 10
  %8 = add i2 %indvar, %4
  %9 = zext i2 %8 to i64
  %10 = shl nuw nsw i64 %9, 8
  %11 = or disjoint i64 %7, %10
  %scevgep19 = getelementptr i8, ptr %b0, i64 %11
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep19, i8 0, i64 256, i1 false), !alias.scope !188, !noalias !191
  br label %i2.exit.i

i3.header.i.preheader.us.preheader:               ; preds = %parallel.body.i
  %12 = shl nsw i64 %5, 8
  %13 = shl nuw nsw i64 %i1.i, 6
  %14 = or disjoint i64 %12, %13
  %.idx13 = shl nuw nsw i64 %v.i, 11
  %15 = getelementptr inbounds i8, ptr %b1, i64 %.idx13
  %.idx16 = shl nsw i64 %5, 14
  %invariant.gep = getelementptr inbounds i8, ptr %15, i64 %.idx16
  %invariant.gep31 = getelementptr inbounds float, ptr %b0, i64 %14
  %16 = getelementptr inbounds i8, ptr %15, i64 32
  %invariant.gep124 = getelementptr inbounds i8, ptr %16, i64 %.idx16
  %17 = getelementptr inbounds i8, ptr %15, i64 64
  %invariant.gep126 = getelementptr inbounds i8, ptr %17, i64 %.idx16
  %18 = getelementptr inbounds i8, ptr %15, i64 96
  %invariant.gep128 = getelementptr inbounds i8, ptr %18, i64 %.idx16
  %19 = getelementptr inbounds i8, ptr %15, i64 128
  %invariant.gep130 = getelementptr inbounds i8, ptr %19, i64 %.idx16
  %20 = getelementptr inbounds i8, ptr %15, i64 160
  %invariant.gep132 = getelementptr inbounds i8, ptr %20, i64 %.idx16
  %21 = getelementptr inbounds i8, ptr %15, i64 192
  %invariant.gep134 = getelementptr inbounds i8, ptr %21, i64 %.idx16
  %22 = getelementptr inbounds i8, ptr %15, i64 224
  %invariant.gep136 = getelementptr inbounds i8, ptr %22, i64 %.idx16
  br label %i3.header.i.preheader.us

i3.header.i.preheader.us:                         ; preds = %i3.header.i.preheader.us.preheader, %i3.header.i.preheader.us
  %i2.i10.us = phi i64 [ %i2.next.i.us, %i3.header.i.preheader.us ], [ 0, %i3.header.i.preheader.us.preheader ]
  %.idx15 = shl nsw i64 %i2.i10.us, 8
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx15
  %wide.load121 = load <8 x float>, ptr %gep, align 4, !alias.scope !191, !noalias !188
  %23 = fadd reassoc contract <8 x float> %wide.load121, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %24 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %23)
  %.idx17 = shl nsw i64 %i2.i10.us, 5
  %gep32 = getelementptr inbounds i8, ptr %invariant.gep31, i64 %.idx17
  %gep125 = getelementptr inbounds i8, ptr %invariant.gep124, i64 %.idx15
  %wide.load111 = load <8 x float>, ptr %gep125, align 4, !alias.scope !191, !noalias !188
  %25 = fadd reassoc contract <8 x float> %wide.load111, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %26 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %25)
  %gep127 = getelementptr inbounds i8, ptr %invariant.gep126, i64 %.idx15
  %wide.load101 = load <8 x float>, ptr %gep127, align 4, !alias.scope !191, !noalias !188
  %27 = fadd reassoc contract <8 x float> %wide.load101, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %28 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %27)
  %gep129 = getelementptr inbounds i8, ptr %invariant.gep128, i64 %.idx15
  %wide.load91 = load <8 x float>, ptr %gep129, align 4, !alias.scope !191, !noalias !188
  %29 = fadd reassoc contract <8 x float> %wide.load91, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %30 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %29)
  %gep131 = getelementptr inbounds i8, ptr %invariant.gep130, i64 %.idx15
  %wide.load81 = load <8 x float>, ptr %gep131, align 4, !alias.scope !191, !noalias !188
  %31 = fadd reassoc contract <8 x float> %wide.load81, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %32 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %31)
  %gep133 = getelementptr inbounds i8, ptr %invariant.gep132, i64 %.idx15
  %wide.load71 = load <8 x float>, ptr %gep133, align 4, !alias.scope !191, !noalias !188
  %33 = fadd reassoc contract <8 x float> %wide.load71, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %34 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %33)
  %gep135 = getelementptr inbounds i8, ptr %invariant.gep134, i64 %.idx15
  %wide.load61 = load <8 x float>, ptr %gep135, align 4, !alias.scope !191, !noalias !188
  %35 = fadd reassoc contract <8 x float> %wide.load61, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %36 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %35)
  %gep137 = getelementptr inbounds i8, ptr %invariant.gep136, i64 %.idx15
  %wide.load = load <8 x float>, ptr %gep137, align 4, !alias.scope !191, !noalias !188
  %37 = fadd reassoc contract <8 x float> %wide.load, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %38 = tail call reassoc contract float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %37)
  %39 = insertelement <8 x float> poison, float %24, i64 0
  %40 = insertelement <8 x float> %39, float %26, i64 1
  %41 = insertelement <8 x float> %40, float %28, i64 2
  %42 = insertelement <8 x float> %41, float %30, i64 3
  %43 = insertelement <8 x float> %42, float %32, i64 4
  %44 = insertelement <8 x float> %43, float %34, i64 5
  %45 = insertelement <8 x float> %44, float %36, i64 6
  %46 = insertelement <8 x float> %45, float %38, i64 7
  %47 = fmul <8 x float> %46, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  store <8 x float> %47, ptr %gep32, align 4, !alias.scope !188, !noalias !191
  %i2.next.i.us = add nuw nsw i64 %i2.i10.us, 1
  %exitcond21.not = icmp eq i64 %i2.next.i.us, 8
  br i1 %exitcond21.not, label %i2.exit.i, label %i3.header.i.preheader.us

i2.exit.i:                                        ; preds = %i3.header.i.preheader.us, %i3.header.i.preheader.preheader
  %.us-phi = phi i32 [ 1, %i3.header.i.preheader.preheader ], [ %status.0.i11, %i3.header.i.preheader.us ]
  %parallel.next.i = add nsw i64 %parallel.i12, 1
  %indvar.next = add i2 %indvar, 1
  %exitcond22.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond22.not, label %k363.body.exit, label %parallel.body.i

k363.body.exit:                                   ; preds = %i2.exit.i, %entry
  %status.0.i.lcssa = phi i32 [ 0, %entry ], [ %.us-phi, %i2.exit.i ]
  ret i32 %status.0.i.lcssa
}

; Function Attrs: nofree norecurse nosync nounwind
define noundef i32 @k364(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  %slot3 = getelementptr i8, ptr %0, i64 24
  %b3 = load ptr, ptr %slot3, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !194)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !197)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !199)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !201)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i, label %k364.body.exit

parallel.body.i:                                  ; preds = %entry, %parallel.body.i
  %parallel.i5 = phi i64 [ %parallel.next.i, %parallel.body.i ], [ %1, %entry ]
  %i2.i = urem i64 %parallel.i5, 68
  %4 = udiv i64 %parallel.i5, 68
  %i1.i = and i64 %4, 15
  %5 = udiv i64 %parallel.i5, 1088
  %.idx.i = mul i64 %5, 152320
  %6 = getelementptr inbounds i8, ptr %b2, i64 %.idx.i
  %.idx6.i = mul nuw nsw i64 %i1.i, 9520
  %7 = getelementptr inbounds i8, ptr %6, i64 %.idx6.i
  %.idx7.i = mul nuw nsw i64 %i2.i, 140
  %8 = getelementptr inbounds i8, ptr %7, i64 %.idx7.i
  %9 = shl nuw nsw i64 %5, 4
  %10 = or disjoint i64 %9, %i1.i
  %p1.i = getelementptr inbounds float, ptr %b1, i64 %10
  %v2.i = load float, ptr %p1.i, align 4, !alias.scope !197, !noalias !203
  %11 = fadd contract float %v2.i, 0x3E80000000000000
  %12 = tail call float @llvm.sqrt.f32(float %11)
  %13 = fdiv float 1.000000e+00, %12
  %p3.i = getelementptr inbounds float, ptr %b3, i64 %i1.i
  %v4.i = load float, ptr %p3.i, align 4, !alias.scope !201, !noalias !204
  %.idx8.i = mul i64 %5, 213248
  %14 = getelementptr inbounds i8, ptr %b0, i64 %.idx8.i
  %.idx9.i = mul nuw nsw i64 %i1.i, 13328
  %15 = getelementptr inbounds i8, ptr %14, i64 %.idx9.i
  %.idx10.i = mul nuw nsw i64 %i2.i, 196
  %16 = getelementptr inbounds i8, ptr %15, i64 %.idx10.i
  %broadcast.splatinsert7 = insertelement <16 x float> poison, float %v4.i, i64 0
  %broadcast.splat8 = shufflevector <16 x float> %broadcast.splatinsert7, <16 x float> poison, <16 x i32> zeroinitializer
  %broadcast.splatinsert = insertelement <16 x float> poison, float %13, i64 0
  %broadcast.splat = shufflevector <16 x float> %broadcast.splatinsert, <16 x float> poison, <16 x i32> zeroinitializer
  %17 = getelementptr inbounds float, ptr %8, <16 x i64> <i64 28, i64 29, i64 30, i64 31, i64 32, i64 33, i64 34, i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8>
  %wide.masked.gather = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %17, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !199, !noalias !205
  %18 = fmul contract <16 x float> %wide.masked.gather, %broadcast.splat
  %19 = fmul contract <16 x float> %broadcast.splat8, %18
  %20 = fneg <16 x float> %19
  %21 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %20, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %22 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %21, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %23 = fmul <16 x float> %22, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %24 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %23)
  %25 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %24, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %22)
  %26 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %24, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %25)
  %27 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %26, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %28 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %27, <16 x float> %26, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %29 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %28, <16 x float> %26, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %30 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %29, <16 x float> %26, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %31 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %30, <16 x float> %26, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %32 = fmul <16 x float> %26, %26
  %33 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %31, <16 x float> %32, <16 x float> %26)
  %34 = fadd <16 x float> %33, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %35 = fptosi <16 x float> %24 to <16 x i32>
  %36 = ashr <16 x i32> %35, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %37 = sub <16 x i32> %35, %36
  %38 = shl <16 x i32> %36, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %39 = add <16 x i32> %38, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %40 = bitcast <16 x i32> %39 to <16 x float>
  %41 = fmul <16 x float> %34, %40
  %42 = shl <16 x i32> %37, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %43 = add <16 x i32> %42, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %44 = bitcast <16 x i32> %43 to <16 x float>
  %45 = fmul <16 x float> %41, %44
  %46 = fcmp uno <16 x float> %19, zeroinitializer
  %47 = select <16 x i1> %46, <16 x float> %20, <16 x float> %45
  %48 = fadd <16 x float> %47, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %49 = fdiv <16 x float> %19, %48
  store <16 x float> %49, ptr %16, align 4, !alias.scope !194, !noalias !206
  %50 = getelementptr inbounds float, ptr %8, <16 x i64> <i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24>
  %wide.masked.gather.1 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %50, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !199, !noalias !205
  %51 = fmul contract <16 x float> %wide.masked.gather.1, %broadcast.splat
  %52 = fmul contract <16 x float> %broadcast.splat8, %51
  %53 = fneg <16 x float> %52
  %54 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %53, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %55 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %54, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %56 = fmul <16 x float> %55, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %57 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %56)
  %58 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %57, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %55)
  %59 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %57, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %58)
  %60 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %59, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %61 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %60, <16 x float> %59, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %62 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %61, <16 x float> %59, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %63 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %62, <16 x float> %59, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %64 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %63, <16 x float> %59, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %65 = fmul <16 x float> %59, %59
  %66 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %64, <16 x float> %65, <16 x float> %59)
  %67 = fadd <16 x float> %66, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %68 = fptosi <16 x float> %57 to <16 x i32>
  %69 = ashr <16 x i32> %68, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %70 = sub <16 x i32> %68, %69
  %71 = shl <16 x i32> %69, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %72 = add <16 x i32> %71, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %73 = bitcast <16 x i32> %72 to <16 x float>
  %74 = fmul <16 x float> %67, %73
  %75 = shl <16 x i32> %70, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %76 = add <16 x i32> %75, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %77 = bitcast <16 x i32> %76 to <16 x float>
  %78 = fmul <16 x float> %74, %77
  %79 = fcmp uno <16 x float> %52, zeroinitializer
  %80 = select <16 x i1> %79, <16 x float> %53, <16 x float> %78
  %81 = fadd <16 x float> %80, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %82 = fdiv <16 x float> %52, %81
  %83 = getelementptr inbounds i8, ptr %16, i64 64
  store <16 x float> %82, ptr %83, align 4, !alias.scope !194, !noalias !206
  %84 = getelementptr inbounds float, ptr %8, <16 x i64> <i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31, i64 32, i64 33, i64 34, i64 0, i64 1, i64 2, i64 3, i64 4, i64 5>
  %wide.masked.gather.2 = tail call <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr> %84, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x float> poison), !alias.scope !199, !noalias !205
  %85 = fmul contract <16 x float> %wide.masked.gather.2, %broadcast.splat
  %86 = fmul contract <16 x float> %broadcast.splat8, %85
  %87 = fneg <16 x float> %86
  %88 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %87, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %89 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %88, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %90 = fmul <16 x float> %89, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %91 = tail call <16 x float> @llvm.roundeven.v16f32(<16 x float> %90)
  %92 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %91, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %89)
  %93 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %91, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %92)
  %94 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %93, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %95 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %94, <16 x float> %93, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %96 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %95, <16 x float> %93, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %97 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %96, <16 x float> %93, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %98 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %97, <16 x float> %93, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %99 = fmul <16 x float> %93, %93
  %100 = tail call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %98, <16 x float> %99, <16 x float> %93)
  %101 = fadd <16 x float> %100, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %102 = fptosi <16 x float> %91 to <16 x i32>
  %103 = ashr <16 x i32> %102, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %104 = sub <16 x i32> %102, %103
  %105 = shl <16 x i32> %103, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %106 = add <16 x i32> %105, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %107 = bitcast <16 x i32> %106 to <16 x float>
  %108 = fmul <16 x float> %101, %107
  %109 = shl <16 x i32> %104, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %110 = add <16 x i32> %109, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %111 = bitcast <16 x i32> %110 to <16 x float>
  %112 = fmul <16 x float> %108, %111
  %113 = fcmp uno <16 x float> %86, zeroinitializer
  %114 = select <16 x i1> %113, <16 x float> %87, <16 x float> %112
  %115 = fadd <16 x float> %114, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %116 = fdiv <16 x float> %86, %115
  %117 = getelementptr inbounds i8, ptr %16, i64 128
  store <16 x float> %116, ptr %117, align 4, !alias.scope !194, !noalias !206
  %p.i = getelementptr inbounds i8, ptr %8, i64 24
  %v.i = load float, ptr %p.i, align 4, !alias.scope !199, !noalias !205
  %118 = fmul contract float %v.i, %13
  %119 = fmul contract float %v4.i, %118
  %120 = fneg float %119
  %121 = tail call float @llvm.maxnum.f32(float %120, float -1.040000e+02)
  %122 = tail call float @llvm.minnum.f32(float %121, float 8.900000e+01)
  %123 = fmul float %122, 0x3FF7154760000000
  %124 = tail call float @llvm.roundeven.f32(float %123)
  %125 = tail call float @llvm.fmuladd.f32(float %124, float 0xBFE6300000000000, float %122)
  %126 = tail call float @llvm.fmuladd.f32(float %124, float 0x3F2BD01060000000, float %125)
  %127 = tail call float @llvm.fmuladd.f32(float %126, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %128 = tail call float @llvm.fmuladd.f32(float %127, float %126, float 0x3F81112100000000)
  %129 = tail call float @llvm.fmuladd.f32(float %128, float %126, float 0x3FA5553820000000)
  %130 = tail call float @llvm.fmuladd.f32(float %129, float %126, float 0x3FC5555540000000)
  %131 = tail call float @llvm.fmuladd.f32(float %130, float %126, float 5.000000e-01)
  %132 = fmul float %126, %126
  %133 = tail call float @llvm.fmuladd.f32(float %131, float %132, float %126)
  %134 = fadd float %133, 1.000000e+00
  %135 = fptosi float %124 to i32
  %136 = ashr i32 %135, 1
  %137 = sub i32 %135, %136
  %138 = shl i32 %136, 23
  %139 = add i32 %138, 1065353216
  %140 = bitcast i32 %139 to float
  %141 = fmul float %134, %140
  %142 = shl i32 %137, 23
  %143 = add i32 %142, 1065353216
  %144 = bitcast i32 %143 to float
  %145 = fmul float %141, %144
  %146 = fcmp uno float %119, 0.000000e+00
  %exp.i = select i1 %146, float %120, float %145
  %147 = fadd float %exp.i, 1.000000e+00
  %148 = fdiv float %119, %147
  %p5.i = getelementptr inbounds i8, ptr %16, i64 192
  store float %148, ptr %p5.i, align 4, !alias.scope !194, !noalias !206
  %parallel.next.i = add nsw i64 %parallel.i5, 1
  %exitcond6.not = icmp eq i64 %parallel.next.i, %2
  br i1 %exitcond6.not, label %k364.body.exit, label %parallel.body.i

k364.body.exit:                                   ; preds = %parallel.body.i, %entry
  ret i32 0
}

; Function Attrs: nofree norecurse nosync nounwind
define range(i32 0, 2) i32 @k370(ptr nocapture readonly %0, i64 %1, i64 %2) local_unnamed_addr #1 {
entry:
  %b0 = load ptr, ptr %0, align 8
  %slot1 = getelementptr i8, ptr %0, i64 8
  %b1 = load ptr, ptr %slot1, align 8
  %slot2 = getelementptr i8, ptr %0, i64 16
  %b2 = load ptr, ptr %slot2, align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !207)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !210)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !212)
  %3 = icmp slt i64 %1, %2
  br i1 %3, label %parallel.body.i.preheader, label %k370.body.exit

parallel.body.i.preheader:                        ; preds = %entry
  %4 = sub i64 %2, %1
  %xtraiter = and i64 %4, 1
  %5 = add i64 %2, -1
  %6 = icmp eq i64 %5, %1
  br i1 %6, label %k370.body.exit.loopexit.unr-lcssa, label %parallel.body.i.preheader.new

parallel.body.i.preheader.new:                    ; preds = %parallel.body.i.preheader
  %unroll_iter = and i64 %4, -2
  %.sink56 = getelementptr inbounds i8, ptr %b0, i64 64
  %.sink56.1 = getelementptr inbounds i8, ptr %b0, i64 64
  br label %parallel.body.i

parallel.body.i:                                  ; preds = %i3.exit.i.1, %parallel.body.i.preheader.new
  %parallel.i9 = phi i64 [ %1, %parallel.body.i.preheader.new ], [ %parallel.next.i.1, %i3.exit.i.1 ]
  %status.0.i8 = phi i32 [ 0, %parallel.body.i.preheader.new ], [ %.us-phi7.1, %i3.exit.i.1 ]
  %niter = phi i64 [ 0, %parallel.body.i.preheader.new ], [ %niter.next.1, %i3.exit.i.1 ]
  %i2.i = and i64 %parallel.i9, 127
  %7 = lshr i64 %parallel.i9, 7
  %i1.i = and i64 %7, 3
  %8 = lshr i64 %parallel.i9, 9
  %.idx.i = mul i64 %8, 95424
  %9 = getelementptr inbounds i8, ptr %b2, i64 %.idx.i
  %.idx11.i = mul nuw nsw i64 %i1.i, 23856
  %10 = getelementptr inbounds i8, ptr %9, i64 %.idx11.i
  %.idx12.i = mul nuw nsw i64 %i2.i, 168
  %11 = getelementptr inbounds i8, ptr %10, i64 %.idx12.i
  %invariant.gep = getelementptr inbounds i8, ptr %11, i64 1196
  %p1.i = getelementptr inbounds i64, ptr @k370.c0, i64 %i1.i
  %v2.i = load i64, ptr %p1.i, align 8, !noalias !214
  %12 = icmp ult i64 %v2.i, 8
  %13 = shl nsw i64 %8, 14
  %14 = shl nuw nsw i64 %i1.i, 12
  %15 = or disjoint i64 %14, %13
  %16 = shl nuw nsw i64 %i2.i, 5
  %17 = or disjoint i64 %15, %16
  br i1 %12, label %parallel.body.i.split.us, label %i3.exit.i

parallel.body.i.split.us:                         ; preds = %parallel.body.i
  %p7.i = getelementptr inbounds float, ptr %b1, i64 %v2.i
  %v8.i.us.le.us = load float, ptr %p7.i, align 4, !alias.scope !210, !noalias !215
  br label %i3.exit.i

i3.exit.i:                                        ; preds = %parallel.body.i, %parallel.body.i.split.us
  %.sink103 = phi float [ %v8.i.us.le.us, %parallel.body.i.split.us ], [ 0.000000e+00, %parallel.body.i ]
  %.us-phi7 = phi i32 [ %status.0.i8, %parallel.body.i.split.us ], [ 1, %parallel.body.i ]
  %p9.i = getelementptr inbounds float, ptr %b0, i64 %17
  %18 = load <16 x float>, ptr %invariant.gep, align 4, !alias.scope !212, !noalias !216
  %19 = insertelement <16 x float> poison, float %.sink103, i64 0
  %20 = shufflevector <16 x float> %19, <16 x float> poison, <16 x i32> zeroinitializer
  %21 = fadd contract <16 x float> %18, %20
  store <16 x float> %21, ptr %p9.i, align 4, !alias.scope !207, !noalias !217
  %gep.16 = getelementptr inbounds i8, ptr %11, i64 1260
  %p9.i.16 = getelementptr inbounds float, ptr %.sink56, i64 %17
  %22 = load <16 x float>, ptr %gep.16, align 4, !alias.scope !212, !noalias !216
  %23 = fadd contract <16 x float> %22, %20
  store <16 x float> %23, ptr %p9.i.16, align 4, !alias.scope !207, !noalias !217
  %parallel.next.i = add nsw i64 %parallel.i9, 1
  %i2.i.1 = and i64 %parallel.next.i, 127
  %24 = lshr i64 %parallel.next.i, 7
  %i1.i.1 = and i64 %24, 3
  %25 = lshr i64 %parallel.next.i, 9
  %.idx.i.1 = mul i64 %25, 95424
  %26 = getelementptr inbounds i8, ptr %b2, i64 %.idx.i.1
  %.idx11.i.1 = mul nuw nsw i64 %i1.i.1, 23856
  %27 = getelementptr inbounds i8, ptr %26, i64 %.idx11.i.1
  %.idx12.i.1 = mul nuw nsw i64 %i2.i.1, 168
  %28 = getelementptr inbounds i8, ptr %27, i64 %.idx12.i.1
  %invariant.gep.1 = getelementptr inbounds i8, ptr %28, i64 1196
  %p1.i.1 = getelementptr inbounds i64, ptr @k370.c0, i64 %i1.i.1
  %v2.i.1 = load i64, ptr %p1.i.1, align 8, !noalias !214
  %29 = icmp ult i64 %v2.i.1, 8
  %30 = shl nsw i64 %25, 14
  %31 = shl nuw nsw i64 %i1.i.1, 12
  %32 = or disjoint i64 %31, %30
  %33 = shl nuw nsw i64 %i2.i.1, 5
  %34 = or disjoint i64 %32, %33
  br i1 %29, label %parallel.body.i.split.us.1, label %i3.exit.i.1

parallel.body.i.split.us.1:                       ; preds = %i3.exit.i
  %p7.i.1 = getelementptr inbounds float, ptr %b1, i64 %v2.i.1
  %v8.i.us.le.us.1 = load float, ptr %p7.i.1, align 4, !alias.scope !210, !noalias !215
  br label %i3.exit.i.1

i3.exit.i.1:                                      ; preds = %parallel.body.i.split.us.1, %i3.exit.i
  %.sink103.1 = phi float [ %v8.i.us.le.us.1, %parallel.body.i.split.us.1 ], [ 0.000000e+00, %i3.exit.i ]
  %.us-phi7.1 = phi i32 [ %.us-phi7, %parallel.body.i.split.us.1 ], [ 1, %i3.exit.i ]
  %p9.i.1 = getelementptr inbounds float, ptr %b0, i64 %34
  %35 = load <16 x float>, ptr %invariant.gep.1, align 4, !alias.scope !212, !noalias !216
  %36 = insertelement <16 x float> poison, float %.sink103.1, i64 0
  %37 = shufflevector <16 x float> %36, <16 x float> poison, <16 x i32> zeroinitializer
  %38 = fadd contract <16 x float> %35, %37
  store <16 x float> %38, ptr %p9.i.1, align 4, !alias.scope !207, !noalias !217
  %gep.16.1 = getelementptr inbounds i8, ptr %28, i64 1260
  %p9.i.16.1 = getelementptr inbounds float, ptr %.sink56.1, i64 %34
  %39 = load <16 x float>, ptr %gep.16.1, align 4, !alias.scope !212, !noalias !216
  %40 = fadd contract <16 x float> %39, %37
  store <16 x float> %40, ptr %p9.i.16.1, align 4, !alias.scope !207, !noalias !217
  %parallel.next.i.1 = add nsw i64 %parallel.i9, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %k370.body.exit.loopexit.unr-lcssa, label %parallel.body.i

k370.body.exit.loopexit.unr-lcssa:                ; preds = %i3.exit.i.1, %parallel.body.i.preheader
  %.us-phi7.lcssa.ph = phi i32 [ poison, %parallel.body.i.preheader ], [ %.us-phi7.1, %i3.exit.i.1 ]
  %parallel.i9.unr = phi i64 [ %1, %parallel.body.i.preheader ], [ %parallel.next.i.1, %i3.exit.i.1 ]
  %status.0.i8.unr = phi i32 [ 0, %parallel.body.i.preheader ], [ %.us-phi7.1, %i3.exit.i.1 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %k370.body.exit, label %parallel.body.i.epil

parallel.body.i.epil:                             ; preds = %k370.body.exit.loopexit.unr-lcssa
  %i2.i.epil = and i64 %parallel.i9.unr, 127
  %41 = lshr i64 %parallel.i9.unr, 7
  %i1.i.epil = and i64 %41, 3
  %42 = lshr i64 %parallel.i9.unr, 9
  %.idx.i.epil = mul i64 %42, 95424
  %43 = getelementptr inbounds i8, ptr %b2, i64 %.idx.i.epil
  %.idx11.i.epil = mul nuw nsw i64 %i1.i.epil, 23856
  %44 = getelementptr inbounds i8, ptr %43, i64 %.idx11.i.epil
  %.idx12.i.epil = mul nuw nsw i64 %i2.i.epil, 168
  %45 = getelementptr inbounds i8, ptr %44, i64 %.idx12.i.epil
  %invariant.gep.epil = getelementptr inbounds i8, ptr %45, i64 1196
  %p1.i.epil = getelementptr inbounds i64, ptr @k370.c0, i64 %i1.i.epil
  %v2.i.epil = load i64, ptr %p1.i.epil, align 8, !noalias !214
  %46 = icmp ult i64 %v2.i.epil, 8
  %47 = shl nsw i64 %42, 14
  %48 = shl nuw nsw i64 %i1.i.epil, 12
  %49 = or disjoint i64 %48, %47
  %50 = shl nuw nsw i64 %i2.i.epil, 5
  %51 = or disjoint i64 %49, %50
  br i1 %46, label %parallel.body.i.split.us.epil, label %i3.exit.i.epil

parallel.body.i.split.us.epil:                    ; preds = %parallel.body.i.epil
  %p7.i.epil = getelementptr inbounds float, ptr %b1, i64 %v2.i.epil
  %v8.i.us.le.us.epil = load float, ptr %p7.i.epil, align 4, !alias.scope !210, !noalias !215
  br label %i3.exit.i.epil

i3.exit.i.epil:                                   ; preds = %parallel.body.i.split.us.epil, %parallel.body.i.epil
  %.sink103.epil = phi float [ %v8.i.us.le.us.epil, %parallel.body.i.split.us.epil ], [ 0.000000e+00, %parallel.body.i.epil ]
  %.us-phi7.epil = phi i32 [ %status.0.i8.unr, %parallel.body.i.split.us.epil ], [ 1, %parallel.body.i.epil ]
  %.sink56.epil = getelementptr inbounds i8, ptr %b0, i64 64
  %p9.i.epil = getelementptr inbounds float, ptr %b0, i64 %51
  %52 = load <16 x float>, ptr %invariant.gep.epil, align 4, !alias.scope !212, !noalias !216
  %53 = insertelement <16 x float> poison, float %.sink103.epil, i64 0
  %54 = shufflevector <16 x float> %53, <16 x float> poison, <16 x i32> zeroinitializer
  %55 = fadd contract <16 x float> %52, %54
  store <16 x float> %55, ptr %p9.i.epil, align 4, !alias.scope !207, !noalias !217
  %gep.16.epil = getelementptr inbounds i8, ptr %45, i64 1260
  %p9.i.16.epil = getelementptr inbounds float, ptr %.sink56.epil, i64 %51
  %56 = load <16 x float>, ptr %gep.16.epil, align 4, !alias.scope !212, !noalias !216
  %57 = fadd contract <16 x float> %56, %54
  store <16 x float> %57, ptr %p9.i.16.epil, align 4, !alias.scope !207, !noalias !217
  br label %k370.body.exit

k370.body.exit:                                   ; preds = %i3.exit.i.epil, %k370.body.exit.loopexit.unr-lcssa, %entry
  %status.0.i.lcssa = phi i32 [ 0, %entry ], [ %.us-phi7.lcssa.ph, %k370.body.exit.loopexit.unr-lcssa ], [ %.us-phi7.epil, %i3.exit.i.epil ]
  ret i32 %status.0.i.lcssa
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare <16 x float> @llvm.masked.gather.v16f32.v16p0(<16 x ptr>, i32 immarg, <16 x i1>, <16 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.sqrt.v16f32(<16 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.roundeven.v16f32(<16 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>) #6

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nofree norecurse nosync nounwind "prefer-vector-width"="512" "target-cpu"="znver4" "target-features"="+prfchw,-cldemote,+avx,+aes,+sahf,+pclmul,-xop,+crc32,+xsaves,-avx512fp16,-usermsr,-sm4,-egpr,+sse4.1,+avx512ifma,+xsave,+sse4.2,-tsxldtrk,-sm3,-ptwrite,-widekl,+invpcid,+64bit,+xsavec,-avx10.1-512,+avx512vpopcntdq,+cmov,-avx512vp2intersect,+avx512cd,+movbe,-avxvnniint8,-ccmp,-amx-int8,-kl,-avx10.1-256,+evex512,-avxvnni,-rtm,+adx,+avx2,-hreset,-movdiri,-serialize,-sha512,+vpclmulqdq,+avx512vl,-uintr,-cf,+clflushopt,-raoint,-cmpccxadd,+bmi,-amx-tile,+sse,+gfni,-avxvnniint16,-amx-fp16,-ndd,+xsaveopt,+rdrnd,+avx512f,-amx-bf16,+avx512bf16,+avx512vnni,-push2pop2,+cx8,+avx512bw,+sse3,-pku,+fsgsbase,+clzero,-mwaitx,-lwp,+lzcnt,+sha,-movdir64b,-ppx,-wbnoinvd,-enqcmd,-avxneconvert,-tbm,-pconfig,-amx-complex,+ssse3,+cx16,+bmi2,+fma,+popcnt,-avxifma,+f16c,+avx512bitalg,-rdpru,+clwb,+mmx,+sse2,+rdseed,+avx512vbmi2,-prefetchi,+rdpid,-fma4,+avx512vbmi,+shstk,+vaes,-waitpkg,-sgx,+fxsr,+avx512dq,+sse4a" }
attributes #2 = { nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: readwrite) "prefer-vector-width"="512" "target-cpu"="znver4" "target-features"="+prfchw,-cldemote,+avx,+aes,+sahf,+pclmul,-xop,+crc32,+xsaves,-avx512fp16,-usermsr,-sm4,-egpr,+sse4.1,+avx512ifma,+xsave,+sse4.2,-tsxldtrk,-sm3,-ptwrite,-widekl,+invpcid,+64bit,+xsavec,-avx10.1-512,+avx512vpopcntdq,+cmov,-avx512vp2intersect,+avx512cd,+movbe,-avxvnniint8,-ccmp,-amx-int8,-kl,-avx10.1-256,+evex512,-avxvnni,-rtm,+adx,+avx2,-hreset,-movdiri,-serialize,-sha512,+vpclmulqdq,+avx512vl,-uintr,-cf,+clflushopt,-raoint,-cmpccxadd,+bmi,-amx-tile,+sse,+gfni,-avxvnniint16,-amx-fp16,-ndd,+xsaveopt,+rdrnd,+avx512f,-amx-bf16,+avx512bf16,+avx512vnni,-push2pop2,+cx8,+avx512bw,+sse3,-pku,+fsgsbase,+clzero,-mwaitx,-lwp,+lzcnt,+sha,-movdir64b,-ppx,-wbnoinvd,-enqcmd,-avxneconvert,-tbm,-pconfig,-amx-complex,+ssse3,+cx16,+bmi2,+fma,+popcnt,-avxifma,+f16c,+avx512bitalg,-rdpru,+clwb,+mmx,+sse2,+rdseed,+avx512vbmi2,-prefetchi,+rdpid,-fma4,+avx512vbmi,+shstk,+vaes,-waitpkg,-sgx,+fxsr,+avx512dq,+sse4a" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(read) }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{!1}
!1 = distinct !{!1, !2, !"k139.body: argument 0"}
!2 = distinct !{!2, !"k139.body"}
!3 = !{!4}
!4 = distinct !{!4, !2, !"k139.body: argument 1"}
!5 = !{!6}
!6 = distinct !{!6, !2, !"k139.body: argument 2"}
!7 = !{!8}
!8 = distinct !{!8, !2, !"k139.body: argument 3"}
!9 = !{!1, !4, !8}
!10 = !{!1, !6, !8}
!11 = !{!1, !4, !6}
!12 = !{!4, !6, !8}
!13 = !{!14}
!14 = distinct !{!14, !15, !"k149.body: argument 0"}
!15 = distinct !{!15, !"k149.body"}
!16 = !{!17}
!17 = distinct !{!17, !15, !"k149.body: argument 1"}
!18 = !{!19}
!19 = distinct !{!19, !15, !"k149.body: argument 2"}
!20 = !{!14, !19}
!21 = !{!14, !17}
!22 = !{!17, !19}
!23 = !{!24}
!24 = distinct !{!24, !25, !"k152.body: argument 0"}
!25 = distinct !{!25, !"k152.body"}
!26 = !{!27}
!27 = distinct !{!27, !25, !"k152.body: argument 1"}
!28 = !{!29}
!29 = distinct !{!29, !25, !"k152.body: argument 2"}
!30 = !{!31}
!31 = distinct !{!31, !25, !"k152.body: argument 3"}
!32 = !{!24, !27, !29}
!33 = !{!24, !29, !31}
!34 = !{!24, !27, !31}
!35 = !{!27, !29, !31}
!36 = !{!37}
!37 = distinct !{!37, !38, !"k159.body: argument 0"}
!38 = distinct !{!38, !"k159.body"}
!39 = !{!40}
!40 = distinct !{!40, !38, !"k159.body: argument 1"}
!41 = !{!42}
!42 = distinct !{!42, !38, !"k159.body: argument 2"}
!43 = !{!44}
!44 = distinct !{!44, !38, !"k159.body: argument 3"}
!45 = !{!46}
!46 = distinct !{!46, !38, !"k159.body: argument 4"}
!47 = !{!48}
!48 = distinct !{!48, !38, !"k159.body: argument 5"}
!49 = !{!50}
!50 = distinct !{!50, !38, !"k159.body: argument 6"}
!51 = !{!37, !40, !42, !44, !46, !50}
!52 = !{!37, !40, !42, !44, !46, !48}
!53 = !{!37, !40, !42, !46, !48, !50}
!54 = !{!37, !40, !42, !44, !48, !50}
!55 = !{!37, !42, !44, !46, !48, !50}
!56 = !{!37, !40, !44, !46, !48, !50}
!57 = !{!40, !42, !44, !46, !48, !50}
!58 = !{!59}
!59 = distinct !{!59, !60, !"k168.body: argument 0"}
!60 = distinct !{!60, !"k168.body"}
!61 = !{!62}
!62 = distinct !{!62, !63, !"k169.body: argument 0"}
!63 = distinct !{!63, !"k169.body"}
!64 = !{!65}
!65 = distinct !{!65, !66, !"k173.body: argument 0"}
!66 = distinct !{!66, !"k173.body"}
!67 = !{!68}
!68 = distinct !{!68, !66, !"k173.body: argument 1"}
!69 = !{!70}
!70 = distinct !{!70, !66, !"k173.body: argument 2"}
!71 = !{!65, !70}
!72 = !{!65, !68}
!73 = !{!68, !70}
!74 = !{!75}
!75 = distinct !{!75, !76, !"k176.body: argument 0"}
!76 = distinct !{!76, !"k176.body"}
!77 = !{!78}
!78 = distinct !{!78, !76, !"k176.body: argument 1"}
!79 = !{!80}
!80 = distinct !{!80, !76, !"k176.body: argument 2"}
!81 = !{!82}
!82 = distinct !{!82, !76, !"k176.body: argument 3"}
!83 = !{!75, !78, !80}
!84 = !{!75, !80, !82}
!85 = !{!75, !78, !82}
!86 = !{!78, !80, !82}
!87 = !{!88}
!88 = distinct !{!88, !89, !"k183.body: argument 0"}
!89 = distinct !{!89, !"k183.body"}
!90 = !{!91}
!91 = distinct !{!91, !89, !"k183.body: argument 1"}
!92 = !{!93}
!93 = distinct !{!93, !89, !"k183.body: argument 2"}
!94 = !{!95}
!95 = distinct !{!95, !89, !"k183.body: argument 3"}
!96 = !{!97}
!97 = distinct !{!97, !89, !"k183.body: argument 4"}
!98 = !{!99}
!99 = distinct !{!99, !89, !"k183.body: argument 5"}
!100 = !{!101}
!101 = distinct !{!101, !89, !"k183.body: argument 6"}
!102 = !{!88, !91, !93, !95, !97, !101}
!103 = !{!88, !91, !93, !95, !97, !99}
!104 = !{!88, !91, !93, !97, !99, !101}
!105 = !{!88, !91, !93, !95, !99, !101}
!106 = !{!88, !93, !95, !97, !99, !101}
!107 = !{!88, !91, !95, !97, !99, !101}
!108 = !{!91, !93, !95, !97, !99, !101}
!109 = !{!110}
!110 = distinct !{!110, !111, !"k186.body: argument 0"}
!111 = distinct !{!111, !"k186.body"}
!112 = !{!113}
!113 = distinct !{!113, !111, !"k186.body: argument 1"}
!114 = !{!115}
!115 = distinct !{!115, !111, !"k186.body: argument 2"}
!116 = !{!110, !115}
!117 = !{!110, !113}
!118 = !{!113, !115}
!119 = !{!120}
!120 = distinct !{!120, !121, !"k189.body: argument 0"}
!121 = distinct !{!121, !"k189.body"}
!122 = !{!123}
!123 = distinct !{!123, !121, !"k189.body: argument 1"}
!124 = distinct !{!124, !125}
!125 = !{!"llvm.loop.unroll.disable"}
!126 = !{!127}
!127 = distinct !{!127, !128, !"k197.body: argument 0"}
!128 = distinct !{!128, !"k197.body"}
!129 = !{!130}
!130 = distinct !{!130, !128, !"k197.body: argument 1"}
!131 = !{!132}
!132 = distinct !{!132, !128, !"k197.body: argument 2"}
!133 = !{!127, !130}
!134 = !{!127, !132}
!135 = !{!130, !132}
!136 = !{!137}
!137 = distinct !{!137, !138, !"k207.body: argument 0"}
!138 = distinct !{!138, !"k207.body"}
!139 = !{!140}
!140 = distinct !{!140, !138, !"k207.body: argument 1"}
!141 = !{!142}
!142 = distinct !{!142, !138, !"k207.body: argument 2"}
!143 = !{!144}
!144 = distinct !{!144, !138, !"k207.body: argument 3"}
!145 = !{!146}
!146 = distinct !{!146, !138, !"k207.body: argument 4"}
!147 = !{!137, !140, !142, !146}
!148 = !{!137, !140, !142, !144}
!149 = !{!137, !142, !144, !146}
!150 = !{!137, !140, !144, !146}
!151 = !{!140, !142, !144, !146}
!152 = !{!153}
!153 = distinct !{!153, !154, !"k275.body: argument 0"}
!154 = distinct !{!154, !"k275.body"}
!155 = !{!156}
!156 = distinct !{!156, !154, !"k275.body: argument 1"}
!157 = !{!158}
!158 = distinct !{!158, !154, !"k275.body: argument 2"}
!159 = !{!160}
!160 = distinct !{!160, !154, !"k275.body: argument 3"}
!161 = !{!153, !156, !160}
!162 = !{!153, !156, !158}
!163 = !{!153, !158, !160}
!164 = !{!156, !158, !160}
!165 = !{!166}
!166 = distinct !{!166, !167, !"k347.body: argument 0"}
!167 = distinct !{!167, !"k347.body"}
!168 = !{!169}
!169 = distinct !{!169, !167, !"k347.body: argument 1"}
!170 = !{!171}
!171 = distinct !{!171, !172, !"k348.body: argument 0"}
!172 = distinct !{!172, !"k348.body"}
!173 = !{!174}
!174 = distinct !{!174, !172, !"k348.body: argument 1"}
!175 = !{!176}
!176 = distinct !{!176, !172, !"k348.body: argument 2"}
!177 = !{!178}
!178 = distinct !{!178, !172, !"k348.body: argument 3"}
!179 = !{!180}
!180 = distinct !{!180, !172, !"k348.body: argument 4"}
!181 = !{!171, !174, !176, !180}
!182 = !{!171, !174, !176, !178}
!183 = !{!171, !176, !178, !180}
!184 = !{!171, !174, !178, !180}
!185 = !{!174, !176, !178, !180}
!186 = distinct !{!186, !187}
!187 = !{!"llvm.loop.isvectorized", i32 1}
!188 = !{!189}
!189 = distinct !{!189, !190, !"k363.body: argument 0"}
!190 = distinct !{!190, !"k363.body"}
!191 = !{!192}
!192 = distinct !{!192, !190, !"k363.body: argument 1"}
!193 = !{!189, !192}
!194 = !{!195}
!195 = distinct !{!195, !196, !"k364.body: argument 0"}
!196 = distinct !{!196, !"k364.body"}
!197 = !{!198}
!198 = distinct !{!198, !196, !"k364.body: argument 1"}
!199 = !{!200}
!200 = distinct !{!200, !196, !"k364.body: argument 2"}
!201 = !{!202}
!202 = distinct !{!202, !196, !"k364.body: argument 3"}
!203 = !{!195, !200, !202}
!204 = !{!195, !198, !200}
!205 = !{!195, !198, !202}
!206 = !{!198, !200, !202}
!207 = !{!208}
!208 = distinct !{!208, !209, !"k370.body: argument 0"}
!209 = distinct !{!209, !"k370.body"}
!210 = !{!211}
!211 = distinct !{!211, !209, !"k370.body: argument 1"}
!212 = !{!213}
!213 = distinct !{!213, !209, !"k370.body: argument 2"}
!214 = !{!208, !211, !213}
!215 = !{!208, !213}
!216 = !{!208, !211}
!217 = !{!211, !213}

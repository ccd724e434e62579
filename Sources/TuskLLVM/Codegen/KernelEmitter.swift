internal import CLLVM
import TuskIR

/// Emits one `LoopKernel` as two LLVM functions:
///
/// - `NAME(ptr buffers, i64 begin, i64 end) -> i32`, the C ABI: loads the buffer addresses and
///   calls the body;
/// - `NAME.body(ptr noalias b0, …, i64 begin, i64 end) -> i32` (internal, always inlined), whose
///   `noalias` parameters tell the vectorizer the output does not overlap the inputs.
///
/// The body is the loop nest `for i[loopOrder[0]] in begin..<end { for i[loopOrder[1]] … }` with
/// the store `out[rowMajor(i)] = value` innermost. Reductions are hoisted: each unconditional
/// `reduce` is computed once, at the innermost loop level that binds all its free variables, and
/// reused (by structural equality) wherever it appears below.
final class KernelEmitter {
    let m: ModuleBuilder
    let kernel: LoopKernel
    var b: LLVMBuilderRef { m.builder }
    private(set) var function: LLVMValueRef!
    private var entry: LLVMBasicBlockRef!
    private var allocaBuilder: LLVMBuilderRef!
    /// Base pointers: arguments, then constant tables.
    private var argumentPointers: [LLVMValueRef] = []
    private var constantPointers: [LLVMValueRef] = []
    private var status: LLVMValueRef!
    /// Loop variable id → its current `i64` value.
    var variables: [Int: LLVMValueRef] = [:]
    /// Scopes of computed reductions (innermost last).
    private var cache: [[ScalarExpr: LLVMValueRef]] = [[:]]
    private var hoistable: [(expr: ScalarExpr, free: Set<Int>)] = []
    /// The reduction computed by column chunks (`KernelEmitter+Columns`), if any.
    private var columns: ColumnReduction?

    init(_ m: ModuleBuilder, _ kernel: LoopKernel) {
        self.m = m
        self.kernel = kernel
    }

    /// Emits both functions; returns the ABI function.
    func emit() throws -> LLVMValueRef {
        try kernel.validate()
        let body = try emitBody()
        return emitABI(calling: body)
    }

    // MARK: Functions

    private func emitABI(calling body: LLVMValueRef) -> LLVMValueRef {
        var params: [LLVMTypeRef?] = [m.ptr, m.i64, m.i64]
        let fnType = LLVMFunctionType(m.i32, &params, 3, 0)!
        let fn = LLVMAddFunction(m.module, kernel.name, fnType)!
        m.addTargetAttributes(fn)
        let block = LLVMAppendBasicBlockInContext(m.context, fn, "entry")
        LLVMPositionBuilderAtEnd(b, block)
        let buffers = LLVMGetParam(fn, 0)!
        var args: [LLVMValueRef?] = []
        for k in kernel.arguments.indices {
            var index: [LLVMValueRef?] = [m.constI64(k)]
            let slot = LLVMBuildGEP2(b, m.ptr, buffers, &index, 1, "slot")
            args.append(LLVMBuildLoad2(b, m.ptr, slot, "b\(k)"))
        }
        args.append(LLVMGetParam(fn, 1))
        args.append(LLVMGetParam(fn, 2))
        var bodyParams: [LLVMTypeRef?] = kernel.arguments.map { _ in m.ptr } + [m.i64, m.i64]
        let bodyType = LLVMFunctionType(m.i32, &bodyParams, UInt32(bodyParams.count), 0)!
        let result = LLVMBuildCall2(b, bodyType, body, &args, UInt32(args.count), "status")
        LLVMBuildRet(b, result)
        return fn
    }

    private func emitBody() throws -> LLVMValueRef {
        var params: [LLVMTypeRef?] = kernel.arguments.map { _ in m.ptr } + [m.i64, m.i64]
        let fnType = LLVMFunctionType(m.i32, &params, UInt32(params.count), 0)!
        let fn = LLVMAddFunction(m.module, kernel.name + ".body", fnType)!
        function = fn
        LLVMSetLinkage(fn, LLVMInternalLinkage)
        m.addTargetAttributes(fn)
        m.addAttribute(fn, index: ModuleBuilder.functionIndex, "alwaysinline")
        for k in kernel.arguments.indices {
            m.addAttribute(fn, index: UInt32(k + 1), "noalias")
            if k > 0 { m.addAttribute(fn, index: UInt32(k + 1), "readonly") }
            m.addAttribute(fn, index: UInt32(k + 1), "nocapture")
        }
        entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry")
        allocaBuilder = LLVMCreateBuilderInContext(m.context)
        defer { LLVMDisposeBuilder(allocaBuilder) }
        let start = LLVMAppendBasicBlockInContext(m.context, fn, "start")
        LLVMPositionBuilderAtEnd(b, entry)
        let toStart = LLVMBuildBr(b, start)
        LLVMPositionBuilderBefore(allocaBuilder, toStart)
        LLVMPositionBuilderAtEnd(b, start)

        argumentPointers = kernel.arguments.indices.map { LLVMGetParam(fn, UInt32($0))! }
        constantPointers = kernel.constants.enumerated().map { k, c in constantTable(c, index: k) }
        status = alloca(m.i32, "status")
        LLVMBuildStore(b, m.constInt(m.i32, 0), status)
        let begin = LLVMGetParam(fn, UInt32(kernel.arguments.count))!
        let end = LLVMGetParam(fn, UInt32(kernel.arguments.count + 1))!

        hoistable = kernel.value.unconditionalReductions.map { ($0, $0.freeVariables) }
        columns = m.options.columnReductions ? KernelEmitter.columnReduction(kernel) : nil
        try hoist(bound: [])
        if let columns, kernel.loopOrder.count == 1 {
            // One output loop, the parallel one: the ABI's range is chunked directly.
            try emitColumnLoop(columns, from: begin, to: end)
        } else if kernel.loopOrder.isEmpty {
            // Scalar output: one element, computed when the range contains index 0.
            let inRange = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntSLE, begin, m.constI64(0), ""),
                                       LLVMBuildICmp(b, LLVMIntSGT, end, m.constI64(0), ""), "")!
            try emitIf(inRange) { try storeElement() }
        } else {
            try emitLoop(from: begin, to: end, name: "parallel") { p in
                // The parallel index → the collapsed loops' variables (row-major, last fastest).
                var rest = p
                let collapsed = kernel.loopOrder.prefix(kernel.parallelLoops).map { kernel.outputVariables[$0] }
                for (n, v) in collapsed.enumerated().reversed() {
                    if n == 0 {
                        variables[v.id] = rest
                    } else {
                        variables[v.id] = LLVMBuildURem(b, rest, m.constI64(v.extent), "\(v)")
                        rest = LLVMBuildUDiv(b, rest, m.constI64(v.extent), "")
                    }
                }
                defer { for v in collapsed { variables[v.id] = nil } }
                try hoist(bound: Set(collapsed.map(\.id)))
                try nest(from: kernel.parallelLoops)
            }
        }
        LLVMBuildRet(b, LLVMBuildLoad2(b, m.i32, status, "result"))
        return fn
    }

    /// Emits the loops `loopOrder[level...]` (their variables bound, hoisting what each enables),
    /// then the store.
    private func nest(from level: Int) throws {
        if level == kernel.loopOrder.count {
            try storeElement()
            return
        }
        let v = kernel.outputVariables[kernel.loopOrder[level]]
        if let columns, level == kernel.loopOrder.count - 1 {
            try emitColumnLoop(columns, from: m.constI64(0), to: m.constI64(v.extent))
            return
        }
        try emitLoop(from: m.constI64(0), to: m.constI64(v.extent), name: "\(v)") { i in
            variables[v.id] = i
            defer { variables[v.id] = nil }
            try hoist(bound: Set(kernel.loopOrder[...level].map { kernel.outputVariables[$0].id }))
            try nest(from: level + 1)
        }
    }

    /// Computes every hoistable reduction whose free variables are all bound (inner ones first).
    private func hoist(bound: Set<Int>) throws {
        for (e, free) in hoistable where free.isSubset(of: bound) && cached(e) == nil {
            let v = try emit(e)
            cache[cache.count - 1][e] = v
        }
    }

    func storeElement() throws {
        let v = try emit(kernel.value)
        let offset = IndexExpr.rowMajorOffset(kernel.outputVariables.map(IndexExpr.init), shape: kernel.outputType.shape)
        try store(v, to: argumentPointers[0], offset: emitIndex(offset), dtype: kernel.outputType.dtype)
    }

    // MARK: Memory

    func alloca(_ t: LLVMTypeRef, _ name: String) -> LLVMValueRef {
        LLVMBuildAlloca(allocaBuilder, t, name)
    }

    func pointer(_ ref: BufferRef) -> LLVMValueRef {
        switch ref {
        case .argument(let k): argumentPointers[k]
        case .constant(let k): constantPointers[k]
        }
    }

    func load(_ base: LLVMValueRef, offset: LLVMValueRef, dtype: DType) -> LLVMValueRef {
        let t = m.memoryType(dtype)
        var index: [LLVMValueRef?] = [offset]
        let p = LLVMBuildInBoundsGEP2(b, t, base, &index, 1, "p")
        let v = LLVMBuildLoad2(b, t, p, "v")!
        return dtype == .bool ? LLVMBuildICmp(b, LLVMIntNE, v, LLVMConstInt(m.i8, 0, 0), "bool") : v
    }

    func store(_ v: LLVMValueRef, to base: LLVMValueRef, offset: LLVMValueRef, dtype: DType) throws {
        let t = m.memoryType(dtype)
        var index: [LLVMValueRef?] = [offset]
        let p = LLVMBuildInBoundsGEP2(b, t, base, &index, 1, "p")
        let value = dtype == .bool ? LLVMBuildZExt(b, v, m.i8, "byte")! : v
        LLVMBuildStore(b, value, p)
    }

    private func constantTable(_ c: TensorData, index: Int) -> LLVMValueRef {
        let t = m.memoryType(c.dtype)
        var values: [LLVMValueRef?]
        switch c.storage {
        case .f32(let a): values = a.map { LLVMConstReal(m.f32, Double($0)) }
        case .f64(let a): values = a.map { LLVMConstReal(m.f64, $0) }
        case .i32(let a): values = a.map { m.constInt(m.i32, Int($0)) }
        case .i64(let a): values = a.map { m.constInt(m.i64, Int($0)) }
        case .bool(let a): values = a.map { LLVMConstInt(m.i8, $0 ? 1 : 0, 0) }
        }
        let array = LLVMConstArray2(t, &values, UInt64(values.count))!
        let global = LLVMAddGlobal(m.module, LLVMTypeOf(array), "\(kernel.name).c\(index)")!
        LLVMSetInitializer(global, array)
        LLVMSetGlobalConstant(global, 1)
        LLVMSetLinkage(global, LLVMPrivateLinkage)
        LLVMSetUnnamedAddress(global, LLVMGlobalUnnamedAddr)
        return global
    }

    /// `status |= code` where `condition` holds.
    func report(_ code: KernelStatus, when condition: LLVMValueRef) {
        let old = LLVMBuildLoad2(b, m.i32, status, "st")
        let bits = LLVMBuildSelect(b, condition, m.constInt(m.i32, Int(code.rawValue)), m.constInt(m.i32, 0), "")
        LLVMBuildStore(b, LLVMBuildOr(b, old, bits, ""), status)
    }

    // MARK: Control flow

    func appendBlock(_ name: String) -> LLVMBasicBlockRef {
        LLVMAppendBasicBlockInContext(m.context, function, name)
    }

    var currentBlock: LLVMBasicBlockRef { LLVMGetInsertBlock(b) }

    /// `for i in lo ..< hi { body(i) }`; a cache scope covers the body. `unroll: false` marks the
    /// loop `llvm.loop.unroll.disable`, so that LLVM vectorizes it instead of unrolling it into
    /// a scalar chain (the sum blocks: a 64-trip loop is otherwise fully unrolled first).
    func emitLoop(from lo: LLVMValueRef, to hi: LLVMValueRef, name: String, unroll: Bool = true,
                  _ body: (LLVMValueRef) throws -> Void) throws {
        let pre = currentBlock
        let header = appendBlock("\(name).header"), bodyBlock = appendBlock("\(name).body"), exit = appendBlock("\(name).exit")
        LLVMBuildBr(b, header)
        LLVMPositionBuilderAtEnd(b, header)
        let i = LLVMBuildPhi(b, m.i64, name)!
        let more = LLVMBuildICmp(b, LLVMIntSLT, i, hi, "")
        LLVMBuildCondBr(b, more, bodyBlock, exit)
        LLVMPositionBuilderAtEnd(b, bodyBlock)
        cache.append([:])
        try body(i)
        cache.removeLast()
        let next = LLVMBuildNSWAdd(b, i, m.constI64(1), "\(name).next")!
        let latch = currentBlock
        let backEdge = LLVMBuildBr(b, header)!
        if !unroll { disableUnrolling(backEdge) }
        var values: [LLVMValueRef?] = [lo, next]
        var blocks: [LLVMBasicBlockRef?] = [pre, latch]
        LLVMAddIncoming(i, &values, &blocks, 2)
        LLVMPositionBuilderAtEnd(b, exit)
    }

    /// Attaches `!llvm.loop !{!self, !{"llvm.loop.unroll.disable"}}` to a loop's back edge.
    private func disableUnrolling(_ branch: LLVMValueRef) {
        let c = m.context
        let key = "llvm.loop.unroll.disable"
        var disableOps: [LLVMMetadataRef?] = [LLVMMDStringInContext2(c, key, key.utf8.count)]
        let disable = LLVMMDNodeInContext2(c, &disableOps, 1)
        var noOps: [LLVMMetadataRef?] = []
        let temporary = LLVMTemporaryMDNode(c, &noOps, 0)
        var loopOps: [LLVMMetadataRef?] = [temporary, disable]
        let loopID = LLVMMDNodeInContext2(c, &loopOps, 2)!
        LLVMMetadataReplaceAllUsesWith(temporary, loopID)
        LLVMSetMetadata(branch, LLVMGetMDKindIDInContext(c, "llvm.loop", 9), LLVMMetadataAsValue(c, loopID))
    }

    /// `if condition { body() }`.
    func emitIf(_ condition: LLVMValueRef, _ body: () throws -> Void) throws {
        let then = appendBlock("then"), done = appendBlock("done")
        LLVMBuildCondBr(b, condition, then, done)
        LLVMPositionBuilderAtEnd(b, then)
        cache.append([:])
        try body()
        cache.removeLast()
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
    }

    /// `condition ? then() : otherwise()`, each branch emitted in its own block and cache scope.
    func emitBranch(_ condition: LLVMValueRef, type: LLVMTypeRef,
                    then: () throws -> LLVMValueRef, otherwise: () throws -> LLVMValueRef) throws -> LLVMValueRef {
        let thenBlock = appendBlock("guard.then"), elseBlock = appendBlock("guard.else"), done = appendBlock("guard.done")
        LLVMBuildCondBr(b, condition, thenBlock, elseBlock)
        LLVMPositionBuilderAtEnd(b, thenBlock)
        cache.append([:])
        let a = try then()
        cache.removeLast()
        let thenEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, elseBlock)
        cache.append([:])
        let c = try otherwise()
        cache.removeLast()
        let elseEnd = currentBlock
        LLVMBuildBr(b, done)
        LLVMPositionBuilderAtEnd(b, done)
        let phi = LLVMBuildPhi(b, type, "guarded")!
        var values: [LLVMValueRef?] = [a, c]
        var blocks: [LLVMBasicBlockRef?] = [thenEnd, elseEnd]
        LLVMAddIncoming(phi, &values, &blocks, 2)
        return phi
    }

    // MARK: Cache

    func cached(_ e: ScalarExpr) -> LLVMValueRef? {
        for scope in cache.reversed() { if let v = scope[e] { return v } }
        return nil
    }

    func remember(_ e: ScalarExpr, _ v: LLVMValueRef) {
        cache[cache.count - 1][e] = v
    }
}

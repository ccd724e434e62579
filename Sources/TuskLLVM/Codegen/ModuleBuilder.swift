internal import CLLVM
import TuskIR

/// How kernels are compiled.
public struct CodegenOptions: Hashable, Sendable {
    /// Lets LLVM fuse a multiply and an add into one FMA (`contract` on the float `mul`, `add`,
    /// `sub` of graph ops and of sum accumulations). Results then differ from the interpreter by
    /// at most the rounding of the skipped multiply; off, elementwise results are bit-identical.
    public var contractFloatingPoint: Bool = true
    /// Computes `exp` (and so `sigmoid`, `silu`, softmax) with an inline polynomial that LLVM
    /// vectorizes, within 2 ulp of the C library's (`Codegen/KernelEmitter+Exp.swift`); off,
    /// `exp` calls the C library once per element (bit-identical to the interpreter, scalar).
    public var vectorizedExp: Bool = true
    /// The vector width the loops are vectorized at (the `prefer-vector-width` attribute).
    public var vectorWidth: VectorWidth = .native
    /// Also produce the assembly text of the optimized module (`KernelModule.assembly`).
    public var emitAssembly: Bool = false
    /// The new-pass-manager pipeline run on each module.
    public var passPipeline: String = "default<O3>"
    /// Computes reductions over outer axes by chunks of output columns, vectorized along the
    /// columns (`Codegen/KernelEmitter+Columns.swift`); off, every reduction is its own loop
    /// inside the output loops (a strided walk for a column).
    public var columnReductions: Bool = true

    public init(contractFloatingPoint: Bool = true, vectorizedExp: Bool = true, vectorWidth: VectorWidth = .native,
                emitAssembly: Bool = false, passPipeline: String = "default<O3>", columnReductions: Bool = true) {
        self.columnReductions = columnReductions
        self.contractFloatingPoint = contractFloatingPoint
        self.vectorizedExp = vectorizedExp
        self.vectorWidth = vectorWidth
        self.emitAssembly = emitAssembly
        self.passPipeline = passPipeline
    }

    /// The options that change the object code, as they enter the object cache's keys.
    public var keyDescription: String {
        "contract=\(contractFloatingPoint),exp=\(vectorizedExp),width=\(vectorWidth),passes=\(passPipeline),columns=\(columnReductions)"
    }
}

/// How wide the vectorizer's vectors are.
public enum VectorWidth: Hashable, Sendable {
    /// The CPU's widest vectors (`LLVMHost.nativeVectorWidth`: 512 bits with AVX-512). LLVM's
    /// tuning for some AVX-512 CPUs (Sapphire Rapids, …) prefers 256 bits; this overrides it.
    case native
    /// Whatever LLVM's tuning for the CPU chooses (no attribute).
    case llvmDefault
    /// This many bits.
    case bits(Int)
}

/// Owns an LLVM context and module while kernels are emitted into it.
final class ModuleBuilder {
    let context: LLVMContextRef
    let module: LLVMModuleRef
    let builder: LLVMBuilderRef
    let options: CodegenOptions
    let cpuName: String
    let cpuFeatures: String
    private var disposed = false
    /// The attribute index of the function itself.
    static let functionIndex = LLVMAttributeIndex(truncatingIfNeeded: LLVMAttributeFunctionIndex)

    // Common types.
    let f32: LLVMTypeRef, f64: LLVMTypeRef, i1: LLVMTypeRef, i8: LLVMTypeRef, i32: LLVMTypeRef, i64: LLVMTypeRef
    let ptr: LLVMTypeRef, void: LLVMTypeRef

    init(name: String, options: CodegenOptions) {
        context = LLVMContextCreate()
        module = LLVMModuleCreateWithNameInContext(name, context)
        builder = LLVMCreateBuilderInContext(context)
        self.options = options
        cpuName = LLVMHost.cpuName
        cpuFeatures = LLVMHost.cpuFeatures
        f32 = LLVMFloatTypeInContext(context)
        f64 = LLVMDoubleTypeInContext(context)
        i1 = LLVMInt1TypeInContext(context)
        i8 = LLVMInt8TypeInContext(context)
        i32 = LLVMInt32TypeInContext(context)
        i64 = LLVMInt64TypeInContext(context)
        ptr = LLVMPointerTypeInContext(context, 0)
        void = LLVMVoidTypeInContext(context)
    }

    /// Frees the builder, module and context (after the module was turned into object code).
    func dispose() {
        guard !disposed else { return }
        disposed = true
        LLVMDisposeBuilder(builder)
        LLVMDisposeModule(module)
        LLVMContextDispose(context)
    }

    deinit { dispose() }

    /// The register type of a dtype (`bool` is `i1`).
    func type(_ d: DType) -> LLVMTypeRef {
        switch d {
        case .f32: f32
        case .f64: f64
        case .i32: i32
        case .i64: i64
        case .bool: i1
        }
    }

    /// The in-memory type of a dtype (`bool` is one byte).
    func memoryType(_ d: DType) -> LLVMTypeRef { d == .bool ? i8 : type(d) }

    func constInt(_ t: LLVMTypeRef, _ v: Int) -> LLVMValueRef {
        LLVMConstInt(t, UInt64(bitPattern: Int64(v)), 1)
    }

    func constI64(_ v: Int) -> LLVMValueRef { constInt(i64, v) }

    /// A constant of a dtype from an already-converted value.
    func constant(_ v: Double, _ d: DType) -> LLVMValueRef {
        switch d {
        case .f32, .f64: LLVMConstReal(type(d), v)
        case .i32, .i64: constInt(type(d), saturatingInt(v))
        case .bool: LLVMConstInt(i1, v != 0 ? 1 : 0, 0)
        }
    }

    /// The declaration of an overloaded intrinsic (`llvm.sqrt` over `[f32]`, …).
    func intrinsic(_ name: String, _ overloads: [LLVMTypeRef]) -> (LLVMTypeRef, LLVMValueRef) {
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        precondition(id != 0, "TuskLLVM: unknown intrinsic \(name) (LLVM 19 has it; checked by LLVMHost)")
        var types: [LLVMTypeRef?] = overloads
        let fnType = LLVMIntrinsicGetType(context, id, &types, types.count)!
        let fn = LLVMGetIntrinsicDeclaration(module, id, &types, types.count)!
        return (fnType, fn)
    }

    /// A C library function `ret name(params)` (resolved at link time from the process).
    func libraryFunction(_ name: String, _ ret: LLVMTypeRef, _ params: [LLVMTypeRef]) -> (LLVMTypeRef, LLVMValueRef) {
        var p: [LLVMTypeRef?] = params
        let fnType = LLVMFunctionType(ret, &p, UInt32(p.count), 0)!
        if let existing = LLVMGetNamedFunction(module, name) { return (fnType, existing) }
        let fn = LLVMAddFunction(module, name, fnType)!
        addAttribute(fn, index: ModuleBuilder.functionIndex, "nounwind")
        return (fnType, fn)
    }

    func call(_ f: (LLVMTypeRef, LLVMValueRef), _ args: [LLVMValueRef], _ name: String = "") -> LLVMValueRef {
        var a: [LLVMValueRef?] = args
        return LLVMBuildCall2(builder, f.0, f.1, &a, UInt32(a.count), name)
    }

    func addAttribute(_ fn: LLVMValueRef, index: LLVMAttributeIndex, _ kind: String) {
        let id = LLVMGetEnumAttributeKindForName(kind, kind.utf8.count)
        LLVMAddAttributeAtIndex(fn, index, LLVMCreateEnumAttribute(context, id, 0))
    }

    func addStringAttribute(_ fn: LLVMValueRef, _ key: String, _ value: String) {
        LLVMAddAttributeAtIndex(fn, ModuleBuilder.functionIndex,
                                LLVMCreateStringAttribute(context, key, UInt32(key.utf8.count), value, UInt32(value.utf8.count)))
    }

    /// Marks a function for this CPU (and the preferred vector width, when set).
    func addTargetAttributes(_ fn: LLVMValueRef) {
        addStringAttribute(fn, "target-cpu", cpuName)
        addStringAttribute(fn, "target-features", cpuFeatures)
        switch options.vectorWidth {
        case .native: addStringAttribute(fn, "prefer-vector-width", "\(LLVMHost.nativeVectorWidth)")
        case .llvmDefault: break
        case .bits(let w): addStringAttribute(fn, "prefer-vector-width", "\(w)")
        }
        addAttribute(fn, index: ModuleBuilder.functionIndex, "nounwind")
    }

    /// The textual IR of the module.
    var irText: String { LLVMHost.takeMessage(LLVMPrintModuleToString(module)) }

    /// Verifies the module; throws with LLVM's message.
    func verify() throws {
        var message: UnsafeMutablePointer<CChar>?
        let failed = LLVMVerifyModule(module, LLVMReturnStatusAction, &message) != 0
        let text = LLVMHost.takeMessage(message)
        if failed { throw LLVMError.llvm(stage: "module verification", message: text) }
    }
}

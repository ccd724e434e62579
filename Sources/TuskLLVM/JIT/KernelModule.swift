internal import CLLVM
import TuskIR

/// A batch of loop kernels compiled into one LLVM module and linked into the process by ORC
/// LLJIT: the callable handles and the artifacts (IR text, object file, assembly).
///
/// Compiling (`compile`) builds the IR, verifies it, runs `default<O3>` with a target machine
/// for the host CPU, emits an object file and links that object into a fresh LLJIT. Loading
/// (`load(objectFile:signatures:)`) only links a stored object file: no LLVM optimization or code
/// generation, the warm start of a disk compile cache. The JIT (and so every kernel's code)
/// lives as long as this object or any `CompiledKernel` taken from it.
public final class KernelModule: @unchecked Sendable {
    /// The kernels, in the order given (each handle keeps this module alive).
    public var kernels: [CompiledKernel] {
        entries.map { CompiledKernel(signature: $0.signature, address: $0.address, owner: self) }
    }
    private var entries: [(signature: KernelSignature, address: UInt)] = []
    /// The module's LLVM IR before optimization (empty when loaded from an object file).
    public let unoptimizedIR: String
    /// The module's LLVM IR after the pass pipeline (empty when loaded from an object file).
    public let optimizedIR: String
    /// The relocatable object file LLJIT linked (store it to skip LLVM on a later run).
    public let objectFile: [UInt8]
    /// The assembly of the optimized module, when `CodegenOptions.emitAssembly` was set.
    public let assembly: String?

    private let jit: LLVMOrcLLJITRef

    /// The kernel with this name.
    public subscript(name: String) -> CompiledKernel? {
        entries.first { $0.signature.name == name }.map { CompiledKernel(signature: $0.signature, address: $0.address, owner: self) }
    }

    /// Compiles `kernels` into one module. Throws `LLVMError` for an invalid kernel (duplicate
    /// names included) or an LLVM failure, `LLVMError.wrongVersion` on an LLVM other than 19.
    public static func compile(_ kernels: [LoopKernel], options: CodegenOptions = CodegenOptions(),
                               moduleName: String = "tusk") throws -> KernelModule {
        try LLVMHost.check()
        var names = Set<String>()
        for k in kernels where !names.insert(k.name).inserted {
            throw LLVMError.invalidKernel(kernel: k.name, message: "two kernels of one module share this name")
        }
        let mb = ModuleBuilder(name: moduleName, options: options)
        defer { mb.dispose() }
        for k in kernels { _ = try KernelEmitter(mb, k).emit() }
        return try optimizeAndLink(mb.module, signatures: kernels.map(\.signature), options: options)
    }

    /// Compiles a module given as LLVM IR text (hand-written kernels with the loop-kernel ABI,
    /// such as `AttentionRowIR`) through the same pipeline as `compile`: parse, verify,
    /// `options.passPipeline` for the host CPU, object code, LLJIT. `signatures` name the
    /// functions to look up. Throws `LLVMError.llvm` with LLVM's message for text that does not
    /// parse or verify.
    public static func compile(irText: String, signatures: [KernelSignature], options: CodegenOptions = CodegenOptions(),
                               moduleName: String = "tusk") throws -> KernelModule {
        try LLVMHost.check()
        let context = LLVMContextCreate()
        defer { LLVMContextDispose(context) }
        let buffer = irText.withCString { LLVMCreateMemoryBufferWithMemoryRangeCopy($0, irText.utf8.count, moduleName)! }
        var module: LLVMModuleRef?
        var message: UnsafeMutablePointer<CChar>?
        if LLVMParseIRInContext(context, buffer, &module, &message) != 0 {   // takes the buffer
            throw LLVMError.llvm(stage: "parsing the IR of \(moduleName)", message: LLVMHost.takeMessage(message))
        }
        defer { LLVMDisposeModule(module) }
        return try optimizeAndLink(module!, signatures: signatures, options: options)
    }

    /// Verifies `module` (triple and data layout set here), runs the pass pipeline, emits object
    /// code and links it; the module stays owned by the caller.
    private static func optimizeAndLink(_ module: LLVMModuleRef, signatures: [KernelSignature],
                                        options: CodegenOptions) throws -> KernelModule {
        let tm = try makeTargetMachine()
        defer { LLVMDisposeTargetMachine(tm) }
        LLVMSetTarget(module, LLVMHost.targetTriple)
        let layout = LLVMCreateTargetDataLayout(tm)!
        LLVMSetModuleDataLayout(module, layout)
        LLVMDisposeTargetData(layout)
        let unoptimized = LLVMHost.takeMessage(LLVMPrintModuleToString(module))
        var verifyMessage: UnsafeMutablePointer<CChar>?
        let failed = LLVMVerifyModule(module, LLVMReturnStatusAction, &verifyMessage) != 0
        let verifyText = LLVMHost.takeMessage(verifyMessage)
        if failed { throw LLVMError.llvm(stage: "module verification", message: verifyText) }

        let passOptions = LLVMCreatePassBuilderOptions()!
        defer { LLVMDisposePassBuilderOptions(passOptions) }
        LLVMPassBuilderOptionsSetLoopVectorization(passOptions, 1)
        LLVMPassBuilderOptionsSetSLPVectorization(passOptions, 1)
        LLVMPassBuilderOptionsSetLoopUnrolling(passOptions, 1)
        if let message = LLVMHost.errorMessage(LLVMRunPasses(module, options.passPipeline, tm, passOptions)) {
            throw LLVMError.llvm(stage: "optimization (\(options.passPipeline))", message: message)
        }
        let optimized = LLVMHost.takeMessage(LLVMPrintModuleToString(module))

        var assembly: String? = nil
        if options.emitAssembly {
            let clone = LLVMCloneModule(module)!
            defer { LLVMDisposeModule(clone) }
            assembly = String(decoding: try emit(clone, tm, LLVMAssemblyFile), as: UTF8.self)
        }
        let object = try emit(module, tm, LLVMObjectFile)
        return try KernelModule(object: object, signatures: signatures,
                                unoptimizedIR: unoptimized, optimizedIR: optimized, assembly: assembly)
    }

    /// Links an object file produced by `compile` (same LLVM version and CPU: key a cache with
    /// `LLVMHost.codeKey`) and looks up the kernels of `signatures`. Runs no LLVM pass.
    public static func load(objectFile: [UInt8], signatures: [KernelSignature]) throws -> KernelModule {
        try LLVMHost.check()
        return try KernelModule(object: objectFile, signatures: signatures, unoptimizedIR: "", optimizedIR: "", assembly: nil)
    }

    private init(object: [UInt8], signatures: [KernelSignature], unoptimizedIR: String, optimizedIR: String,
                 assembly: String?) throws {
        self.objectFile = object
        self.unoptimizedIR = unoptimizedIR
        self.optimizedIR = optimizedIR
        self.assembly = assembly
        var jit: LLVMOrcLLJITRef?
        if let message = LLVMHost.errorMessage(LLVMOrcCreateLLJIT(&jit, LLVMOrcCreateLLJITBuilder())) {
            throw LLVMError.llvm(stage: "LLJIT creation", message: message)
        }
        self.jit = jit!
        let dylib = LLVMOrcLLJITGetMainJITDylib(jit)
        // Resolves libm (expf, tanhf, …) and O3's memset/memcpy idioms from the process.
        var generator: LLVMOrcDefinitionGeneratorRef?
        if let message = LLVMHost.errorMessage(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
            &generator, LLVMOrcLLJITGetGlobalPrefix(jit), nil, nil)) {
            throw LLVMError.llvm(stage: "process symbol generator", message: message)
        }
        LLVMOrcJITDylibAddGenerator(dylib, generator)
        let buffer = object.withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { c in
                LLVMCreateMemoryBufferWithMemoryRangeCopy(c.baseAddress, c.count, "tusk-kernels.o")!
            }
        }
        if let message = LLVMHost.errorMessage(LLVMOrcLLJITAddObjectFile(jit, dylib, buffer)) {
            throw LLVMError.llvm(stage: "JIT link", message: message)
        }
        for s in signatures {
            var address: LLVMOrcExecutorAddress = 0
            if let message = LLVMHost.errorMessage(LLVMOrcLLJITLookup(jit, &address, s.name)) {
                throw LLVMError.llvm(stage: "symbol lookup of '\(s.name)'", message: message)
            }
            entries.append((s, UInt(address)))
        }
    }

    deinit {
        _ = LLVMHost.errorMessage(LLVMOrcDisposeLLJIT(jit))
    }

    private static func makeTargetMachine() throws -> LLVMTargetMachineRef {
        let triple = LLVMHost.targetTriple
        var target: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        if LLVMGetTargetFromTriple(triple, &target, &message) != 0 {
            throw LLVMError.llvm(stage: "target lookup for \(triple)", message: LLVMHost.takeMessage(message))
        }
        guard let tm = LLVMCreateTargetMachine(target, triple, LLVMHost.cpuName, LLVMHost.cpuFeatures,
                                               LLVMCodeGenLevelAggressive, LLVMRelocPIC, LLVMCodeModelSmall) else {
            throw LLVMError.llvm(stage: "target machine creation", message: "for \(triple) \(LLVMHost.cpuName)")
        }
        return tm
    }

    private static func emit(_ module: LLVMModuleRef, _ tm: LLVMTargetMachineRef, _ kind: LLVMCodeGenFileType) throws -> [UInt8] {
        var message: UnsafeMutablePointer<CChar>?
        var buffer: LLVMMemoryBufferRef?
        if LLVMTargetMachineEmitToMemoryBuffer(tm, module, kind, &message, &buffer) != 0 {
            throw LLVMError.llvm(stage: kind == LLVMObjectFile ? "object emission" : "assembly emission",
                                 message: LLVMHost.takeMessage(message))
        }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        let start = LLVMGetBufferStart(buffer)!, size = LLVMGetBufferSize(buffer)
        return start.withMemoryRebound(to: UInt8.self, capacity: size) { Array(UnsafeBufferPointer(start: $0, count: size)) }
    }
}

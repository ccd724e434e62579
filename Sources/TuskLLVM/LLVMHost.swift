internal import CLLVM

/// The LLVM library loaded in this process and the CPU it compiles for.
///
/// Everything in TuskLLVM goes through `LLVMHost.check()` first: it initializes the native
/// target once and refuses to run on an LLVM other than 19.x (the C API and the code generator
/// differ between versions; PLATFORM.md's pitfall of building against LLVM 14's headers).
public enum LLVMHost {
    /// The loaded LLVM's version, `19.1.7`.
    public static var version: String {
        var major: UInt32 = 0, minor: UInt32 = 0, patch: UInt32 = 0
        LLVMGetVersion(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }

    /// The major version this module is written against.
    public static let requiredMajorVersion = 19

    /// The host CPU as LLVM names it (`znver4` on Zen 4).
    public static var cpuName: String { takeMessage(LLVMGetHostCPUName()) }

    /// The host CPU's features (`+avx512f,+fma,…`).
    public static var cpuFeatures: String { takeMessage(LLVMGetHostCPUFeatures()) }

    /// The widest vector registers of the host CPU in bits: 512 with AVX-512 (`+avx512f`, not
    /// disabled by `-evex512`), 256 with AVX, else 128.
    public static var nativeVectorWidth: Int {
        let features = Set(cpuFeatures.split(separator: ","))
        if features.contains("+avx512f") && !features.contains("-evex512") { return 512 }
        if features.contains("+avx") { return 256 }
        return 128
    }

    /// The host target triple (`x86_64-pc-linux-gnu`).
    public static var targetTriple: String { takeMessage(LLVMGetDefaultTargetTriple()) }

    /// Throws `LLVMError.wrongVersion` unless the loaded LLVM is 19.x, and initializes the native
    /// target, assembly printer and parser (once per process).
    public static func check() throws {
        if let problem = initialization { throw problem }
    }

    /// A key that changes whenever compiled object code may differ: LLVM version, CPU and
    /// features (for a disk cache of object files).
    public static var codeKey: String { "llvm-\(version)|\(targetTriple)|\(cpuName)|\(cpuFeatures)" }

    private static let initialization: LLVMError? = {
        var major: UInt32 = 0, minor: UInt32 = 0, patch: UInt32 = 0
        LLVMGetVersion(&major, &minor, &patch)
        if Int(major) != requiredMajorVersion { return .wrongVersion(found: "\(major).\(minor).\(patch)") }
        if LLVMInitializeNativeTarget() != 0 { return .llvm(stage: "native target initialization", message: "no native target") }
        if LLVMInitializeNativeAsmPrinter() != 0 { return .llvm(stage: "native target initialization", message: "no asm printer") }
        if LLVMInitializeNativeAsmParser() != 0 { return .llvm(stage: "native target initialization", message: "no asm parser") }
        return nil
    }()

    /// Copies and disposes a message string LLVM allocated.
    static func takeMessage(_ p: UnsafeMutablePointer<CChar>?) -> String {
        guard let p else { return "" }
        defer { LLVMDisposeMessage(p) }
        return String(cString: p)
    }

    /// The message of an `LLVMErrorRef` (consumed), or nil for success.
    static func errorMessage(_ error: LLVMErrorRef?) -> String? {
        guard let error else { return nil }
        let m = LLVMGetErrorMessage(error)
        defer { LLVMDisposeErrorMessage(m) }
        return m.map { String(cString: $0) } ?? "unknown error"
    }
}

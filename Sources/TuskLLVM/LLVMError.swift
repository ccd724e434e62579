import TuskIR

/// Errors of the LLVM backend: what went wrong, in which kernel or stage, in words a user can act on.
/// (Run-time failures of compiled kernels are `TuskError.execution`, as in the interpreter.)
public enum LLVMError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The process loaded an LLVM other than 19.x (a stale build against another LLVM's headers,
    /// or another `libLLVM` on the library path).
    case wrongVersion(found: String)
    /// A kernel broke an invariant of the kernel IR.
    case invalidKernel(kernel: String, message: String)
    /// A graph op or region cannot become a loop kernel (contractions go to OpenBLAS, …).
    case unsupported(op: String, message: String)
    /// LLVM reported an error at a stage (verify, optimize, codegen, JIT link, lookup).
    case llvm(stage: String, message: String)

    public var description: String {
        switch self {
        case .wrongVersion(let found):
            return "LLVM backend: needs LLVM 19.x, but the loaded libLLVM is \(found); install llvm-19-dev (scripts/install-deps.sh), do not install the unversioned llvm-dev, and rebuild after `rm -rf .build`"
        case let .invalidKernel(kernel, message):
            return "LLVM backend: kernel '\(kernel)': \(message)"
        case let .unsupported(op, message):
            return "LLVM backend: \(op): \(message)"
        case let .llvm(stage, message):
            return "LLVM backend: \(stage) failed: \(message)"
        }
    }
}

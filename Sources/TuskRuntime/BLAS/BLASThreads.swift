import CBLAS
import TuskIR
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The number of threads the BLAS backend computes with: OpenBLAS's thread pool for GEMM, and
/// the chunks the backend's own Swift kernels (`parallelFor`) split large work into.
///
/// Pin it explicitly at program start (`configure`), so that a run does not depend on what
/// OpenBLAS happens to pick from the environment (`OPENBLAS_NUM_THREADS`, `OMP_NUM_THREADS`, the
/// core count it saw when loaded), and so that it can be recorded next to the results. The
/// default is `TUSK_NUM_THREADS` when set, else the number of online cores. The `tusk` commands
/// that compute call `configure` first (`--threads N` overrides the default) and write the
/// count into `report.json`.
///
/// The Swift kernels give the same bits for every thread count (each output element is computed
/// by one thread, in a fixed order); an OpenBLAS GEMM may round differently with a different
/// count, which is one more reason to pin it: same seed, same machine, same threads → the same
/// checkpoint bytes.
///
/// OpenBLAS keeps the value itself (`openblas_set_num_threads` / `openblas_get_num_threads`); this
/// type holds no state of its own. Without a `configure` call OpenBLAS's own choice stays in
/// effect. Set it between runs, not while an executable is running on another thread.
public enum BLASThreads {
    /// The environment variable that sets the default thread count (a positive integer).
    public static let environmentVariable = "TUSK_NUM_THREADS"

    /// Online cores of this machine (at least 1).
    public static var cores: Int { Parallel.cores }

    /// The thread count OpenBLAS uses now (at least 1). OpenBLAS caps a requested count at the
    /// maximum it was built for.
    public static var current: Int { max(1, Int(openblas_get_num_threads())) }

    /// The default thread count: `TUSK_NUM_THREADS` from `environment` (the process environment
    /// when nil) when it is set, else `cores`. Throws `TuskError.config` naming the variable when
    /// it is set but not a positive integer (a typo must not silently fall back to all cores).
    public static func defaultCount(environment: [String: String]? = nil) throws -> Int {
        let value = environment.map { $0[environmentVariable] } ?? getenv(environmentVariable).map { String(cString: $0) }
        guard let text = value else { return cores }
        guard let n = Int(text.filter { !$0.isWhitespace }), n >= 1 else {
            throw TuskError.config(field: environmentVariable, message: "expected a positive integer, got \"\(text)\"")
        }
        return n
    }

    /// Sets the thread count (≥ 1; throws `TuskError.config` otherwise) and returns the count in
    /// effect afterwards, which is lower when OpenBLAS was built for fewer threads.
    @discardableResult
    public static func set(_ count: Int) throws -> Int {
        guard count >= 1, count <= Int(Int32.max) else {
            throw TuskError.config(field: "threads", message: "the thread count must be a positive integer, got \(count)")
        }
        openblas_set_num_threads(Int32(count))
        return current
    }

    /// Pins the thread count at startup: `count` when given (a `--threads` option), else
    /// `defaultCount()`. Returns the count in effect.
    @discardableResult
    public static func configure(_ count: Int? = nil) throws -> Int {
        try set(count ?? defaultCount())
    }
}

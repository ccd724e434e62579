import CMPI
import Foundation

/// An MPI call that failed, naming the rank, the call and MPI's error text.
public struct MPIError: Error, CustomStringConvertible, Sendable {
    /// The rank of this process in `MPI_COMM_WORLD` (-1 before `MPI_Init` succeeded).
    public var rank: Int
    /// The MPI function or the operation (`MPI_Allgather (gradient allreduce)`).
    public var operation: String
    public var message: String

    public init(rank: Int, operation: String, message: String) {
        self.rank = rank
        self.operation = operation
        self.message = message
    }

    public var description: String { "MPI rank \(rank): \(operation) failed: \(message)" }
}

/// How `tusk train` decides whether it is one rank of an MPI job.
public enum DistributedMode: String, CaseIterable, Sendable {
    /// MPI when the process was started by an MPI launcher (`mpirun`, `srun --mpi=pmix`), else none.
    case auto
    /// Always initialize MPI (a process started without a launcher is a job of one rank).
    case mpi
    /// One process; MPI is never initialized.
    case none
}

/// Detection of an MPI launcher from the environment it sets for each rank.
public enum MPIEnvironment {
    /// Variables set by Open MPI's `mpirun` (ORTE/PRRTE) and by PMIx/PMI launchers (Slurm).
    public static let variables = ["OMPI_COMM_WORLD_SIZE", "OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK", "PMI_SIZE"]

    /// True when `environment` holds one of `variables`.
    public static func isLaunched(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        variables.contains { environment[$0] != nil }
    }

    /// Whether `mode` asks for MPI in `environment`.
    public static func wantsMPI(_ mode: DistributedMode, _ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch mode {
        case .none: false
        case .mpi: true
        case .auto: isLaunched(environment)
        }
    }
}

/// The processes of one MPI job (`MPI_COMM_WORLD`): rank, size and the few collectives data
/// parallel training needs.
///
/// MPI is initialized once per process (`shared()`) and finalized once (`finalize()`); errors
/// are returned, not fatal (`MPI_ERRORS_RETURN`), and thrown as `MPIError` naming the rank.
///
/// Reductions are deterministic: `allreduceSum` gathers every rank's buffer (`MPI_Allgather`,
/// in chunks) and adds the contributions in rank order 0, 1, …, N−1 on every rank, so the result
/// is bit-identical on all ranks and from run to run whatever algorithm the MPI library picks
/// (`MPI_Allreduce` does not promise either). The price: each rank receives (N−1)·S bytes for a
/// buffer of S bytes, against 2·(N−1)/N·S for a ring allreduce — the same at N = 2, N/2 times
/// more for larger N (Docs/SCALING.md).
///
/// Not thread-safe: call it from one thread (`MPI_THREAD_FUNNELED`).
public final class MPIProcessGroup: @unchecked Sendable {
    /// This process's rank in `MPI_COMM_WORLD`.
    public let rank: Int
    /// The number of ranks.
    public let size: Int
    /// Elements per `MPI_Allgather` in `allreduceSum` (bounds the gather buffer to N × chunk).
    public var chunkElements = 1 << 22
    private let comm: MPI_Comm?
    private var finalized = false

    nonisolated(unsafe) private static var instance: MPIProcessGroup?
    private static let lock = NSLock()

    private init(rank: Int, size: Int, comm: MPI_Comm?) {
        self.rank = rank
        self.size = size
        self.comm = comm
    }

    /// The process group, initializing MPI on first use (`MPI_Init_thread`, funneled).
    public static func shared() throws -> MPIProcessGroup {
        lock.lock()
        defer { lock.unlock() }
        if let instance { return instance }
        var initialized: Int32 = 0
        MPI_Initialized(&initialized)
        if initialized == 0 {
            var provided: Int32 = 0
            let rc = MPI_Init_thread(nil, nil, tusk_mpi_thread_funneled(), &provided)
            guard rc == tusk_mpi_success() else {
                throw MPIError(rank: -1, operation: "MPI_Init_thread", message: errorText(rc))
            }
        }
        let comm = tusk_mpi_comm_world()
        MPI_Comm_set_errhandler(comm, tusk_mpi_errors_return())
        var r: Int32 = 0, s: Int32 = 0
        MPI_Comm_rank(comm, &r)
        MPI_Comm_size(comm, &s)
        let group = MPIProcessGroup(rank: Int(r), size: Int(s), comm: comm)
        instance = group
        return group
    }

    /// `MPI_Finalize` (once; later calls do nothing). Every rank must call it.
    public func finalize() {
        guard !finalized else { return }
        finalized = true
        MPI_Finalize()
    }

    /// `MPI_Abort`: ends every rank of the job with `code` (after an error on this rank, so the
    /// others do not wait for it in a collective).
    public func abort(code: Int32 = 1) -> Never {
        MPI_Abort(comm, code)
        exit(code)
    }

    static func errorText(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: Int(tusk_mpi_max_error_string()) + 1)
        var length: Int32 = 0
        MPI_Error_string(code, &buffer, &length)
        let text = String(cString: buffer)
        return text.isEmpty ? "MPI error \(code)" : "\(text) (MPI error \(code))"
    }

    private func check(_ rc: Int32, _ operation: String) throws {
        guard rc == tusk_mpi_success() else { throw MPIError(rank: rank, operation: operation, message: Self.errorText(rc)) }
    }

    /// `MPI_Barrier`.
    public func barrier() throws { try check(MPI_Barrier(comm), "MPI_Barrier") }

    /// Replaces `values` on every rank by the element-wise sum over ranks, added in rank order
    /// (bit-identical on every rank; see the type's documentation).
    public func allreduceSum(_ values: UnsafeMutableBufferPointer<Float>, what: String = "allreduce") throws {
        try rankOrderedSum(values, datatype: tusk_mpi_float(), what: what)
    }

    /// As `allreduceSum(_:)` for f64 values.
    public func allreduceSum(_ values: UnsafeMutableBufferPointer<Double>, what: String = "allreduce") throws {
        try rankOrderedSum(values, datatype: tusk_mpi_double(), what: what)
    }

    /// As `allreduceSum(_:)` for an array.
    public func allreduceSum(_ values: inout [Float], what: String = "allreduce") throws {
        try values.withUnsafeMutableBufferPointer { try allreduceSum($0, what: what) }
    }

    /// As `allreduceSum(_:)` for an array.
    public func allreduceSum(_ values: inout [Double], what: String = "allreduce") throws {
        try values.withUnsafeMutableBufferPointer { try allreduceSum($0, what: what) }
    }

    private func rankOrderedSum<T: BinaryFloatingPoint>(_ values: UnsafeMutableBufferPointer<T>, datatype: MPI_Datatype?, what: String) throws {
        guard size > 1, let base = values.baseAddress else { return }
        let chunk = max(1, chunkElements)
        var gathered = [T](repeating: 0, count: size * min(chunk, values.count))
        var start = 0
        while start < values.count {
            let n = min(chunk, values.count - start)
            try gathered.withUnsafeMutableBufferPointer { g in
                try check(MPI_Allgather(base + start, Int32(n), datatype, g.baseAddress, Int32(n), datatype, comm),
                          "MPI_Allgather (\(what))")
                for i in 0..<n {
                    var s = g[i]
                    for r in 1..<size { s += g[r * n + i] }
                    base[start + i] = s
                }
            }
            start += n
        }
    }

    /// True on every rank when `flag` is true on any rank (`MPI_Allreduce` with `MPI_MAX`).
    public func anyTrue(_ flag: Bool, what: String = "flag") throws -> Bool {
        var v: UInt64 = flag ? 1 : 0, out: UInt64 = 0
        try check(MPI_Allreduce(&v, &out, 1, tusk_mpi_uint64(), tusk_mpi_max(), comm), "MPI_Allreduce (\(what))")
        return out != 0
    }

    /// Every rank's `value`, indexed by rank (`MPI_Allgather`).
    public func allgather(_ value: UInt64, what: String = "allgather") throws -> [UInt64] {
        var v = value
        var out = [UInt64](repeating: 0, count: size)
        try check(MPI_Allgather(&v, 1, tusk_mpi_uint64(), &out, 1, tusk_mpi_uint64(), comm), "MPI_Allgather (\(what))")
        return out
    }

    /// Rank `root`'s bytes on every rank (`MPI_Bcast` of the length, then of the bytes).
    public func broadcast(_ bytes: inout [UInt8], root: Int = 0, what: String = "broadcast") throws {
        var count = UInt64(bytes.count)
        try check(MPI_Bcast(&count, 1, tusk_mpi_uint64(), Int32(root), comm), "MPI_Bcast (\(what) length)")
        if rank != root { bytes = [UInt8](repeating: 0, count: Int(count)) }
        guard count > 0 else { return }
        try bytes.withUnsafeMutableBytes { b in
            try check(MPI_Bcast(b.baseAddress, Int32(count), tusk_mpi_byte(), Int32(root), comm), "MPI_Bcast (\(what))")
        }
    }

    /// Checks that every rank passes the same `hash` of `what`; throws an `MPIError` listing
    /// the ranks that differ from rank 0 otherwise (on every rank, so all stop together).
    public func checkIdentical(_ hash: UInt64, what: String) throws {
        let all = try allgather(hash, what: "hash of \(what)")
        let differing = all.indices.filter { all[$0] != all[0] }
        guard differing.isEmpty else {
            let list = all.enumerated().map { "rank \($0.offset): \(String($0.element, radix: 16))" }.joined(separator: ", ")
            throw MPIError(rank: rank, operation: "consistency check of \(what)",
                           message: "rank(s) \(differing.map(String.init).joined(separator: ", ")) differ from rank 0 (\(list))")
        }
    }
}

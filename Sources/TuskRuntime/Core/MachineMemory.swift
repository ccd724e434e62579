#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TuskIR

/// The machine's physical memory, checked before large allocations: an arena or a resident
/// buffer that cannot fit is refused with the numbers ("needs 512 GiB, the machine has 23 GiB")
/// instead of aborting in the allocator or being killed by the kernel mid-run.
public enum MachineMemory {
    /// Bytes of physical memory (`PhysicalMemory.bytes`); nil when the system does not say.
    public static var physicalBytes: Int? { PhysicalMemory.bytes }

    /// Throws `InsufficientMemory` when `bytes` (what `what` needs, e.g. "graph 'g': the
    /// arena") exceed the machine's physical memory. `detail` is shown in parentheses.
    public static func check(_ bytes: Int, for what: String, detail: String? = nil) throws {
        guard let physical = physicalBytes, bytes > physical else { return }
        throw InsufficientMemory(what: what, neededBytes: bytes, availableBytes: physical, detail: detail)
    }
}

/// An allocation refused because the machine does not have the memory: what needed it, how
/// much, and how much there is. Callers that know the cause (a training run's `--batch`) add
/// `advice`.
public struct InsufficientMemory: Error, CustomStringConvertible, Sendable {
    public var what: String
    public var neededBytes: Int
    public var availableBytes: Int
    public var detail: String?
    /// What the user can change, appended to the message.
    public var advice: String?

    public init(what: String, neededBytes: Int, availableBytes: Int, detail: String? = nil, advice: String? = nil) {
        self.what = what
        self.neededBytes = neededBytes
        self.availableBytes = availableBytes
        self.detail = detail
        self.advice = advice
    }

    public var description: String {
        let extra = detail.map { " (\($0))" } ?? ""
        return "\(what) needs \(SizeArithmetic.formatBytes(neededBytes))\(extra), the machine has "
            + "\(SizeArithmetic.formatBytes(availableBytes)) of memory; refusing to allocate it" + (advice.map { ": \($0)" } ?? "")
    }
}

/// The process's peak resident memory so far (`getrusage` `ru_maxrss`), for reports.
public enum PeakMemory {
    /// Peak resident set size in bytes (0 where unknown).
    public static func residentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return usage.ru_maxrss  // bytes on Darwin
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine's physical memory, for the checks that refuse allocations which cannot fit
/// (`MachineMemory` in TuskRuntime, `HDF5ReadLimit` in TuskData).
public enum PhysicalMemory {
    /// Bytes of physical memory (`sysconf` pages × page size); nil when the system does not say.
    public static var bytes: Int? {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), pageSize = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, pageSize > 0 else { return nil }
        return SizeArithmetic.multiply(pages, pageSize)
    }
}

import Testing
import TuskIR
@testable import TuskRuntime

/// Issue 11, item 1: an executable whose arena cannot fit in the machine's memory is refused
/// with the numbers before anything is allocated; a plan whose byte counts overflow is an error.
@Suite struct MemoryLimitTests {
    /// Table row "`tusk run` on such a graph": a `fill` of 2³¹×64 f32 (512 GiB, and an `exp` of
    /// it) aborted in the allocator; both backends now refuse it.
    @Test(arguments: ["blas", "reference"])
    func arenaLargerThanTheMachineIsRefused(backend: String) throws {
        // 8 TiB: more than any test machine has.
        let g = try Graph.trace("fill") { b in [("y", b.fill(1, [2_147_483_647, 1024]).exp())] }
        let physical = try #require(MachineMemory.physicalBytes)
        let chosen: any Backend = backend == "blas" ? BLASBackend() : ReferenceBackend()
        do {
            _ = try chosen.compile(g)
            Issue.record("compiling an 8 TiB graph succeeded")
        } catch let e as InsufficientMemory {
            #expect(e.neededBytes > physical && e.availableBytes == physical)
            #expect(e.description.contains("needs 16 TiB"), "\(e)")
            #expect(e.description.contains("the machine has \(SizeArithmetic.formatBytes(physical))"), "\(e)")
        }
    }

    /// Three 2⁶²-byte buffers: the plan's sum overflows `Int`; an error naming a node, not a trap.
    @Test func planOverflowIsAnError() throws {
        let s = [1_073_741_824, 1_073_741_824]  // f32: exactly 2⁶² bytes each
        let g = try Graph.trace("overflow") { b in
            let x = b.fill(1, s)
            return [("a", x.exp()), ("b", -x)]
        }
        #expect(throws: TuskError.self) { _ = try BLASBackend().compile(g) }
    }
}

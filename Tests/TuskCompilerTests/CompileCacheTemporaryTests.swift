import Foundation
import Testing
@testable import TuskCompiler
#if canImport(Glibc)
import Glibc
#endif

/// Issue 11, item 2: temporaries of a cache write that was killed (their process is gone) are
/// removed; a running process's temporary is left alone.
@Suite struct CompileCacheTemporaryTests {
    @Test func staleTemporariesAreRemovedOnTheFirstWrite() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-cache-tmp-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()  // its pid is now free
        let stale = dir + "/abc.bin.tmp.\(child.processIdentifier).42"
        let live = dir + "/abc.bin.tmp.\(getpid()).43"
        for p in [stale, live] { #expect(FileManager.default.createFile(atPath: p, contents: Data([1]))) }
        CompileCache(directory: dir).storeArtifact([1, 2, 3], .init(name: "g", components: [("k", "v")]))
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
    }
}

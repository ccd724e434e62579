import Testing
import TuskIR
import TuskRuntime
@testable import TuskNN
#if canImport(Glibc)
import Glibc
#endif

/// `MappedSafetensors` (weights read in place from a mapped file) and `ResidentState.adopt`
/// (an executable reading them without a copy).
@Suite struct MappedSafetensorsTests {
    @Test func mappedFileHoldsWhatReadReturns() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/w.safetensors"
        try Safetensors.write(SafetensorsTests.sample, metadata: ["k": "v"], to: path)
        let mapped = try MappedSafetensors(path: path)
        let (tensors, metadata) = try Safetensors.read(path: path)
        #expect(mapped.metadata == metadata)
        #expect(mapped.names == tensors.keys.sorted())
        #expect(mapped.shapes == tensors.mapValues(\.shape))
        for name in mapped.names { #expect(try mapped.tensor(name) == tensors[name], "\(name)") }
        // f32 tensors are usable in place; the others are not.
        let x = try #require(mapped.f32Storage("x"))
        let values = (0..<6).map { x.load(fromByteOffset: $0 * 4, as: Float.self).bitPattern }
        #expect(values == tensors["x"]!.floats.map(\.bitPattern))
        #expect(mapped.f32Storage("blocks.0.w") == nil)  // f64
        #expect(mapped.f32Storage("absent") == nil)
        #expect(mapped.fileDType("idx") == "I64")
    }

    @Test func writesToAdoptedMemoryNeverReachTheFile() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/w.safetensors"
        try Safetensors.write(["w": TensorData([1, 2, 3] as [Float], shape: [3])], to: path)
        do {
            let mapped = try MappedSafetensors(path: path)
            let p = try #require(mapped.f32Storage("w"))
            p.storeBytes(of: Float(99), as: Float.self)  // copy-on-write: this process's page only
            #expect(try mapped.tensor("w").floats == [99, 2, 3])
        }
        #expect(try Safetensors.read(path: path).tensors["w"]?.floats == [1, 2, 3])
    }

    @Test func badFilesFailClearly() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        expectFileError(contains: ["/nonexistent-tusk.safetensors", "cannot open"]) {
            _ = try MappedSafetensors(path: "/nonexistent-tusk.safetensors")
        }
        expectFileError(contains: ["not a regular file", "a directory"]) { _ = try MappedSafetensors(path: dir) }
        let fifo = dir + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        expectFileError(contains: ["not a regular file", "a FIFO"]) { _ = try MappedSafetensors(path: fifo) }
        // Truncated: the same errors as `read`, naming the tensor.
        let good = Safetensors.encode(SafetensorsTests.sample)
        let cut = dir + "/cut.safetensors"
        try Safetensors.write(SafetensorsTests.sample, to: cut)
        #expect(truncate(cut, off_t(good.count - 1)) == 0)
        expectFileError(contains: ["run past the end", "truncated"]) { _ = try MappedSafetensors(path: cut) }
        #expect(truncate(cut, 5) == 0)
        expectFileError(contains: ["too short"]) { _ = try MappedSafetensors(path: cut) }
        #expect(truncate(cut, 0) == 0)
        expectFileError(contains: ["too short"]) { _ = try MappedSafetensors(path: cut) }
        // A header length past the end of the file.
        var lying = Safetensors.encode(["a": TensorData([1] as [Float], shape: [1])])
        lying[6] = 0x10
        let liar = dir + "/liar.safetensors"
        try Safetensors.write([:], to: liar)
        let fd = open(liar, O_WRONLY | O_TRUNC)
        #expect(lying.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == lying.count)
        close(fd)
        expectFileError(contains: ["header length 4503599627370", "larger than"]) { _ = try MappedSafetensors(path: liar) }
    }

    @Test func anExecutableReadsAdoptedWeightsInPlace() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/w.safetensors"
        let w = TensorData([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
        try Safetensors.write(["w": w], to: path)
        let graph = try Graph.trace("adopted") { b in
            let x = b.input("x", [3, 1])
            let weight = b.parameter("w", [2, 3])
            return [("y", weight.matmul(x))]
        }
        let x = TensorData([1, 0, -1] as [Float], shape: [3, 1])
        let expected = try Interpreter().run(graph, ["x": x, "w": w])["y"]!
        let mapped = try MappedSafetensors(path: path)
        let state = ResidentState()
        try state.adopt("w", w.type, pointer: try #require(mapped.f32Storage("w")), owner: mapped)
        #expect(state.adoptedByteCount == 24)
        let exe = try BLASBackend().compile(graph, resources: ExecutionResources(state: state))
        #expect(try exe.run(["x": x])["y"] == expected)
        // Adopting twice, or misaligned memory, is refused.
        #expect(throws: TuskError.self) { try state.adopt("w", w.type, pointer: mapped.f32Storage("w")!, owner: mapped) }
        #expect(throws: TuskError.self) {
            try state.adopt("v", TensorType(.f32, [1]), pointer: mapped.f32Storage("w")! + 1, owner: mapped)
        }
    }
}

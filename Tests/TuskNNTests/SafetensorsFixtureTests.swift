import Testing
import TuskIR
@testable import TuskNN

/// Files written by the reference Python `safetensors` package (scripts/make-safetensors-fixtures.py)
/// and by the official Walrus export: Tusk must read them exactly and write the same bytes.
@Suite struct SafetensorsFixtureTests {
    static let fixtures = packageRoot() + "/Tests/TuskNNTests/Fixtures"

    @Test func readsPythonWrittenTuskDtypes() throws {
        let (t, metadata) = try Safetensors.read(path: Self.fixtures + "/python-tusk-dtypes.safetensors")
        #expect(metadata == ["format": "np"])
        #expect(Set(t.keys) == ["weight", "scale", "index", "count", "mask", "empty", "blocks.0.norm.weight"])
        #expect(t["weight"] == TensorData([0.5, -1.25, 3.0, 1e-8, -0.0, 65504.0] as [Float], shape: [2, 3]))
        #expect(t["weight"]?.floats[4].sign == .minus)  // -0.0 keeps its sign
        #expect(t["scale"] == TensorData([3.141592653589793] as [Double], shape: []))
        #expect(t["index"] == TensorData(shape: [4], storage: .i64([0, -1, 1 << 40, -(1 << 62)])))
        #expect(t["count"] == TensorData(shape: [2, 2], storage: .i32([1, -2, .max, .min])))
        #expect(t["mask"] == TensorData(shape: [3], storage: .bool([true, false, true])))
        #expect(t["empty"] == TensorData(shape: [0, 3], storage: .f32([])))
        #expect(t["blocks.0.norm.weight"] == TensorData([0, 0.25, 0.5, 0.75, 1] as [Float], shape: [5]))
    }

    /// Tusk's writer lays a file out exactly as the reference writer does (dtype order, name
    /// order, compact JSON, space padding), so its output is byte-identical.
    @Test func writerReproducesPythonBytes() throws {
        let path = Self.fixtures + "/python-tusk-dtypes.safetensors"
        let original = try SafetensorsFile.readAll(path: path)
        let (tensors, metadata) = try Safetensors.decode(original, path: path)
        #expect(Safetensors.encode(tensors, metadata: metadata) == original)
    }

    @Test func widensNarrowDtypes() throws {
        let (t, metadata) = try Safetensors.read(path: Self.fixtures + "/python-narrow-dtypes.safetensors")
        #expect(metadata.isEmpty)
        // Every binary16 value is exactly a binary32 value: exact comparison.
        #expect(t["half"] == TensorData([1.0, -2.5, 6.103515625e-05, 5.960464477539063e-08, 65504.0, -.infinity] as [Float], shape: [6]))
        #expect(t["u8"] == TensorData(shape: [3], storage: .i32([0, 200, 255])))
        #expect(t["i8"] == TensorData(shape: [3], storage: .i32([-128, 0, 127])))
        #expect(t["i16"] == TensorData(shape: [2, 2], storage: .i32([-32768, 7, 32767, 0])))
        #expect(t["u16"] == TensorData(shape: [2], storage: .i32([65535, 1])))
        #expect(t["u32"] == TensorData(shape: [2], storage: .i64([4_294_967_295, 2])))
    }

    /// The official Walrus weights export (walrus-tiny): key count, parameter count and shapes
    /// follow from case.json's model config.
    @Test(.enabled(if: SafetensorsFixtureTests.walrusCase() != nil, "Walrus fixtures (shared/fixtures/walrus) not present"))
    func readsWalrusTinyWeights() throws {
        let folder = try #require(Self.walrusCase())
        let path = folder + "/weights.safetensors"
        let (weights, metadata) = try Safetensors.read(path: path)
        #expect(metadata["source"] != nil)

        // case.json: "n_parameters": 423313, hidden_dim 32, space_num_heads 2, processor_blocks 2.
        // Every parameter has a `grad.<key>` in expected.safetensors; buffers (rotary_emb.freqs) do not.
        let expected = try SafetensorsFile.readAll(path: folder + "/expected.safetensors")
        let gradKeys = try Safetensors.describe(expected, path: folder + "/expected.safetensors")
            .map(\.name).filter { $0.hasPrefix("grad.") && $0 != "grad.x" }
        let buffers = weights.keys.filter { $0.hasSuffix("rotary_emb.freqs") }
        #expect(weights.count == 59)
        #expect(weights.count == gradKeys.count + buffers.count)
        #expect(Set(gradKeys.map { String($0.dropFirst(5)) }) == Set(weights.keys).subtracting(buffers))
        let parameterCount = weights.filter { !$0.key.hasSuffix("rotary_emb.freqs") }.values.map { $0.elementCount }.reduce(0, +)
        #expect(parameterCount == 423_313)
        #expect(weights.values.allSatisfy { $0.dtype == DType.f32 })

        let hidden = 32, mlp = 4 * hidden  // space_mlp_dim null → 4·hidden_dim
        for block in 0..<2 {
            let p = "blocks.\(block).space_mixing."
            #expect(weights[p + "attn_out.weight"]?.shape == [hidden, hidden])
            #expect(weights[p + "fused_ff_qkv.weight"]?.shape == [mlp + 3 * hidden, hidden])
            #expect(weights[p + "ff_out.weight"]?.shape == [hidden, mlp / 2])  // SwiGLU halves the width
            #expect(weights[p + "norm1.weight"]?.shape == [hidden])
        }
    }

    /// The case folder, from `shared/` beside the package (CI) or at /work/shared.
    static func walrusCase() -> String? {
        let name = "fixtures/walrus/v_a_fwd2d_openH_periodicW_nojitter"
        for shared in [packageRoot() + "/../shared", "/work/shared"] {
            let folder = shared + "/" + name
            if (try? SafetensorsFile.readAll(path: folder + "/case.json")) != nil { return folder }
        }
        return nil
    }
}

/// The package root, found from this file's path (Tests/TuskNNTests/<file>).
func packageRoot(_ file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}

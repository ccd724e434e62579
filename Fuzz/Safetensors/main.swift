// libFuzzer target: the safetensors reader (`Safetensors.decode`, the bounds-checked parse of a
// file's bytes: header length, JSON header, dtypes, shapes, data offsets). Built by
// scripts/fuzz.sh with Sources/TuskIR and TuskNN's Safetensors files (one module). Any input
// must give tensors or a thrown error, never a trap; what decodes must encode and decode back
// to the same names, shapes and bytes.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafetensors(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? Safetensors.describe(bytes, path: "fuzz.safetensors")
    guard let (tensors, metadata) = try? Safetensors.decode(bytes, path: "fuzz.safetensors") else { return 0 }
    let encoded = Safetensors.encode(tensors, metadata: metadata)
    guard let (again, meta2) = try? Safetensors.decode(encoded, path: "re-encoded") else { fatalError("re-encoded file does not decode") }
    guard meta2 == metadata, again.keys.sorted() == tensors.keys.sorted(),
          tensors.allSatisfy({ again[$0.key]!.type == $0.value.type && Safetensors.encode([$0.key: $0.value]) == Safetensors.encode([$0.key: again[$0.key]!]) })
    else { fatalError("safetensors round trip differs") }
    return 0
}

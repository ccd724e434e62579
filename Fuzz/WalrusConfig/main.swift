// libFuzzer target: the Walrus config JSON decoder (`WalrusConfig.decode(json:)`: the
// reference's constructor argument names, a fixture case.json's model_config, validation of
// every size). Built by scripts/fuzz.sh with Sources/TuskIR, the safetensors/JSON error files
// of TuskNN and TuskWalrus's config files (one module). Any input must give a config or a thrown
// error, never a trap; a decoded config must encode to JSON that decodes to the same config.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWalrusConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let config = try? WalrusConfig.decode(json: bytes, source: "fuzz.json") else { return 0 }
    guard let encoded = try? config.jsonData() else { fatalError("a decoded config does not encode") }
    guard let again = try? WalrusConfig.decode(json: encoded, source: "re-encoded"), again == config else {
        fatalError("config JSON round trip differs: \(String(decoding: encoded, as: UTF8.self))")
    }
    return 0
}

import Foundation
import Testing
import TuskIR

/// The package root, found from this file's path (Tests/TuskCLITests/<file>).
func packageRoot(_ file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}

/// The built `tusk` executable: next to the test bundle (SwiftPM builds every product before
/// `swift test`), or in the package's debug build folder.
func tuskExecutable() throws -> String {
    let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
        bundleDir.appendingPathComponent("tusk").path,
        bundleDir.deletingLastPathComponent().appendingPathComponent("tusk").path,
        packageRoot() + "/.build/debug/tusk",
    ]
    for path in candidates where FileManager.default.isExecutableFile(atPath: path) { return path }
    throw TuskError.file(path: candidates[0], message: "the tusk executable is not built (run `swift build` first)")
}

/// Runs the built `tusk` with `arguments` (and `environment` added to this process's
/// environment); returns its exit status and both output streams.
func runTusk(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try tuskExecutable())
    process.arguments = arguments
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes to the end before waiting so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "tusk \(arguments) was killed by a signal (crash)")
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// A fresh temporary directory, removed by the caller.
func makeTemporaryDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

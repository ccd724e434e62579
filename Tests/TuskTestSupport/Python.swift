import Foundation

/// Runs `python3 -c script args…` (for live cross-checks against the_well, PIL, …); nil when
/// python3 cannot be started. Tests that need Python skip themselves when it is missing.
public func runPython(_ script: String, _ args: [String] = []) -> (status: Int32, out: String, err: String)? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script] + args
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    do { try p.run() } catch { return nil }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// True when `python3 -c "import MODULES"` succeeds.
public func pythonHas(_ modules: String) -> Bool {
    runPython("import \(modules)")?.status == 0
}

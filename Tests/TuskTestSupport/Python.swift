import Foundation
import Testing

/// The Python of the live cross-checks: `$TUSK_PYTHON`, else the venv that
/// `scripts/install-crosscheck-venv.sh` makes (`~/.cache/tusk/crosscheck-venv`), else `python3`
/// on the PATH. Tusk itself never runs Python; only these tests do.
public let pythonExecutable: String = {
    let env = ProcessInfo.processInfo.environment
    if let p = env["TUSK_PYTHON"], !p.isEmpty { return p }
    let venv = (env["HOME"] ?? NSHomeDirectory()) + "/.cache/tusk/crosscheck-venv/bin/python3"
    return FileManager.default.isExecutableFile(atPath: venv) ? venv : "python3"
}()

/// Runs `python -c script args…` with `pythonExecutable` (for live cross-checks against
/// the_well, PIL, …); nil when it cannot be started.
public func runPython(_ script: String, _ args: [String] = []) -> (status: Int32, out: String, err: String)? {
    runPythonArguments(["-c", script] + args)
}

/// Runs `pythonExecutable` with `arguments`; nil when it cannot be started.
public func runPythonArguments(_ arguments: [String]) -> (status: Int32, out: String, err: String)? {
    let p = Process()
    if pythonExecutable.contains("/") {
        p.executableURL = URL(fileURLWithPath: pythonExecutable)
        p.arguments = arguments
    } else {
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [pythonExecutable] + arguments
    }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    do { try p.run() } catch { return nil }
    nonisolated(unsafe) var e = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async { e = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// True when `python -c "import MODULES"` succeeds.
public func pythonHas(_ modules: String) -> Bool {
    runPython("import \(modules)")?.status == 0
}

/// Live cross-checks against other programs (Graphviz, the_well, torch, Pillow, numpy, h5py):
/// never a silent skip. A check whose tool is missing is skipped with the reason in the test
/// output — unless `TUSK_REQUIRE_CROSSCHECKS` names it (a comma-separated list of keys such as
/// `graphviz,pillow,numpy,h5py`, or `1`/`all` for every check; `make test` sets it to what
/// `scripts/install-crosscheck-venv.sh` installed), where it runs and fails naming what is
/// missing.
public enum CrossChecks {
    /// The keys `TUSK_REQUIRE_CROSSCHECKS` lists.
    static var requiredKeys: Set<String> {
        Set((ProcessInfo.processInfo.environment["TUSK_REQUIRE_CROSSCHECKS"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    }

    /// Whether the check with `key` must run (and fail when its tool is missing).
    public static func required(_ key: String) -> Bool {
        let keys = requiredKeys
        return keys.contains("1") || keys.contains("all") || keys.contains(key.lowercased())
    }

    /// The trait of a cross-check with `key` that needs `what` (`available`: whether it is there).
    public static func enabled(_ available: Bool, _ what: String, key: String) -> ConditionTrait {
        let why: Comment = "cross-check skipped: \(what) is missing (TUSK_REQUIRE_CROSSCHECKS=\(key) makes this a failure; scripts/install-crosscheck-venv.sh installs the Python side)"
        return .enabled(if: available || required(key), why)
    }

    /// First line of such a test: fails it, naming `what`, when the tool is missing (only
    /// reached when the check is required).
    public static func require(_ available: Bool, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if !available {
            Issue.record("TUSK_REQUIRE_CROSSCHECKS requires this check but \(what) is missing (python: \(pythonExecutable))", sourceLocation: sourceLocation)
            throw CrossCheckMissing()
        }
    }

    struct CrossCheckMissing: Error {}
}

import Foundation
import Testing
import TuskIR
import TuskNN
import TuskWalrus
#if canImport(Glibc)
import Glibc
#endif

/// Issue 11: one regression test per row of its table (sizes are checked, nothing saved is lost),
/// plus the error messages of item 6. Each runs the built `tusk` on a tiny graph or on the
/// test-scale training data, and fails on a trap, a hang, or a replaced/lost file.
@Suite("tusk: issue 11 regressions", .serialized)
struct HardeningTests {
    /// Runs `tusk`, killing it after `timeout` seconds (a hang is a failure, not a stuck suite).
    func runTusk(_ arguments: [String], timeout: Double) throws -> (status: Int32, stdout: String, stderr: String, timedOut: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try tuskExecutable())
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(timedOut || process.terminationReason == .exit, "tusk \(arguments) was killed by a signal (crash): \(stderr)")
        return (process.terminationStatus, stdout, stderr, timedOut)
    }

    func write(_ text: String, _ name: String, in dir: String) throws -> String {
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let hugeGraph = """
        graph @big {
          %0: f32[2147483647,2147483647] = input "x"
          %1: f32[2147483647,2147483647] = exp %0
          return %1 as "y"
        }
        """

    // MARK: - sizes

    /// Row "`tusk dump g.txt --stats`" with `f32[2147483647,2147483647]` and a 2²¹-cubed matmul.
    @Test func statsOfHugeGraphsAreErrors() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let big = try write(Self.hugeGraph, "big.txt", in: dir)
        let r = try runTusk(["dump", big, "--stats"], timeout: 60)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(big):2:") && r.stderr.contains("too large"), "\(r.stderr)")
        let mm = try write("""
            graph @mm {
              %0: f32[2097152,2097152] = input "a"
              %1: f32[2097152,2097152] = matmul %0, %0 {transpose_a = false, transpose_b = false}
              return %1 as "y"
            }
            """, "mm.txt", in: dir)
        let m = try runTusk(["dump", mm, "--stats"], timeout: 60)
        #expect(m.status == 1)
        #expect(m.stderr.contains("matmul: node %1") && m.stderr.contains("FLOP count"), "\(m.stderr)")
    }

    /// Row "`tusk dump g.txt --stage optimized` on such a graph" (trapped in ConstantFolding).
    @Test func optimizedDumpOfAHugeGraphIsAnError() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let big = try write(Self.hugeGraph, "big.txt", in: dir)
        let r = try runTusk(["dump", big, "--stage", "optimized"], timeout: 60)
        #expect(r.status == 1)
        #expect(r.stderr.contains("too large"), "\(r.stderr)")
    }

    /// Row "`tusk run` on such a graph": a fill of 2³¹×64 f32 aborted in the allocator.
    @Test(arguments: ["blas", "reference"])
    func runOfAGraphLargerThanMemoryIsRefused(backend: String) throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = try write("""
            graph @fill {
              %0: f32[2147483647,1024] = fill 1.0
              %1: f32[2147483647,1024] = exp %0
              return %1 as "y"
            }
            """, "fill.txt", in: dir)
        let r = try runTusk(["run", g, "--outputs", dir + "/out.safetensors", "--backend", backend], timeout: 60)
        #expect(r.status == 1)
        #expect(r.stderr.contains("needs 16 TiB") && r.stderr.contains("the machine has"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.safetensors"))
    }

    /// Row "`tusk train … --batch 100000`": refused with the number of windows.
    @Test func batchLargerThanTheWindowsIsRefused() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var args = CLITrainingData.trainArguments(steps: 1, every: 1, directory: dir + "/run")
        args[args.firstIndex(of: "--batch")! + 1] = "100000"
        let r = try runTusk(args, timeout: 120)
        #expect(r.status != 0)
        #expect(r.stderr.contains("--batch 100000 is larger than the") && r.stderr.contains("use at most --batch"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/run/checkpoint.safetensors"))
    }

    /// Row "a config JSON with `hidden_dim` 2⁴⁰" (trapped in Op+Shape while tracing).
    @Test func hugeHiddenDimIsAConfigError() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let config = try write("""
            {"hidden_dim": 1099511627776, "intermediate_dim": 64, "processor_blocks": 1, "n_states": 67,
             "include_d": [1, 2, 3], "groups": 4, "space_num_heads": 2, "time_num_heads": 2}
            """, "huge.json", in: dir)
        var args = CLITrainingData.trainArguments(steps: 1, every: 1, directory: dir + "/run")
        args[args.firstIndex(of: "--model")! + 1] = config
        let r = try runTusk(args, timeout: 120)
        #expect(r.status != 0)
        #expect(r.stderr.contains("`hidden_dim`") && r.stderr.contains("too large"), "\(r.stderr)")
    }

    // MARK: - nothing saved is lost

    /// Row "`tusk run … --outputs /dev/full`": the target is a FIFO here (no root needed); it must
    /// stay a FIFO, and the run is refused naming it.
    @Test func outputsOntoANonRegularFileAreRefused() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = try write("graph @g {\n  %0: f32[2] = fill 1.0\n  return %0 as \"y\"\n}\n", "g.txt", in: dir)
        let fifo = dir + "/fifo"
        #expect(mkfifo(fifo, 0o644) == 0)
        let r = try runTusk(["run", g, "--outputs", fifo], timeout: 60)
        #expect(r.status == 1 && !r.timedOut)
        #expect(r.stderr.contains("\(fifo): error: is a FIFO, not a regular file"), "\(r.stderr)")
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "the FIFO was replaced")
        // A symbolic link to a regular file stays a link; its target gets the outputs.
        let target = dir + "/real.safetensors", link = dir + "/link.safetensors"
        try Data().write(to: URL(fileURLWithPath: target))
        #expect(symlink(target, link) == 0)
        let ok = try runTusk(["run", g, "--outputs", link], timeout: 60)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(lstat(link, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
        #expect(try Safetensors.read(path: target).tensors["y"] != nil)
    }

    /// Row "a FIFO given as `--inputs`": refused at once, not blocked on in open.
    @Test func fifoAsInputsIsRefusedNotBlockedOn() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = try write("graph @g {\n  %0: f32[2] = input \"x\"\n  return %0 as \"y\"\n}\n", "g.txt", in: dir)
        let fifo = dir + "/in.fifo"
        #expect(mkfifo(fifo, 0o644) == 0)
        let r = try runTusk(["run", g, "--inputs", fifo, "--outputs", dir + "/o.safetensors"], timeout: 30)
        #expect(!r.timedOut, "tusk blocked opening a FIFO")
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(fifo): error: not a regular file (a FIFO)"), "\(r.stderr)")
        // A model config given as a FIFO is refused the same way.
        var args = CLITrainingData.trainArguments(steps: 1, every: 1, directory: dir + "/run")
        args[args.firstIndex(of: "--model")! + 1] = fifo
        let t = try runTusk(args, timeout: 30)
        #expect(!t.timedOut && t.status != 0, "\(t.stderr)")
    }

    /// Stale temporaries of an interrupted atomic write (their process is gone) are removed by
    /// the next write of the same file; a live process's temporary is left alone.
    @Test func staleTemporariesAreCleanedUp() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A pid that is certainly gone: a child that has exited and been reaped.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let stale = dir + "/.out.safetensors.tmp-\(child.processIdentifier)-AbC123"
        let live = dir + "/.out.safetensors.tmp-\(getpid())-XyZ789"
        for p in [stale, live] { try Data([1, 2, 3]).write(to: URL(fileURLWithPath: p)) }
        try Safetensors.write(["y": TensorData([Float(1), 2], shape: [2])], to: dir + "/out.safetensors")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    /// Row "`train_log.jsonl` with a line of invalid UTF-8, then `--resume`": the valid entries
    /// are kept, the original log is moved aside with a message.
    @Test func resumeKeepsALogItCannotParse() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = dir + "/run"
        let first = try runTusk(CLITrainingData.trainArguments(steps: 2, every: 1, directory: run), timeout: 300)
        try #require(first.status == 0, "\(first.stderr)")
        let logPath = run + "/" + WalrusTrainingLog.fileName
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: logPath)))
        let firstNewline = try #require(bytes.firstIndex(of: UInt8(ascii: "\n")))
        bytes.insert(contentsOf: [0xFF, 0xFE, 0x7B, 0x0A], at: firstNewline + 1)  // invalid UTF-8 after the first entry
        try Data(bytes).write(to: URL(fileURLWithPath: logPath))

        let resumed = try runTusk(CLITrainingData.trainArguments(steps: 2, every: 1, directory: run) + ["--resume"], timeout: 300)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(WalrusTrainingLog.read(path: logPath).map(\.step) == [1, 2])
        let aside = logPath + ".unparsed-1"
        #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == Data(bytes), "the original log was not kept")
        #expect(resumed.stderr.contains("1 line(s) do not parse") && resumed.stderr.contains(aside), "\(resumed.stderr)")
    }

    /// Row "`tusk train --lr 1e308`": the state diverges in the first update; nothing is
    /// checkpointed, the error names the update and the tensor.
    @Test func divergedStateIsNeverCheckpointed() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var args = CLITrainingData.trainArguments(steps: 2, every: 1, directory: dir + "/run")
        args[args.firstIndex(of: "--lr")! + 1] = "1e308"
        let r = try runTusk(args, timeout: 300)
        #expect(r.status != 0)
        #expect(r.stderr.contains("after update 1:") && r.stderr.contains("is non-finite") && r.stderr.contains("refusing to checkpoint"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/run/checkpoint.safetensors"))
    }

    // MARK: - error messages (item 6)

    @Test func negativeAndZeroNumbersSayWhatIsWrong() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let base = CLITrainingData.trainArguments(steps: 1, every: 1, directory: dir + "/run")
        for (option, value, expected) in [("--steps", "-5", "--steps must be ≥ 1, got -5"), ("--batch", "0", "--batch must be ≥ 1, got 0"),
                                          ("--batch", "-2", "--batch must be ≥ 1, got -2"), ("--lr", "-1e-3", "--lr must be > 0")] {
            var args = base
            args[args.firstIndex(of: option)! + 1] = value
            let r = try runTusk(args, timeout: 60)
            #expect(r.status != 0)
            #expect(r.stderr.contains(expected), "\(option) \(value): \(r.stderr)")
            #expect(!r.stderr.contains("Missing value"), "\(r.stderr)")
        }
    }

    @Test func configErrorsGivePositionAndEveryMissingKey() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bad = try write("{\"hidden_dim\": 16,\n  \"groups\" 4}\n", "bad.json", in: dir)
        let partial = try write("{\"hidden_dim\": 16, \"groups\": 4}", "partial.json", in: dir)
        for (config, expected) in [(bad, "\(bad): error: not valid JSON at line 2, column 12"),
                                   (partial, "`intermediate_dim`, `processor_blocks`, `n_states`, `space_num_heads`, `time_num_heads`: missing (required)")] {
            var args = CLITrainingData.trainArguments(steps: 1, every: 1, directory: dir + "/run")
            args[args.firstIndex(of: "--model")! + 1] = config
            let r = try runTusk(args, timeout: 60)
            #expect(r.status != 0)
            #expect(r.stderr.contains(expected), "\(r.stderr)")
        }
    }

    /// A checkpoint folder that cannot be created names the path and the cause, not
    /// "NSCocoaErrorDomain error 512".
    @Test func foundationErrorsNameThePathAndTheCause() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = try write("x", "a-file", in: dir)
        let r = try runTusk(CLITrainingData.trainArguments(steps: 1, every: 1, directory: file + "/run"), timeout: 120)
        #expect(r.status != 0)
        #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("error 512"), "\(r.stderr)")
        #expect(r.stderr.contains("cannot create the checkpoint folder") && r.stderr.contains("\(file) is a file, not a folder"), "\(r.stderr)")
    }
}

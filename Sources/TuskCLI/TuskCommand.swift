import ArgumentParser
import Foundation
import TuskIR
import TuskNN
import TuskPasses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `tusk` command-line tool: dump graphs at any stage, run them on safetensors files, and
/// run the demo. `Sources/tusk/main.swift` calls `TuskCommand.main()`.
public struct TuskCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tusk",
        abstract: "Tusk: a dataflow graph compiler for Walrus-class physics transformers.",
        discussion: """
            Graphs come from a graph text file (the SSA text form that `tusk dump` prints) or from \
            a built-in example model (`tusk dump --list-examples`). Tensors go in and out as \
            safetensors files. See Docs/USAGE.md for a guide with examples.
            """,
        subcommands: [DumpCommand.self, RunCommand.self, DemoCommand.self, DataCommand.self, GenCommand.self,
                      TrainCommand.self, RolloutCommand.self,
                      ForwardCommand.self, GradCommand.self, TrainStepCommand.self])

    public init() {}

    /// Parses `arguments` (the process arguments when nil), runs the command, and exits.
    /// Every failure prints `error: …` (or a compiler-style `file:line:column: error: …`) to
    /// standard error and exits with a non-zero status; help goes to standard output.
    public static func main(_ arguments: [String]? = nil) -> Never {
        let status = execute(arguments)
        fflush(nil)
        terminateProcess(status)
    }

    /// Parses and runs a command, returning the exit status instead of exiting (for tests and
    /// embedding). Output goes to the process's standard output and standard error.
    public static func execute(_ arguments: [String]?) -> Int32 {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            return reportParserOutcome(error)
        }
        do {
            try command.run()
            return 0
        } catch let error where error is TuskError || error is PipelineError || error is CLIError {
            fflush(nil)
            writeStandardError(userMessage(for: error) + "\n")
            return 1
        } catch {
            // Help, version, validation errors and anything else the parser knows how to word.
            return reportParserOutcome(error)
        }
    }

    /// Help and version go to standard output with status 0; usage errors to standard error as
    /// `error: …` followed by the usage, with the parser's status.
    static func reportParserOutcome(_ error: any Error) -> Int32 {
        let code = exitCode(for: error)
        var message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return 0
        }
        if message.hasPrefix("Error: ") {
            message = "error: " + message.dropFirst("Error: ".count)
        } else if !message.hasPrefix("error: ") {
            message = "error: " + message
        }
        fflush(nil)
        writeStandardError(message + "\n")
        return code.rawValue == 0 ? 1 : code.rawValue
    }

    /// The `error: …` text for an error thrown while running a command.
    static func userMessage(for error: any Error) -> String {
        let text: String
        switch error {
        case let e as TuskError: text = e.description
        case let e as PipelineError: text = e.description
        case let e as CLIError: text = e.message
        default:
            // Foundation's file errors ("NSCocoaErrorDomain error 512"): the path and the cause.
            let domain = (error as NSError).domain
            text = domain == NSCocoaErrorDomain || domain == NSPOSIXErrorDomain
                ? JSONErrorText.describe(error) : String(describing: error)
        }
        // Compiler-style errors (`file:line:column: error: …`) already say "error:".
        return text.hasPrefix("error: ") || text.contains(": error: ") ? text : "error: " + text
    }
}

/// A failure of the command line itself (unknown example, bad option combination, …).
public struct CLIError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Ends the process with `status` (the C library's `exit`, which flushes standard output).
func terminateProcess(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #else
    Darwin.exit(status)
    #endif
}

/// Writes to standard error, unbuffered.
func writeStandardError(_ text: String) {
    var bytes = Array(text.utf8)
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + done, $0.count - done) }
        if n <= 0 { break }
        done += n
    }
}

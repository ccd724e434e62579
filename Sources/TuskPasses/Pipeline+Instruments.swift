import TuskIR

/// Which passes a pipeline dumps the graph after.
public enum DumpSelection: Sendable, Equatable {
    /// No dumps.
    case none
    /// After every pass.
    case all
    /// After the passes with these names (`--dump-after cse`).
    case passes(Set<String>)
}

/// The pipeline's instruments. All are off by default except verification.
public struct PipelineInstruments {
    /// Receives `(passName, graphAfterThePass)`; the caller formats it (text, DOT, …).
    public typealias DumpSink = (_ passName: String, _ graph: Graph) -> Void

    /// After which passes to dump.
    public var dumpAfter: DumpSelection
    /// Dump only when the pass changed the graph (`Graph.isIdentical`).
    public var dumpOnlyIfChanged: Bool
    /// Where dumps go; dumps are skipped when nil.
    public var dumpSink: DumpSink?
    /// Verify the input graph and the graph after every pass; a failure throws
    /// `PipelineError.passBrokeGraph` naming the pass.
    public var verify: Bool

    public init(dumpAfter: DumpSelection = .none, dumpOnlyIfChanged: Bool = false,
                dumpSink: DumpSink? = nil, verify: Bool = true) {
        self.dumpAfter = dumpAfter
        self.dumpOnlyIfChanged = dumpOnlyIfChanged
        self.dumpSink = dumpSink
        self.verify = verify
    }

    func shouldDump(pass: String, changed: Bool) -> Bool {
        if dumpSink == nil || (dumpOnlyIfChanged && !changed) { return false }
        switch dumpAfter {
        case .none: return false
        case .all: return true
        case .passes(let names): return names.contains(pass)
        }
    }
}

/// One pass execution inside a pipeline run.
public struct PassRecord: Sendable, Equatable {
    public var pass: String
    /// 0-based round of the pipeline (see `Pipeline.maxIterations`).
    public var iteration: Int
    /// Wall time of `Pass.run` (verification and dumping excluded).
    public var duration: Duration
    public var nodesBefore: Int
    public var nodesAfter: Int
    /// Whether the pass changed the graph.
    public var changed: Bool
}

/// What a pipeline run did: one record per pass execution, in order. Timing is always collected
/// (two clock reads per pass); `table` formats it for `tusk dump --time-passes`.
public struct PipelineReport: Sendable, Equatable {
    public var entries: [PassRecord] = []

    public init(entries: [PassRecord] = []) { self.entries = entries }

    /// Total time spent in passes.
    public var totalDuration: Duration { entries.reduce(.zero) { $0 + $1.duration } }

    /// A fixed-width table: one row per pass execution plus a total.
    public var table: String {
        func ms(_ d: Duration) -> String {
            // Microseconds in integer arithmetic, printed as milliseconds with 3 decimals.
            let c = d.components
            let micros = c.seconds * 1_000_000 + c.attoseconds / 1_000_000_000_000
            let fraction = String(micros % 1000)
            return "\(micros / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
        func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, width - s.count))
            return left ? s + fill : fill + s
        }
        let nameWidth = max(4, entries.map(\.pass.count).max() ?? 0)
        var lines = [pad("pass", nameWidth, left: true) + "  round       ms   nodes before → after  changed"]
        for e in entries {
            lines.append(pad(e.pass, nameWidth, left: true) + "  " + pad("\(e.iteration + 1)", 5) + "  "
                         + pad(ms(e.duration), 7) + "   " + pad("\(e.nodesBefore)", 12) + " → "
                         + pad("\(e.nodesAfter)", 5) + "  " + (e.changed ? "yes" : "no"))
        }
        lines.append(pad("total", nameWidth, left: true) + "  " + pad("", 5) + "  " + pad(ms(totalDuration), 7))
        return lines.joined(separator: "\n")
    }
}

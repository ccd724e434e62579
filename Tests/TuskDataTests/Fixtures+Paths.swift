import Foundation
import TuskData
import TuskIR
import TuskTestSupport

/// Paths of the committed fixtures and helpers shared by the data tests.
enum Fixtures {
    static let directory: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    }()
    /// The h5py-written fixture dataset (see Fixtures/make_fixture.py).
    static var wellRoot: String { directory + "/well_fixture" }
    static var goldenScript: String { directory + "/well_golden.py" }
    static var goldenJSON: String { directory + "/golden_fixture.json" }

    /// Whether `python -c "import the_well, h5py"` works (enables the live cross-checks).
    static let theWellAvailable: Bool = pythonHas("the_well, h5py")

    /// Runs the cross-checks' Python (`pythonExecutable`) and returns its stdout; throws
    /// (with its standard error) when it exits non-zero.
    static func runPython(_ arguments: [String]) throws -> Data {
        guard let r = runPythonArguments(arguments) else { throw CocoaError(.executableLoad) }
        guard r.status == 0 else { throw TuskError.execution("python \(arguments.first ?? ""): \(r.err)") }
        return Data(r.out.utf8)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "tusk-data-\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Float64 summaries, computed like well_golden.py's `summary`.
struct Summary {
    var shape: [Int]
    var sum: Double
    var sumsq: Double
    var first: Double?

    init(shape: [Int], values: [Double]) {
        self.shape = shape
        sum = values.reduce(0, +)
        sumsq = values.reduce(0) { $0 + $1 * $1 }
        first = values.first
    }

    init(json: [String: Any]) {
        shape = json["shape"] as! [Int]
        sum = json["sum"] as! Double
        sumsq = json["sumsq"] as! Double
        first = json["first"] as? Double
    }
}

import Foundation
import Testing
import TuskData
import TuskTestSupport

/// `tusk gen` overrides from the command line: applied, and malformed values refused with an
/// error naming the option (a non-zero exit and a message, no trap).
@Suite struct GenCommandTests {
    @Test func overridesApplyAndBadOnesAreRefused() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let ok = try runTusk(["gen", "burgers_1d", "--scale", "test", "--out", dir + "/b", "--trajectories", "2,1,3", "--frames", "5"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let train = try WellDataset(root: dir + "/b", split: "train", windowing: WellWindowing(nIn: 1, nOut: 1))
        let test = try WellDataset(root: dir + "/b", split: "test", windowing: WellWindowing(nIn: 1, nOut: 1))
        #expect(train.metadata.nTrajectories == 2 && test.metadata.nTrajectories == 3 && train.metadata.nSteps == 5)
        for (args, option) in [(["--trajectories", "1,2"], "--trajectories"), (["--trajectories", "1,x,1"], "--trajectories"),
                               (["--trajectories", "1,0,1"], "--trajectories"), (["--frames", "1"], "--frames"),
                               (["--t-end", "0"], "--t-end")] {
            let bad = try runTusk(["gen", "burgers_1d", "--scale", "test", "--out", dir + "/bad"] + args)
            #expect(bad.status != 0 && bad.stderr.hasPrefix("error: \(option)"), "\(args): \(bad.stderr)")
        }
    }
}

import Foundation
import Testing
import TuskTestSupport

/// `tusk demo --quick`: the real demo (generate → train walrus-tiny → roll out vs persistence →
/// report and pictures) on test-scale data with a few steps.
@Suite("tusk demo --quick")
struct TrainDemoTests {
    @Test func quickDemoRunsEndToEnd() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try runTusk(["demo", "--quick", "--out", dir])
        #expect(r.status == 0, "\(r.stderr)")
        for section in ["== 1. data", "== 2. train walrus-tiny", "== 3. rollout", "== 4. results"] {
            #expect(r.stdout.contains(section), "\(section) missing in:\n\(r.stdout)")
        }
        for name in ["gray_scott_2d", "shear_flow_2d"] {
            let out = "\(dir)/rollout/\(name)"
            for file in ["report.json", "panels.png", "vrmse.png", "vrmse_vs_persistence.png", "loss.png", "spectra.png", "animation.png"] {
                #expect(FileManager.default.fileExists(atPath: "\(out)/\(file)"), "\(out)/\(file)")
            }
            // Every demo picture decodes with the independent decoder and is under 150 KB.
            for file in ["panels.png", "vrmse.png", "vrmse_vs_persistence.png", "loss.png", "spectra.png", "animation.png"] {
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: "\(out)/\(file)"))) ?? Data()
                #expect(bytes.count < 150_000, "\(out)/\(file): \(bytes.count) bytes")
                #expect(throws: Never.self, "\(out)/\(file)") { _ = try PNGDecoder.decode(Array(bytes)) }
            }
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/report.json"))) as? [String: Any]
            let mean = json?["vrmse_mean"] as? Double
            #expect(mean.map { $0.isFinite && $0 > 0 } == true, "vrmse_mean \(String(describing: mean))")
            #expect(json?["persistence_vrmse_mean"] as? Double != nil)
        }
        #expect(FileManager.default.fileExists(atPath: "\(dir)/run/checkpoint.safetensors"))
    }
}

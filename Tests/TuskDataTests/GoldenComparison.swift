import Foundation
import Testing
import TuskData
import TuskIR

/// Compares Tusk's reader with the_well's output of well_golden.py (golden or live).
enum GoldenComparison {
    static func summaries(of s: WellSample) -> [String: Summary] {
        var out: [String: Summary] = [
            "input_fields": Summary(shape: s.inputFields.shape, values: s.inputFields.doubles),
            "output_fields": Summary(shape: s.outputFields.shape, values: s.outputFields.doubles),
            "boundary_conditions": Summary(shape: [s.boundaryConditions.count, 2],
                                           values: s.boundaryConditions.flatMap { $0.map { Double($0.rawValue) } }),
            "space_grid": Summary(shape: s.spaceGrid.shape, values: s.spaceGrid.doubles),
            "input_time_grid": Summary(shape: [s.inputTimeGrid.count], values: s.inputTimeGrid.map(Double.init)),
            "output_time_grid": Summary(shape: [s.outputTimeGrid.count], values: s.outputTimeGrid.map(Double.init)),
        ]
        if let c = s.constantFields { out["constant_fields"] = Summary(shape: c.shape, values: c.doubles) }
        if let c = s.constantScalars { out["constant_scalars"] = Summary(shape: c.shape, values: c.doubles) }
        if let c = s.inputScalars { out["input_scalars"] = Summary(shape: c.shape, values: c.doubles) }
        if let c = s.outputScalars { out["output_scalars"] = Summary(shape: c.shape, values: c.doubles) }
        return out
    }

    /// Checks every windowing and sample of `golden` against Tusk reading `root`/`split`.
    static func check(golden: [[String: Any]], root: String, split: String) throws {
        #expect(!golden.isEmpty)
        for w in golden {
            let windowing = WellWindowing(nIn: w["n_in"] as! Int, nOut: w["n_out"] as! Int, stride: w["stride"] as! Int,
                                          fullTrajectory: w["full_trajectory"] as! Bool)
            let ds = try WellDataset(root: root, split: split, windowing: windowing)
            #expect(ds.count == w["len"] as! Int, "len for \(windowing)")
            #expect(ds.fieldNames == w["field_names"] as! [String])
            #expect(ds.constantFieldNames == w["constant_field_names"] as! [String])
            for g in w["samples"] as! [[String: Any]] {
                let index = g["index"] as! Int
                let mine = summaries(of: try ds.sample(index))
                for (key, value) in g where key != "index" {
                    let expected = Summary(json: value as! [String: Any])
                    guard let got = mine[key] else {
                        Issue.record("sample \(index) (\(windowing)): Tusk has no \(key)")
                        continue
                    }
                    #expect(got.shape == expected.shape, "\(key) shape, sample \(index), \(windowing)")
                    // Same float32 values summed in float64 by both sides, possibly in another order:
                    // agreement to 1e-9 relative (plus 1e-9 absolute for sums near zero) is exact up to
                    // float64 reassociation; any misplaced or wrong element changes sumsq by far more.
                    #expect(abs(got.sum - expected.sum) <= 1e-9 * max(1, abs(expected.sum)), "\(key) sum, sample \(index), \(windowing)")
                    #expect(abs(got.sumsq - expected.sumsq) <= 1e-9 * max(1, expected.sumsq), "\(key) sumsq, sample \(index), \(windowing)")
                    // The first element is a float32 value; Foundation's JSON parser may miss the last bit
                    // of the float64 text, so compare after rounding both to float32 (exact for f32 data).
                    #expect(got.first.map(Float.init) == expected.first.map(Float.init), "\(key) first element, sample \(index), \(windowing)")
                }
            }
        }
    }
}

import Foundation
import TuskIR

/// the_well's `stats.yaml`: per unflattened field, mean/std/rms (and the same of one-step time
/// differences for time-varying fields), computed over every trajectory, time and grid point of
/// the train split, per tensor component, in float64, population variance (no Bessel), files
/// pooled by count (scripts/compute_statistics.py).
public struct WellStatistics: Sendable {
    /// Per field: (name, order, timeVarying, per-component mean, std, rms, deltaMean, deltaStd, deltaRms).
    public struct Entry: Sendable {
        public var name: String
        public var order: Int
        public var timeVarying: Bool
        public var mean: [Double], std: [Double], rms: [Double]
        public var meanDelta: [Double], stdDelta: [Double], rmsDelta: [Double]
    }

    /// Fields in file order (t0, t1, t2).
    public var entries: [Entry]
    /// Spatial dimension count (component lists are D or D×D long).
    public var nSpatialDims: Int

    /// Computes the statistics of the given files (one dataset's train split).
    public init(files paths: [String]) throws {
        guard let firstPath = paths.first else { throw TuskError.file(path: "", message: "no files for statistics") }
        let first = try WellFileMetadata(path: firstPath)
        nSpatialDims = first.nSpatialDims
        var acc: [String: (n: Double, s: [Double], ss: [Double], dn: Double, ds: [Double], dss: [Double])] = [:]
        let fields = first.fields.flatMap { $0 }
        for path in paths {
            let meta = try WellFileMetadata(path: path)
            let root = try HDF5File.open(path).root()
            for f in meta.fields.flatMap({ $0 }) {
                let values = try root.group("t\(f.order)_fields").dataset(f.name).readFloats()
                let k = f.componentCount
                var a = acc[f.name] ?? (0, [Double](repeating: 0, count: k), [Double](repeating: 0, count: k), 0,
                                        [Double](repeating: 0, count: k), [Double](repeating: 0, count: k))
                for (i, v) in values.enumerated() {
                    let x = Double(v)
                    a.s[i % k] += x
                    a.ss[i % k] += x * x
                }
                a.n += Double(values.count / k)
                if f.timeVarying {
                    // Layout [B, T, P·k]: differences along T.
                    let T = meta.nSteps
                    let frame = values.count / (meta.nTrajectories * T)
                    for b in 0..<meta.nTrajectories {
                        for t in 1..<T {
                            let cur = (b * T + t) * frame, prev = (b * T + t - 1) * frame
                            for j in 0..<frame {
                                let d = Double(values[cur + j]) - Double(values[prev + j])
                                a.ds[j % k] += d
                                a.dss[j % k] += d * d
                            }
                        }
                    }
                    a.dn += Double(meta.nTrajectories * (T - 1) * frame / k)
                }
                acc[f.name] = a
            }
        }
        entries = fields.map { f in
            let a = acc[f.name]!
            func stats(_ n: Double, _ s: [Double], _ ss: [Double]) -> ([Double], [Double], [Double]) {
                guard n > 0 else { return ([], [], []) }
                let mean = s.map { $0 / n }
                let ex2 = ss.map { $0 / n }
                return (mean, zip(ex2, mean).map { max(0, $0 - $1 * $1).squareRoot() }, ex2.map { $0.squareRoot() })
            }
            let (m, sd, r) = stats(a.n, a.s, a.ss)
            let (dm, dsd, dr) = stats(a.dn, a.ds, a.dss)
            return Entry(name: f.name, order: f.order, timeVarying: f.timeVarying, mean: m, std: sd, rms: r,
                         meanDelta: dm, stdDelta: dsd, rmsDelta: dr)
        }
    }

    /// The `stats.yaml` text (keys mean, std, rms, mean_delta, std_delta, rms_delta; numbers as
    /// `%.4e`; t1 as a list of D numbers, t2 as a D×D nested list).
    public var yaml: String {
        func fmt(_ v: Double) -> String { String(format: "%.4e", v) }
        func value(_ e: Entry, _ v: [Double]) -> String {
            switch e.order {
            case 0: return fmt(v[0])
            case 1: return "[" + v.map(fmt).joined(separator: ", ") + "]"
            default:
                let D = nSpatialDims
                return "[" + (0..<D).map { i in "[" + v[(i * D)..<((i + 1) * D)].map(fmt).joined(separator: ", ") + "]" }
                    .joined(separator: ", ") + "]"
            }
        }
        var out = ""
        let keys: [(String, KeyPath<Entry, [Double]>, Bool)] = [
            ("mean", \.mean, false), ("std", \.std, false), ("rms", \.rms, false),
            ("mean_delta", \.meanDelta, true), ("std_delta", \.stdDelta, true), ("rms_delta", \.rmsDelta, true)]
        for (key, path, delta) in keys {
            out += "\(key):\n"
            for e in entries where !delta || e.timeVarying {
                out += "  \(e.name): \(value(e, e[keyPath: path]))\n"
            }
        }
        return out
    }
}

extension WellDataset {
    /// The `<dataset_name>.yaml` metadata text the_well writes (from the valid split).
    public var metadataYAML: String {
        let m = metadata
        func list(_ a: [String]) -> String { "[" + a.map { "'\($0)'" }.joined(separator: ", ") + "]" }
        func byOrder(_ constant: Bool) -> String {
            (0..<3).map { o in
                let names = m.fields[o].filter { $0.timeVarying != constant }.flatMap(\.componentNames)
                return "  \(o): \(list(names))"
            }.joined(separator: "\n")
        }
        return """
        dataset_name: \(m.datasetName)
        n_spatial_dims: \(m.nSpatialDims)
        spatial_resolution: [\(m.resolution.map(String.init).joined(separator: ", "))]
        scalar_names: \(list(m.scalarNames))
        constant_scalar_names: \(list(m.constantScalarNames))
        field_names:
        \(byOrder(false))
        constant_field_names:
        \(byOrder(true))
        boundary_condition_types: \(list(Set(files.flatMap(\.boundaryTypes)).sorted()))
        n_files: \(files.count)
        n_trajectories_per_file: [\(files.map { String($0.nTrajectories) }.joined(separator: ", "))]
        n_steps_per_trajectory: [\(files.map { String($0.nSteps) }.joined(separator: ", "))]
        grid_type: \(m.gridType)

        """
    }
}

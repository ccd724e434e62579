import Foundation
import TuskIR

/// The isotropic (shell-summed) power spectrum of a scalar field on a periodic grid of 1–3
/// dimensions: the field's discrete Fourier transform `F_m` (the generators' FFT, over every
/// spatial axis), its power `|F_m|² / N²` (N the number of points), summed over the shells
/// `round(|m|) = b` of integer wavenumber vectors `m` (mode numbers, cycles per domain length,
/// `m_d ∈ [−n_d/2, n_d/2)` on each axis).
///
/// Normalized so Parseval holds per point: `Σ_b power[b] = mean(f²)`, the field's energy per
/// grid point (bin 0 holds `mean(f)²`). Shells are counted in `modes`, so a shell average is
/// `power[b] / modes[b]`. Grid-imprinting by a patch size `p` shows as energy piling up at
/// `b = n/p` and its harmonics.
public struct PowerSpectrum: Sendable, Equatable {
    /// Bin b's wavenumber, b = 0, 1, …, `round(|m|_max)`.
    public let wavenumbers: [Double]
    /// Number of Fourier modes in each shell.
    public let modes: [Int]
    /// Summed power of each shell.
    public let power: [Double]

    /// The spectrum of `values` (row-major over `shape`). Every axis must be a power of two
    /// (the shared radix-2 FFT); other grids are an error naming the shape.
    public init(values: [Double], shape: [Int]) throws {
        try Self.checkShape(shape)
        let count = shape.reduce(1, *)
        guard values.count == count else {
            throw TuskError.binding("power spectrum of a \(shape) grid needs \(count) values, got \(values.count)")
        }
        let grid = SpectralGrid(shape: shape, lengths: shape.map(Double.init))
        let f = grid.forward(values)
        let bins = Self.binIndex(shape: shape)
        let nb = (bins.max() ?? 0) + 1
        var power = [Double](repeating: 0, count: nb), modes = [Int](repeating: 0, count: nb)
        let scale = 1 / (Double(count) * Double(count))
        for p in 0..<count {
            power[bins[p]] += (f.re[p] * f.re[p] + f.im[p] * f.im[p]) * scale
            modes[bins[p]] += 1
        }
        self.power = power
        self.modes = modes
        wavenumbers = (0..<nb).map(Double.init)
    }

    /// As `init(values:shape:)` for single-precision data (widened to `Double` first). A
    /// non-finite value makes every bin NaN (the spectrum of a blown-up prediction is undefined,
    /// not an error).
    public init(values: [Float], shape: [Int]) throws {
        if values.contains(where: { !$0.isFinite }) {
            try Self.checkShape(shape)
            guard values.count == shape.reduce(1, *) else {
                throw TuskError.binding("power spectrum of a \(shape) grid needs \(shape.reduce(1, *)) values, got \(values.count)")
            }
            let modes = Self.shellCounts(shape: shape)
            self.init(wavenumbers: modes.indices.map(Double.init), modes: modes,
                      power: [Double](repeating: .nan, count: modes.count))
            return
        }
        try self.init(values: values.map(Double.init), shape: shape)
    }

    private init(wavenumbers: [Double], modes: [Int], power: [Double]) {
        self.wavenumbers = wavenumbers; self.modes = modes; self.power = power
    }

    /// Why `shape` has no spectrum here (nil when it has one).
    public static func unsupportedReason(_ shape: [Int]) -> String? {
        guard (1...3).contains(shape.count) else { return "spectra need 1–3 spatial axes, the grid is \(shape)" }
        guard shape.allSatisfy({ $0 >= 1 && $0 & ($0 - 1) == 0 }) else {
            return "spectra need power-of-two grid sizes (the radix-2 FFT), the grid is \(shape.map(String.init).joined(separator: "×"))"
        }
        return nil
    }

    static func checkShape(_ shape: [Int]) throws {
        if let reason = unsupportedReason(shape) { throw TuskError.binding(reason) }
    }

    /// Fourier modes per shell.
    static func shellCounts(shape: [Int]) -> [Int] {
        let bins = binIndex(shape: shape)
        var modes = [Int](repeating: 0, count: (bins.max() ?? 0) + 1)
        for b in bins { modes[b] += 1 }
        return modes
    }

    /// The shell of every grid point: `round(|m|)` with `m` the signed mode numbers.
    static func binIndex(shape: [Int]) -> [Int] {
        let count = shape.reduce(1, *)
        var out = [Int](repeating: 0, count: count)
        for p in 0..<count {
            var rem = p, m2 = 0
            for d in stride(from: shape.count - 1, through: 0, by: -1) {
                let n = shape[d], i = rem % n
                rem /= n
                let m = i < (n + 1) / 2 ? i : i - n // n even: i = n/2 is −n/2
                m2 += m * m
            }
            out[p] = Int(Double(m2).squareRoot().rounded())
        }
        return out
    }
}

/// Spectra of prediction and truth per field at chosen steps, averaged over trajectories:
/// what `tusk rollout` writes to report.json and `spectra.png`.
public struct RolloutSpectra: Codable, Sendable, Equatable {
    /// Bin wavenumbers (integer mode numbers).
    public var wavenumber: [Double]
    /// Fourier modes per bin.
    public var modes: [Int]
    /// 1-based predicted steps.
    public var steps: [Int]
    public var field_names: [String]
    /// `[step][field][bin]`, mean over trajectories of the shell-summed power.
    public var prediction: [[[Double]]]
    public var truth: [[[Double]]]

    /// Averages the spectra of every `(prediction, truth)` pair at `steps` (1-based; steps past
    /// the rollout are dropped). Throws when the grid has no spectrum (see
    /// `PowerSpectrum.unsupportedReason`).
    public init(pairs: [(prediction: FieldSeries, truth: FieldSeries)], steps requested: [Int]) throws {
        guard let first = pairs.first else { throw TuskError.binding("spectra: no trajectories") }
        let shape = first.truth.spatialShape
        try PowerSpectrum.checkShape(shape)
        let n = pairs.map { $0.truth.steps }.min() ?? 0
        steps = Array(Set(requested.filter { $0 >= 1 && $0 <= n })).sorted()
        guard !steps.isEmpty else { throw TuskError.binding("spectra: none of the steps \(requested) is in 1...\(n)") }
        field_names = first.truth.fieldNames
        let counts = PowerSpectrum.shellCounts(shape: shape)
        modes = counts
        wavenumber = counts.indices.map(Double.init)
        func mean(_ pick: (FieldSeries, FieldSeries) -> FieldSeries, step: Int, channel c: Int) throws -> [Double] {
            var acc = [Double](repeating: 0, count: counts.count)
            for (p, t) in pairs {
                let s = try PowerSpectrum(values: pick(p, t).channel(c, at: step - 1), shape: shape)
                for b in acc.indices { acc[b] += s.power[b] }
            }
            return acc.map { $0 / Double(pairs.count) }
        }
        let channels = first.truth.channels
        prediction = try steps.map { s in try (0..<channels).map { try mean({ p, _ in p }, step: s, channel: $0) } }
        truth = try steps.map { s in try (0..<channels).map { try mean({ _, t in t }, step: s, channel: $0) } }
    }
}

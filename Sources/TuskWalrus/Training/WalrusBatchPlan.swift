import TuskData
import TuskIR

/// What training update `step` reads and how it is augmented — a pure function of
/// (`seed`, `step`), so a resumed run sees exactly the batches an uninterrupted one would.
///
/// Per update (spec §6.1, §4): one dataset drawn uniformly ("system-uniform" sampling, one
/// dataset per batch); `batch` windows drawn uniformly from its training windows, each with a
/// time stride uniform in `1…min(maxStride, largest stride that fits the window)` (the_well's
/// `min_dt_stride`/`max_dt_stride` sampling); one rotation for the whole batch. The jitter rolls
/// of the update come from their own stream of the same (seed, step) (`WalrusTrainer.rolls`).
public struct WalrusBatchPlan: Hashable, Sendable {
    public var step: Int
    public var dataset: Int
    public var samples: [Int]
    public var strides: [Int]
    /// Index into `WalrusRotations.elements(dimension:)` of the dataset's dimensionality.
    public var rotation: Int

    /// The random stream of update `step`: SplitMix64 of a seed mixed from both (no shared state
    /// between updates, so any update's plan can be computed on its own).
    public static func generator(seed: UInt64, step: Int, stream: UInt64 = 0) -> SplitMix64 {
        var g = SplitMix64(seed: seed ^ 0x5EED_7A11_0000_0000 &+ stream &* 0x9E37_79B9)
        for _ in 0..<2 { _ = g.next() }
        return SplitMix64(seed: g.next() &+ UInt64(step) &* 0xD1B5_4A32_D192_ED03)
    }

    /// The plan of update `step` over `sources`.
    public static func make(seed: UInt64, step: Int, sources: [WalrusDataSource], batch: Int, maxStride: Int,
                            rotations: WalrusRotations) throws -> WalrusBatchPlan {
        var g = generator(seed: seed, step: step)
        let d = Int.random(in: 0..<sources.count, using: &g)
        let source = sources[d]
        let dataset = source.dataset
        var samples: [Int] = [], strides: [Int] = []
        for _ in 0..<batch {
            let i = Int.random(in: 0..<dataset.count, using: &g)
            let loc = try dataset.location(of: i)
            let fits = WellWindowing.maximumStride(t0: loc.t0, steps: dataset.files[loc.fileIndex].nSteps,
                                                   nIn: dataset.windowing.nIn, nOut: dataset.nOut)
            samples.append(i)
            strides.append(Int.random(in: 1...max(1, min(maxStride, fits)), using: &g))
        }
        let r = rotations.elements(dimension: source.spatialShape.count).count
        return WalrusBatchPlan(step: step, dataset: d, samples: samples, strides: strides,
                               rotation: Int.random(in: 0..<r, using: &g))
    }
}

/// A batch in the objective's layout: `x` `[T, B, C, *grid]` and `target_frame`
/// `[1, B, C_var, *grid]`, plus the (rotated) boundary conditions of the batch.
public struct WalrusBatch {
    public var x: TensorData
    public var targetFrame: TensorData
    public var boundaries: [AxisBoundary]
    public var spatialShape: [Int]
}

extension WalrusDataSource {
    /// Reads the windows of `plan` (hyperslab reads of each window only) and rotates them by
    /// `rotation` (the plan's rotation drawn from the run's group, or the identity).
    public func batch(_ plan: WalrusBatchPlan, rotation: AxisRotation) throws -> WalrusBatch {
        let nIn = dataset.windowing.nIn
        var x: [Float] = [], target: [Float] = []
        var grid: [Int] = []
        for (i, stride) in zip(plan.samples, plan.strides) {
            let sample = try dataset.sample(i, stride: stride)
            var (frames, constants) = try series(sample)
            frames = try frames.rotated(by: rotation, layout: variableLayout)
            constants = try constants.map { try $0.rotated(by: rotation, layout: constantLayout) }
            grid = frames.spatialShape
            x += frames.channelsFirst(frames: 0..<nIn, constants: constants)
            target += frames.channelsFirst(frames: nIn..<(nIn + 1), constants: nil)
        }
        let b = plan.samples.count, c = channelNames.count, cv = variableChannels
        // [B, T, C, grid] → [T, B, C, grid].
        let p = grid.reduce(1, *)
        var xt = [Float](repeating: 0, count: x.count)
        for bi in 0..<b {
            for t in 0..<nIn {
                let src = (bi * nIn + t) * c * p, dst = (t * b + bi) * c * p
                for k in 0..<(c * p) { xt[dst + k] = x[src + k] }
            }
        }
        let bcs = try rotation.rotate(boundaryConditions: boundaries)
        return WalrusBatch(x: TensorData(xt, shape: [nIn, b, c] + grid),
                           targetFrame: TensorData(target, shape: [1, b, cv] + grid),
                           boundaries: Self.axisBoundaries(bcs), spatialShape: grid)
    }
}

/// How samples are cut from trajectories: the_well's `n_steps_input`, `n_steps_output`,
/// `min_dt_stride`/`max_dt_stride`, `full_trajectory_mode` and `max_rollout_steps`.
public struct WellWindowing: Hashable, Sendable {
    /// Input frames per sample.
    public var nIn: Int
    /// Output frames per sample (replaced by the longest fitting rollout in full-trajectory mode).
    public var nOut: Int
    /// The time stride used to count windows (`min_dt_stride`) and used by default when reading.
    public var stride: Int
    /// One window per trajectory from t0 = 0 with as many outputs as fit (rollout evaluation).
    public var fullTrajectory: Bool
    /// Cap on output frames in full-trajectory mode (the_well default 100).
    public var maxRolloutSteps: Int

    public init(nIn: Int = 1, nOut: Int = 1, stride: Int = 1, fullTrajectory: Bool = false, maxRolloutSteps: Int = 100) {
        self.nIn = nIn
        self.nOut = nOut
        self.stride = stride
        self.fullTrajectory = fullTrajectory
        self.maxRolloutSteps = maxRolloutSteps
    }

    /// the_well's `raw_steps_to_possible_sample_t0s`: start times t0 such that frames
    /// t0, t0+s, …, t0+s·(nIn+nOut−1) all exist in `steps` frames.
    public static func windowCount(steps: Int, nIn: Int, nOut: Int, stride: Int) -> Int {
        max(0, steps - (1 + stride * (nIn + nOut - 1)) + 1)
    }

    /// the_well's `maximum_stride_for_initial_index`: the largest stride that still fits from `t0`.
    public static func maximumStride(t0: Int, steps: Int, nIn: Int, nOut: Int) -> Int {
        max(0, (steps - t0 - 1) / (nIn + nOut - 1))
    }
}

import Foundation
import TuskAutodiff
import TuskCompiler
import TuskIR
import TuskNN
import TuskRuntime

/// The collectives data-parallel training needs from its process group. `TuskMPI`'s
/// `MPIProcessGroup` provides them (the conformance is in `TuskCLI`), so this module does not
/// link MPI.
public protocol WalrusCollectives: AnyObject {
    /// This process's rank, 0..<size.
    var rank: Int { get }
    /// The number of ranks.
    var size: Int { get }
    /// Replaces `values` on every rank by the element-wise sum over ranks, bit-identical on
    /// every rank (a fixed reduction order).
    func allreduceSum(_ values: inout [Float], what: String) throws
    /// True on every rank when `flag` is true on any rank.
    func anyTrue(_ flag: Bool, what: String) throws -> Bool
    /// Throws (on every rank) unless every rank passes the same `hash`.
    func checkIdentical(_ hash: UInt64, what: String) throws
}

/// One rank of a data-parallel Walrus run (DDP-style, parameters replicated).
///
/// Every rank computes the plan of each update from the same seed (`WalrusBatchPlan` is a pure
/// function of seed and step) and takes its contiguous shard of the global batch: rank r reads
/// windows r·b ..< (r+1)·b of the plan, b = batch / size. The update runs in two compiled
/// graphs per batch geometry instead of the one-graph train step:
///
/// 1. the gradient graph (`GraphKind.gradient`: forward + backward of the objective on the
///    shard), whose `loss` and `grad.<p>` outputs are packed into one f32 buffer;
/// 2. `allreduceSum` of that buffer across ranks (fixed rank order, identical on every rank),
///    divided by the rank count: the mean of the shard means, which is the gradient of the mean
///    loss over the global batch because every shard has the same size;
/// 3. the optimizer graph (`TuskAutodiff.optimizerStep`: global-norm clipping + AdamW, the
///    same ops as the one-graph train step), which reads the parameters and AdamW moments from
///    the resident state and writes them back in place.
///
/// Every rank therefore ends each update with bit-identical parameters and state;
/// `checkIdentical` verifies it (a hash of every parameter and state tensor) at every
/// checkpoint, and rank 0 alone writes checkpoints and the log.
public final class WalrusDataParallel {
    public let collectives: any WalrusCollectives
    public var rank: Int { collectives.rank }
    public var size: Int { collectives.size }

    struct GradientStep {
        var executable: any Executable
        /// The trained parameters of the graph (graph order), their element counts and offsets in the packed buffer.
        var parameters: [String]
        var types: [TensorType]
        var offsets: [Int]
        var count: Int
    }
    var gradientSteps: [WalrusTraceSpec: GradientStep] = [:]
    /// Optimizer graphs by their parameter list (one per set of trained parameters: a 1-D and a
    /// 2-D dataset train different encoders).
    var optimizerSteps: [[String]: any Executable] = [:]
    /// Seconds spent in `allreduceSum` over the run.
    public internal(set) var allreduceSeconds = 0.0

    init(collectives: any WalrusCollectives) {
        self.collectives = collectives
    }

    /// Throws on every rank unless all ranks hold the same parameters, AdamW state and update counter.
    public func checkIdentical(_ trainer: WalrusTrainer) throws {
        try collectives.checkIdentical(try trainer.stateHash(), what: "the parameters and AdamW state after update \(trainer.step)")
    }
}

extension WalrusBatchPlan {
    /// The windows of rank `rank` of `size`: a contiguous, equal share of the batch (dataset,
    /// rotation and roll set are those of the whole batch).
    public func shard(_ rank: Int, of size: Int) -> WalrusBatchPlan {
        var p = self
        let b = samples.count / size
        p.samples = Array(samples[(rank * b)..<((rank + 1) * b)])
        p.strides = Array(strides[(rank * b)..<((rank + 1) * b)])
        return p
    }
}

extension WalrusTrainer {
    /// Makes this trainer one rank of a data-parallel run over `collectives` (call before the
    /// first update or `resume`). `options.batch` is the global batch: it must be divisible by
    /// the number of ranks. Checks that every rank has the same options and starts from the
    /// same parameters (an error on every rank otherwise).
    public func enableDataParallel(_ collectives: any WalrusCollectives) throws {
        let n = collectives.size
        guard options.batch % n == 0 else {
            throw TuskError.config(field: "batch", message: "--batch \(options.batch) is the global batch and must be divisible by the \(n) ranks "
                                   + "(each rank takes batch / ranks windows); use a multiple of \(n), e.g. --batch \(max(n, options.batch / n * n))")
        }
        for name in parameterNames {
            if let t = state.type(of: name), t.dtype != .f32 {
                throw TuskError.config(field: "parameters", message: "data-parallel training sums f32 gradients; parameter '\(name)' is \(t.dtype)")
            }
        }
        let dp = WalrusDataParallel(collectives: collectives)
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in try options.json().utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        try collectives.checkIdentical(h, what: "the training options (every rank needs the same command line)")
        dataParallel = dp
        try dp.checkIdentical(self)
    }

    /// Rank 0 of a data-parallel run, or a one-process run: the process that writes
    /// checkpoints and the log.
    public var isWriter: Bool { (dataParallel?.rank ?? 0) == 0 }

    /// A 64-bit hash (FNV-1a over 64-bit words) of the update counter and of every parameter
    /// and AdamW state tensor, by name in sorted order.
    public func stateHash() throws -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ w: UInt64) { h = (h ^ w) &* 0x0000_0100_0000_01B3 }
        mix(UInt64(step))
        for name in parameterNames + stateNames {
            for byte in name.utf8 { mix(UInt64(byte)) }
            let v = try state.value(name)
            func words(_ raw: UnsafeRawBufferPointer) {
                let n = raw.count / 8
                for i in 0..<n { mix(raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
                for i in (n * 8)..<raw.count { mix(UInt64(raw[i])) }
            }
            switch v.storage {
            case .f32(let a): a.withUnsafeBytes(words)
            case .f64(let a): a.withUnsafeBytes(words)
            default: for x in v.doubles { mix(x.bitPattern) }
            }
        }
        return h
    }

    func gradientStep(_ dp: WalrusDataParallel, _ spec: WalrusTraceSpec, variableFields: Int) throws -> (WalrusDataParallel.GradientStep, Double) {
        if let hit = dp.gradientSteps[spec] { return (hit, 0) }
        let start = Date()
        var traced = try objective.trace(model, spec, variableFields: variableFields,
                                         paddedFieldMask: Array(repeating: true, count: variableFields)).graph
        // Only the loss is read (the one-graph train step drops the other outputs too).
        traced.outputs = traced.outputs.filter { $0.name == TrainStepNames.loss }
        // Graph order, as the one-graph train step adds the squared norms.
        let names = traced.parameters.filter { $0.type.dtype.isFloatingPoint }.map(\.name)
        let compiled = try driver.compile(traced, .gradient(loss: TrainStepNames.loss, parameters: names),
                                          resources: ExecutionResources(state: state, workspace: workspace))
        let types = names.map { n in traced.parameters.first { $0.name == n }!.type }
        var offsets: [Int] = [], total = 0
        for t in types { offsets.append(total); total += t.elementCount }
        let entry = WalrusDataParallel.GradientStep(executable: compiled.executable, parameters: names, types: types,
                                                    offsets: offsets, count: total)
        if compiled.lowered.cacheHit { cachedGraphs += 1 }
        if dp.optimizerSteps[names] == nil {
            let graph = try optimizerStep(parameters: Array(zip(names, types)), optimizer: optimizer,
                                          clipGradientNorm: options.clipGradientNorm, dtype: .f32)
            dp.optimizerSteps[names] = try driver.compile(graph, .forward, resources: ExecutionResources(state: state, workspace: workspace)).executable
            compiledGraphs += 1
        }
        dp.gradientSteps[spec] = entry
        let seconds = Date().timeIntervalSince(start)
        compiledGraphs += 1
        compileSeconds += seconds
        return (entry, seconds)
    }

    /// One data-parallel update: this rank's shard → gradients → sum across ranks → clip + AdamW.
    func dataParallelUpdate(_ dp: WalrusDataParallel) throws -> WalrusStepRecord {
        let start = Date()
        let plan = try plan(step).shard(dp.rank, of: dp.size)
        let source = sources[plan.dataset]
        let batch = try source.batch(plan, rotation: rotation(plan))
        let spec = try spec(plan, batch)
        let (entry, compileTime) = try gradientStep(dp, spec, variableFields: source.variableChannels)
        let exe = entry.executable
        // Every rank binds the step's rolls (a function of seed and step): the same on all ranks.
        try exe.bind([WalrusModel.inputName: batch.x, "target_frame": batch.targetFrame].merging(try rolls(plan, spec)) { a, _ in a })
        try exe.execute()
        // Pack the gradients and the loss into one buffer: one collective per update.
        var packed = [Float](repeating: 0, count: entry.count + 1)
        try packed.withUnsafeMutableBufferPointer { buffer in
            for (k, name) in entry.parameters.enumerated() {
                let g = try exe.output(gradientOutputPrefix + name)
                guard case .f32(let values) = g.storage else {
                    throw TuskError.execution("data-parallel update \(step + 1): gradient of '\(name)' is \(g.dtype), expected f32")
                }
                _ = UnsafeMutableBufferPointer(rebasing: buffer[entry.offsets[k]..<(entry.offsets[k] + values.count)]).initialize(from: values)
            }
            buffer[entry.count] = try exe.output(TrainStepNames.loss).floats[0]
        }
        let reduceStart = Date()
        try dp.collectives.allreduceSum(&packed, what: "gradients of update \(step + 1)")
        let reduceSeconds = Date().timeIntervalSince(reduceStart)
        dp.allreduceSeconds += reduceSeconds
        // The mean over ranks (shards of equal size). Dividing by a power of two is exact.
        let n = Float(dp.size)
        for i in packed.indices { packed[i] /= n }
        var bindings: [String: TensorData] = [:]
        for (k, name) in entry.parameters.enumerated() {
            let o = entry.offsets[k], c = entry.types[k].elementCount
            bindings[gradientOutputPrefix + name] = TensorData(Array(packed[o..<(o + c)]), shape: entry.types[k].shape)
        }
        let lr = schedule(step)
        bindings[TrainStepNames.step] = TensorData([Float(step + 1)], shape: [])
        bindings[TrainStepNames.learningRate] = TensorData([Float(lr)], shape: [])
        guard let opt = dp.optimizerSteps[entry.parameters] else {
            throw TuskError.execution("data-parallel update \(step + 1): no optimizer graph for the parameters of this batch")
        }
        try opt.bind(bindings)
        stateIsConsistent = false
        try opt.execute()
        step += 1
        stateIsConsistent = true
        return WalrusStepRecord(step: step, loss: Double(packed[entry.count]),
                                gradientNorm: try opt.output(TrainStepNames.gradientNorm).doubles[0], learningRate: lr,
                                dataset: source.name, seconds: Date().timeIntervalSince(start), compileSeconds: compileTime,
                                allreduceSeconds: reduceSeconds)
    }
}

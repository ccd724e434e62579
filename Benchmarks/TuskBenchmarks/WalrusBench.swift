// The Walrus workloads: forward and full train step (WalrusObjective + grad + clipped AdamW),
// compiled through the `CompileDriver` (forward pipeline, train step, joint pipeline, BLAS) with
// parameters and AdamW state resident, as `tusk train` runs them. Compile time is measured cold
// (empty cache) and warm (a new cache object reading the entry the cold compile wrote to disk,
// as a second process would).
//   TuskBenchmarks walrus [--config walrus-tiny|walrus-small] [--batch B] [--steps T] [--size N] [--depth D]
//                         [--repeats R] [--profile K] [--forward] [--fusion auto|all|off | --fused] [--backend llvm]
// One config per process, so that the peak RSS it prints (getrusage ru_maxrss) is this
// workload's alone.
import Foundation
import TuskAutodiff
import TuskCompiler
import TuskIR
import TuskLLVM
import TuskNN
import TuskPasses
import TuskRuntime
import TuskWalrus
#if canImport(Glibc)
import Glibc
#endif

/// FLOPs of a graph's contractions (2·MACs of matmul, conv, convTranspose, convFilterGradient):
/// the work the GFLOP/s figures count. Elementwise ops, reductions and softmax are not counted
/// (they are a few percent of the FLOPs and none of the GEMM-bound time).
func contractionFlops(_ graph: Graph) -> Double {
    var total = 0.0
    for node in graph.nodes {
        let shapes = node.operands.map { graph.type(of: $0).shape }
        let out = node.type.shape
        switch node.op {
        case let .matmul(ta, _):
            let k = ta ? shapes[0][shapes[0].count - 2] : shapes[0][shapes[0].count - 1]
            total += 2 * Double(out.reduce(1, *)) * Double(k)
        case .conv:
            // out [N, Cout, grid…] · (Cin · kernel)
            let w = shapes[1]
            total += 2 * Double(out.reduce(1, *)) * Double(w.dropFirst().reduce(1, *))
        case .convTranspose:
            // x [N, Cin, grid…] · (Cout · kernel) with w [Cin, Cout, kernel…]
            let w = shapes[1]
            total += 2 * Double(shapes[0].reduce(1, *)) * Double(w.dropFirst().reduce(1, *))
        case .convFilterGradient:
            // dw [Cout, Cin, kernel…] · (N · grid), dy = operand 1 [N, Cout, grid…]
            let dy = shapes[1]
            total += 2 * Double(out.reduce(1, *)) * Double(dy[0] * dy.dropFirst(2).reduce(1, *))
        default:
            break
        }
    }
    return total
}

func peakRSSBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024  // Linux: kilobytes
}

func runWalrusBenchmark(_ arguments: [String]) throws {
    func value(_ flag: String) -> String? { arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil } }
    let configName = value("--config") ?? "walrus-tiny"
    let batch = value("--batch").flatMap(Int.init) ?? 1
    let steps = value("--steps").flatMap(Int.init) ?? 6
    let size = value("--size").flatMap(Int.init) ?? 128
    // --depth D: the third spatial axis (1: 2-D; `--size 64 --depth 64` is the 64³ 3-D case).
    let depth = value("--depth").flatMap(Int.init) ?? 1
    let repeats = value("--repeats").flatMap(Int.init) ?? 5
    let profileTop = value("--profile").flatMap(Int.init) ?? 0
    let forwardOnly = arguments.contains("--forward")
    let fields = 4

    let config = try WalrusConfig.named(configName)
    let model = try WalrusModel(config: config)
    // 2-D 128×128 in the 3-D padded layout (D = 1), periodic, 4 variable fields, no constant fields.
    let shape = [steps, batch, fields, size, size, depth]
    let spec = WalrusTraceSpec(inputShape: shape, fieldIndices: Array(3..<(3 + fields)),
                               boundaries: [.periodic, .periodic, .periodic])
    let clock = ContinuousClock()
    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }

    let traceStart = clock.now
    let traced: TracedModel
    let kind: GraphKind
    if forwardOnly {
        traced = try model.trace(spec)
        kind = .forward
    } else {
        let objective = WalrusObjective(epsilon: 1e-5, lossMultiplier: 100, minimumContext: 1, gradientAccumulationSteps: 1)
        traced = try objective.trace(model, spec, variableFields: fields, paddedFieldMask: Array(repeating: true, count: fields))
        let optimizer = AdamW(beta1: 0.9, beta2: 0.999, epsilon: 1e-10, weightDecay: 1e-4)
        kind = .trainStep(loss: "loss", optimizer: optimizer, clipGradientNorm: 10, parameters: nil)
    }
    let traceSeconds = seconds(clock.now - traceStart)
    let cacheDirectory = NSTemporaryDirectory() + "tusk-bench-cache-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: cacheDirectory) }
    // --fusion auto|all|off: attention fusion in the forward pipeline (default: the driver's,
    // TUSK_FUSE_ATTENTION, else auto); --fused is --fusion all; --backend llvm.
    let fusion = arguments.contains("--fused") ? .all
        : try value("--fusion").map { try CompileDriver.AttentionFusion.parse($0) } ?? CompileDriver.attentionFusion
    let forwardPipeline = fusion.pipeline
    // The LLVM provider stores and loads its object code through the same cache folder.
    func backend(_ cache: CompileCache) -> any Backend { value("--backend") == "llvm" ? LLVMBackend(cache: cache) : BLASBackend() }
    let coldCache = CompileCache(directory: cacheDirectory)
    let coldDriver = CompileDriver(backend: backend(coldCache), forwardPipeline: forwardPipeline, cache: coldCache)
    // Parameters and AdamW state resident (as `tusk train` keeps them): set before compiling.
    // One parameter at a time, so that the weights exist once (the 1.3B model's are 4.8 GB).
    let state = ResidentState()
    let parameterCount = try traced.initializeParameters(into: state, seed: 7)
    if !forwardOnly {
        for p in traced.graph.parameters where p.type.dtype.isFloatingPoint {
            for slot in AdamW().stateSlots { try state.set(TrainStepNames.state(slot, of: p.name), TensorData(repeating: 0, p.type)) }
        }
    }
    let lowerStart = clock.now
    let lowered = try coldDriver.lower(traced.graph, kind)
    let lowerSeconds = seconds(clock.now - lowerStart)
    let nodesBefore = lowered.autodiff?.nodes.count ?? 0
    let graph = lowered.optimized
    let compileStart = clock.now
    var coldExecutable: (any Executable)? = try coldDriver.compile(lowered, resources: ExecutionResources(state: state)).executable
    let compileSeconds = seconds(clock.now - compileStart)
    // One executable (one arena) at a time, as in `tusk train`: the cold one is released before
    // the warm compile, and the warm one is timed, so the peak RSS is that of one executable.
    coldExecutable = nil
    _ = coldExecutable
    // Warm: a fresh cache object (nothing in memory) finds the entry on disk.
    let warmCache = CompileCache(directory: cacheDirectory)
    let warmDriver = CompileDriver(backend: backend(warmCache), forwardPipeline: forwardPipeline, cache: warmCache)
    let warmStart = clock.now
    let warmLowered = try warmDriver.lower(traced.graph, kind)
    let warmLowerSeconds = seconds(clock.now - warmStart)
    let exe = try warmDriver.compile(warmLowered, resources: ExecutionResources(state: state)).executable as! ArenaExecutable
    let warmSeconds = seconds(clock.now - warmStart)
    precondition(warmLowered.cacheHit && warmLowered.optimized.text == graph.text, "warm compile did not hit the cache")

    var bindings: [String: TensorData] = [:]
    if !forwardOnly {
        bindings[TrainStepNames.step] = TensorData([Float(1)], shape: [])
        bindings[TrainStepNames.learningRate] = TensorData([Float(2e-4)], shape: [])
        bindings["target_frame"] = random([1, batch, fields, size, size, depth], seed: 99)
    }
    bindings[WalrusModel.inputName] = random(shape, seed: 42)
    // Patch jitter: the rolls are graph inputs (one seeded draw; the work does not depend on it).
    let geometry = try WalrusGeometry(config: config, spatialShape: Array(shape[3...]), boundaries: spec.boundaries)
    var rollGenerator = SplitMix64(seed: 5)
    let rolls = try WalrusRolls.random(for: geometry, config: config, using: &rollGenerator).bindings(geometry, config: config)
    let inputNames = Set(graph.inputs.map(\.name))
    for (name, value) in rolls where inputNames.contains(name) { bindings[name] = value }
    try exe.bind(bindings)

    let flops = contractionFlops(graph)
    let loadBefore = loadAverage()
    try exe.execute()  // warm-up
    var samples: [Double] = []
    for _ in 0..<repeats { samples.append(seconds(try clock.measure { try exe.execute() })) }
    samples.sort()
    let median = samples[samples.count / 2]
    let loadAfter = loadAverage()
    var lossText = ""
    if !forwardOnly, let loss = try? exe.output(TrainStepNames.loss) { lossText = String(format: ", loss %.4f", loss.doubles[0]) }

    let mib = { (b: Int) in String(format: "%.1f MiB", Double(b) / 1048576) }
    print("""
    \(configName) \(forwardOnly ? "forward" : "train step") x\(shape) B=\(batch): \(parameterCount) parameters, \
    \(nodesBefore) → \(graph.nodes.count) nodes, \(exe.stepCount) kernels\(lossText), attention fusion \(fusion)
      trace \(String(format: "%.3f", traceSeconds)) s; cold: lower (autodiff + passes) \(String(format: "%.3f", lowerSeconds)) s + backend \(String(format: "%.3f", compileSeconds)) s = \(String(format: "%.3f", traceSeconds + lowerSeconds + compileSeconds)) s with the trace
      warm (disk cache hit): lower \(String(format: "%.3f", warmLowerSeconds)) s, lower + backend \(String(format: "%.3f", warmSeconds)) s = \(String(format: "%.3f", traceSeconds + warmSeconds)) s with the trace
      median \(String(format: "%.4f", median)) s over \(repeats) (min \(String(format: "%.4f", samples[0])), max \(String(format: "%.4f", samples[samples.count - 1])))
      contraction FLOPs \(String(format: "%.2f", flops / 1e9)) GFLOP → \(String(format: "%.1f", flops / median / 1e9)) GFLOP/s
      arena \(mib(exe.arenaByteCount)) (unshared \(mib(exe.unsharedByteCount))), resident state \(mib(state.byteCount)), peak RSS \(mib(peakRSSBytes()))
      load average before \(loadBefore), after \(loadAfter)
    """)

    if profileTop > 0 {
        // Median per-kernel time over 3 profiled runs, aggregated by op name and listed by node.
        var perStep: [[Double]] = []
        var names: [(node: Int, op: String)] = []
        for _ in 0..<3 {
            let p = try exe.profile()
            names = p.map { ($0.node, $0.op) }
            perStep.append(p.map(\.seconds))
        }
        let medians = (0..<names.count).map { i -> Double in
            let s = perStep.map { $0[i] }.sorted()
            return s[s.count / 2]
        }
        let total = medians.reduce(0, +)
        var byOp: [String: (Double, Int)] = [:]
        for (i, n) in names.enumerated() {
            let key = profileKey(graph, n.node)
            byOp[key, default: (0, 0)].0 += medians[i]
            byOp[key, default: (0, 0)].1 += 1
        }
        print(String(format: "  profile: kernels sum to %.4f s", total))
        print("  by op kind:")
        for (op, (t, c)) in byOp.sorted(by: { $0.value.0 > $1.value.0 }).prefix(profileTop) {
            print(String(format: "    %-48@ %8.2f ms  %5.1f %%  (%d kernels)", op as NSString, t * 1e3, 100 * t / total, c))
        }
        print("  top single kernels:")
        for i in (0..<names.count).sorted(by: { medians[$0] > medians[$1] }).prefix(profileTop) {
            let node = graph.nodes[names[i].node]
            let shapes = node.operands.map { graph.type(of: $0).shape.description }.joined(separator: ", ")
            print(String(format: "    %%%-6d %-14@ %7.2f ms  (%@) -> %@", names[i].node, names[i].op as NSString, medians[i] * 1e3,
                         shapes as NSString, node.type.shape.description as NSString))
        }
        // Which formulation each convolution runs (the lowering's choice: direct kernel or GEMM).
        let contractions = value("--backend") == "llvm" ? LLVMBackend(cache: coldCache).contractions : BLASBackend()
        print("  convolution paths:")
        for c in try contractions.convolutionPaths(graph) {
            let node = graph.nodes[c.node]
            let shapes = node.operands.map { graph.type(of: $0).shape.description }.joined(separator: ", ")
            print("    %\(c.node) \(c.op) (\(shapes)) -> \(node.type.shape): \(c.path)")
        }
    }
}

/// Profile grouping: the op name, with the permutation / reduced axes / broadcast pattern that
/// decides which kernel path runs.
func profileKey(_ graph: Graph, _ i: Int) -> String {
    let node = graph.nodes[i]
    switch node.op {
    case .permute(let p): return "permute \(p)"
    case let .reduce(r, axes, _): return "reduce.\(r.rawValue) rank\(graph.type(of: node.operands[0]).rank) axes \(axes)"
    case .binary(let b):
        let same = node.operands.allSatisfy { graph.type(of: $0).shape == node.type.shape }
        return "\(b.rawValue)\(same ? "" : " (broadcast)")"
    default: return node.op.name
    }
}

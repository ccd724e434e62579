// Tusk benchmarks (release build; not tests):
//   swift build -c release --product TuskBenchmarks && .build/release/TuskBenchmarks [--repeats N] [--no-pytorch]
//   .build/release/TuskBenchmarks attention [--sweep]  (AttentionBench.swift: fused rows vs tiles vs unfused)
//   .build/release/TuskBenchmarks conv-tiny  (ConvTinyBench.swift: Walrus-tiny's convs, BLAS path vs LLVM direct kernels)
//   .build/release/TuskBenchmarks walrus --config walrus-tiny|walrus-small [--batch B] [--forward] [--profile K]  (WalrusBench.swift)
// Times the BLAS backend's executables on the shapes that matter (sgemm 1024³, the Walrus
// encoder's first conv and its two gradients, a real 3-D conv), against a direct cblas_sgemm
// and against PyTorch (Benchmarks/pytorch/bench_ops.py) run in the same session. Reports medians.
import CBLAS
import Foundation
import TuskIR
import TuskRuntime

let arguments = CommandLine.arguments
let repeats = arguments.firstIndex(of: "--repeats").flatMap { Int(arguments[$0 + 1]) } ?? 7
let withPyTorch = !arguments.contains("--no-pytorch")

func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
}

/// Median wall time of `body` over `repeats` runs after `warmup` runs.
func medianSeconds(warmup: Int = 2, _ body: () throws -> Void) rethrows -> Double {
    for _ in 0..<warmup { try body() }
    var samples: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<repeats {
        let d = try clock.measure(body)
        samples.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }
    samples.sort()
    return samples[samples.count / 2]
}

func random(_ shape: [Int], seed: UInt64) -> TensorData {
    var state = seed
    let n = shape.reduce(1, *)
    var values = [Float](repeating: 0, count: n)
    for i in 0..<n {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        values[i] = Float(Int64(bitPattern: state >> 11) % 2000 - 1000) / 1000
    }
    return TensorData(values, shape: shape)
}

if arguments.dropFirst().first == "attention" {
    // Fused vs unfused attention at Walrus's shapes (AttentionBench.swift).
    try runAttentionBenchmark(Array(arguments.dropFirst(2)))
    exit(0)
}

if arguments.dropFirst().first == "walrus" {
    // The model workloads (WalrusBench.swift): one config per process.
    try runWalrusBenchmark(Array(arguments.dropFirst(2)))
    exit(0)
}

if arguments.dropFirst().first == "conv-tiny" {
    // Walrus-tiny's convolutions, BLAS path vs direct kernels (ConvTinyBench.swift); also in the full run.
    let threads = try BLASThreads.configure()
    print("Walrus-tiny convolutions — \(repeats) repeats, medians; threads \(threads); load average before: \(loadAverage())")
    for r in try convTinyResults() {
        let padded = r.name.count < 32 ? r.name + String(repeating: " ", count: 32 - r.name.count) : r.name
        print(padded + String(format: " %8.2f ms  %8.1f GFLOP/s  ", r.seconds * 1e3, r.flops / r.seconds / 1e9) + r.note)
    }
    print("load average after: \(loadAverage())  (2 cores; > 2 means other work competed)")
    exit(0)
}

struct Result {
    var name: String
    var seconds: Double
    var flops: Double
    var note: String = ""
}
var results: [Result] = []

/// Compiles a one-output graph, binds random inputs once, and times `execute()` (no copies).
func benchGraph(_ name: String, flops: Double, backend: BLASBackend = BLASBackend(),
                _ body: (GraphBuilder) -> Tensor) throws -> (Result, BLASExecutable) {
    try benchGraph(name, flops: flops, compile: { try backend.compileBLAS($0) }, body)
}

/// `benchGraph` with any backend's arena executable (`compile`).
func benchGraph(_ name: String, flops: Double, compile: (Graph) throws -> ArenaExecutable,
                _ body: (GraphBuilder) -> Tensor) throws -> (Result, BLASExecutable) {
    let graph = try Graph.trace(name) { b in [("y", body(b))] }
    let exe = try compile(graph)
    var bindings: [String: TensorData] = [:]
    for (i, input) in graph.inputs.enumerated() { bindings[input.name] = random(input.type.shape, seed: UInt64(i + 1)) }
    try exe.bind(bindings)
    let t = try medianSeconds(warmup: 3) { try exe.execute() }
    return (Result(name: name, seconds: t, flops: flops,
                   note: String(format: "arena %.1f MiB", Double(exe.arenaByteCount) / 1048576)), exe)
}

// Pinned like the `tusk` commands (TUSK_NUM_THREADS, else all cores); PyTorch gets the same count.
let threads = try BLASThreads.configure()
print("Tusk BLAS backend benchmarks — \(repeats) repeats, medians; threads \(threads) (OpenBLAS \(openblas_get_num_threads())); load average before: \(loadAverage())")

// (1) sgemm 1024³: the executable vs a direct cblas_sgemm on the same data, timed alternately
// (A, B, A, B, …) so that both see the same machine load.
let n = 1024
let gemmFlops = 2.0 * Double(n * n * n)
let gemmGraph = try Graph.trace("sgemm_1024") { b in [("y", b.input("a", [n, n]).matmul(b.input("b", [n, n])))] }
let gemmExe = try BLASBackend().compileBLAS(gemmGraph)
do {
    let a = random([n, n], seed: 1).floats, b = random([n, n], seed: 2).floats
    var c = [Float](repeating: 0, count: n * n)
    let bindings = ["a": TensorData(a, shape: [n, n]), "b": TensorData(b, shape: [n, n])]
    try gemmExe.bind(bindings)
    let direct = {
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(n), Int32(n), Int32(n), 1, a, Int32(n), b, Int32(n), 0, &c, Int32(n))
    }
    let clock = ContinuousClock()
    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
    for _ in 0..<2 { try gemmExe.execute(); direct() }
    var viaExe: [Double] = [], viaBLAS: [Double] = []
    for _ in 0..<max(repeats, 15) {
        viaExe.append(seconds(try clock.measure { try gemmExe.execute() }))
        viaBLAS.append(seconds(clock.measure { direct() }))
    }
    viaExe.sort(); viaBLAS.sort()
    results.append(Result(name: "sgemm_1024", seconds: viaExe[viaExe.count / 2], flops: gemmFlops,
                          note: String(format: "arena %.1f MiB", Double(gemmExe.arenaByteCount) / 1048576)))
    results.append(Result(name: "sgemm_1024 (direct cblas)", seconds: viaBLAS[viaBLAS.count / 2], flops: gemmFlops))
    let tr = try medianSeconds { _ = try gemmExe.run(bindings) }
    results.append(Result(name: "sgemm_1024 (run: copy in/out)", seconds: tr, flops: gemmFlops))
}

// (2) Walrus encoder first layer: [T·B=6, C+3=7, 142, 142, 1] ⋆ [352, 7, 8, 8, 1], strides [2, 2, 1].
let walrusFlops = 2.0 * 6 * 352 * 68 * 68 * 7 * 64
results.append(try benchGraph("conv_walrus", flops: walrusFlops) { b in
    b.input("x", [6, 7, 142, 142, 1]).conv(b.input("w", [352, 7, 8, 8, 1]), strides: [2, 2, 1])
}.0)
results.append(try benchGraph("conv_walrus_dx", flops: walrusFlops) { b in
    b.input("dy", [6, 352, 68, 68, 1]).convTranspose(b.input("w", [352, 7, 8, 8, 1]), strides: [2, 2, 1])
}.0)
results.append(try benchGraph("conv_walrus_dw", flops: walrusFlops) { b in
    let x = b.input("x", [6, 7, 142, 142, 1]), dy = b.input("dy", [6, 352, 68, 68, 1])
    return Tensor(b, b.append(.convFilterGradient(ConvAttributes(strides: [2, 2, 1]), kernel: [8, 8, 1]), [x.id, dy.id]))
}.0)
// (2b) Walrus-tiny's encoder convolutions on the BLAS path and the LLVM direct kernels (ConvTinyBench.swift).
results += try convTinyResults()
// (3) A real 3-D case, with the automatic algorithm (depth slices here) and plain im2col.
let conv3dFlops = 2.0 * 64 * 36 * 36 * 36 * 7 * 512
for (label, algorithm) in [("conv_3d", ConvolutionAlgorithm.automatic), ("conv_3d (im2col)", .im2col)] {
    results.append(try benchGraph(label, flops: conv3dFlops, backend: BLASBackend(convolutionAlgorithm: algorithm)) { b in
        b.input("x", [1, 7, 78, 78, 78]).conv(b.input("w", [64, 7, 8, 8, 8]), strides: [2, 2, 2])
    }.0)
}
// (4) A small model: a pre-norm attention block (LayerNorm, QKV, 4-head softmax attention,
// projection, residual, SiLU MLP), batch 2 × 64 tokens × 128 channels — per-op overhead matters.
let (ab, asq, ad, ah) = (2, 64, 128, 4)
let attentionFlops = 2.0 * Double(ab * asq) * Double(ad * 3 * ad + ad * ad + 2 * ad * 4 * ad) + 4.0 * Double(ab * asq * asq * ad)
results.append(try benchGraph("attention_block", flops: attentionFlops) { b in
    let x = b.input("x", [ab, asq, ad])
    let xc = x - x.mean(axes: [2], keepDims: true)
    let h = xc * ((xc * xc).mean(axes: [2], keepDims: true) + 1e-5).rsqrt() * b.input("norm", [ad])
    let qkv = h.matmul(b.input("wqkv", [ad, 3 * ad]))
    func split(_ t: Tensor) -> Tensor { t.reshape([ab, asq, ah, ad / ah]).permute([0, 2, 1, 3]) }
    let q = split(qkv.slice(axis: 2, 0..<ad)), k = split(qkv.slice(axis: 2, ad..<(2 * ad)))
    let v = split(qkv.slice(axis: 2, (2 * ad)..<(3 * ad)))
    let att = (q.matmul(k, transposeB: true) * (1 / Double(ad / ah).squareRoot())).softmax(axis: -1)
    let o = att.matmul(v).permute([0, 2, 1, 3]).reshape([ab, asq, ad])
    let y = x + o.matmul(b.input("wo", [ad, ad]))
    return y + y.matmul(b.input("w1", [ad, 4 * ad])).silu().matmul(b.input("w2", [4 * ad, ad]))
}.0)
let loadAfterTusk = loadAverage()

// PyTorch, same shapes, same session.
var torchSeconds: [String: Double] = [:]
if withPyTorch {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("pytorch/bench_ops.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, "--repeats", String(repeats), "--threads", String(threads)]
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if let json = try? JSONSerialization.jsonObject(with: data) as? [String: Double] { torchSeconds = json }
        else { print("PyTorch script gave no results (is torch installed? see Benchmarks/README.md)") }
    } catch {
        print("could not run the PyTorch script: \(error)")
    }
}

print("")
print("case                              Tusk ms   GFLOP/s   PyTorch ms  GFLOP/s   PyTorch/Tusk time  note")
for r in results {
    let base = r.name.split(separator: " ").first.map(String.init) ?? r.name
    let padded = r.name.count < 32 ? r.name + String(repeating: " ", count: 32 - r.name.count) : r.name
    var line = padded + String(format: " %8.2f  %8.1f", r.seconds * 1e3, r.flops / r.seconds / 1e9)
    if let t = torchSeconds[base], !r.name.contains("(") {
        line += String(format: "   %9.2f  %7.1f   %8.2fx", t * 1e3, r.flops / t / 1e9, t / r.seconds)
    } else {
        line += String(repeating: " ", count: 39)
    }
    print(line + "  " + r.note)
}
if let direct = results.first(where: { $0.name == "sgemm_1024 (direct cblas)" }),
   let viaExe = results.first(where: { $0.name == "sgemm_1024" }) {
    print(String(format: "\nsgemm through the executable / direct cblas_sgemm: %.3f (must be ≤ 1.10)", viaExe.seconds / direct.seconds))
}
print("load average after Tusk: \(loadAfterTusk); after PyTorch: \(loadAverage())  (2 cores; > 2 means other work competed)")

// swift-tools-version: 6.0
// Tusk: a dataflow graph compiler for Walrus-class physics transformers.
// Modules are layered strictly downward: IR ← Autodiff ← Passes ← Runtime ← NN ← tusk.
import PackageDescription

let package = Package(
    name: "Tusk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tusk", targets: ["tusk"]),
        .library(name: "TuskIR", targets: ["TuskIR"]),
        .library(name: "TuskAutodiff", targets: ["TuskAutodiff"]),
        .library(name: "TuskPasses", targets: ["TuskPasses"]),
        .library(name: "TuskRuntime", targets: ["TuskRuntime"]),
        .library(name: "TuskCompiler", targets: ["TuskCompiler"]),
        .library(name: "TuskNN", targets: ["TuskNN"]),
        .library(name: "TuskWalrus", targets: ["TuskWalrus"]),
        .library(name: "TuskData", targets: ["TuskData"]),
        .library(name: "TuskLLVM", targets: ["TuskLLVM"]),
        .library(name: "TuskMPI", targets: ["TuskMPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System libraries (module maps).
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),

        .systemLibrary(name: "CHDF5", path: "Sources/CHDF5", pkgConfig: "hdf5",
                       providers: [.apt(["libhdf5-dev"])]),

        // The LLVM 19 C API (Debian `llvm-19-dev`; no pkg-config file, so the importing target
        // passes the include path; see Docs/LLVM.md).
        // zlib (Debian `zlib1g-dev`): deflate for the PNG/APNG encoder, inflate for the tests' decoder.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),

        .systemLibrary(name: "CLLVM", path: "Sources/CLLVM", providers: [.apt(["llvm-19-dev"])]),

        // Open MPI's C API (Debian `libopenmpi-dev`; pkg-config `ompi-c`), for data-parallel training.
        .systemLibrary(name: "CMPI", path: "Sources/CMPI", pkgConfig: "ompi-c",
                       providers: [.apt(["libopenmpi-dev"])]),

        .target(name: "TuskIR"),
        // MPI process group (rank, size, deterministic allreduce, broadcast, hash check).
        .target(name: "TuskMPI", dependencies: ["CMPI"]),
        .target(name: "TuskAutodiff", dependencies: ["TuskIR"]),
        .target(name: "TuskPasses", dependencies: ["TuskIR"]),
        .target(name: "TuskRuntime", dependencies: ["TuskIR", "CBLAS"]),
        // The compile driver: every path from a traced graph to an executable.
        .target(name: "TuskCompiler", dependencies: ["TuskIR", "TuskAutodiff", "TuskPasses", "TuskRuntime"]),
        .target(name: "TuskNN", dependencies: ["TuskIR", "TuskAutodiff", "TuskRuntime", "TuskCompiler"]),
        .target(name: "TuskWalrus", dependencies: ["TuskIR", "TuskAutodiff", "TuskRuntime", "TuskCompiler", "TuskNN", "TuskData"]),
        .target(name: "TuskData", dependencies: ["TuskIR", "CHDF5", "CZlib"]),
        // Loop-nest kernels compiled with LLVM 19 (ORC LLJIT): the JIT backend's code generator,
        // its kernel provider and `LLVMBackend` (object code cached through TuskCompiler's cache).
        .target(name: "TuskLLVM", dependencies: ["TuskIR", "CLLVM", "TuskRuntime", "TuskCompiler"],
                swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/lib/llvm-19/include"])]),
        // The example models (the ~30-line attention block, …): a library so `tusk dump EXAMPLE`
        // and the runnable example share one definition.
        .target(name: "TuskExamples", dependencies: ["TuskNN"], path: "Examples/Models"),
        .executableTarget(name: "attention-example",
                          dependencies: ["TuskIR", "TuskPasses", "TuskRuntime", "TuskCompiler", "TuskNN", "TuskExamples"],
                          path: "Examples/AttentionBlock"),
        .executableTarget(name: "walrus-example",
                          dependencies: ["TuskIR", "TuskAutodiff", "TuskRuntime", "TuskCompiler", "TuskNN", "TuskWalrus"],
                          path: "Examples/Walrus"),
        .target(name: "TuskCLI", dependencies: [
            "TuskIR", "TuskAutodiff", "TuskPasses", "TuskRuntime", "TuskCompiler", "TuskNN", "TuskWalrus", "TuskData", "TuskExamples",
            "TuskLLVM", "TuskMPI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/lib/llvm-19/include"])]),
        .executableTarget(name: "tusk", dependencies: ["TuskCLI"]),
        .executableTarget(name: "TuskBenchmarks",
                          dependencies: ["TuskIR", "TuskAutodiff", "TuskPasses", "TuskRuntime", "TuskCompiler", "TuskLLVM", "TuskNN", "TuskWalrus", "CBLAS"],
                          path: "Benchmarks/TuskBenchmarks",
                          swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/lib/llvm-19/include"])]),

        .target(name: "TuskTestSupport", dependencies: ["TuskIR", "CZlib"], path: "Tests/TuskTestSupport"),
        .testTarget(name: "TuskIRTests", dependencies: ["TuskIR", "TuskTestSupport"]),
        .testTarget(name: "TuskAutodiffTests", dependencies: ["TuskIR", "TuskAutodiff", "TuskTestSupport"]),
        .testTarget(name: "TuskPassesTests", dependencies: ["TuskIR", "TuskPasses", "TuskTestSupport"]),
        .testTarget(name: "TuskRuntimeTests", dependencies: ["TuskIR", "TuskRuntime", "TuskTestSupport"]),
        .testTarget(name: "TuskCompilerTests", dependencies: ["TuskCompiler", "TuskIR", "TuskAutodiff", "TuskPasses", "TuskRuntime", "TuskTestSupport"]),
        .testTarget(name: "TuskNNTests", dependencies: ["TuskIR", "TuskNN", "TuskAutodiff", "TuskRuntime", "TuskExamples"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "TuskWalrusTests", dependencies: ["TuskWalrus", "TuskIR", "TuskNN", "TuskRuntime", "TuskData", "TuskAutodiff", "TuskLLVM", "TuskTestSupport"],
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/lib/llvm-19/include"])]),
        .testTarget(name: "TuskLLVMTests", dependencies: ["TuskLLVM", "TuskIR", "TuskRuntime", "TuskCompiler", "TuskNN", "TuskTestSupport"],
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/lib/llvm-19/include"])]),
        .testTarget(name: "TuskDataTests", dependencies: ["TuskData", "TuskIR", "TuskTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "TuskCLITests", dependencies: ["TuskCLI", "TuskCompiler", "TuskIR", "TuskNN", "TuskData", "TuskWalrus", "TuskMPI", "TuskTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

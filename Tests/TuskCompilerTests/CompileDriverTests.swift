import Foundation
import Testing
import TuskAutodiff
@testable import TuskCompiler
import TuskIR
import TuskPasses
import TuskRuntime
import TuskTestSupport

@Suite struct CompileDriverTests {
    static func model() throws -> Graph {
        try Graph.trace("mlp") { b in
            let x = b.input("x", [4, 8]), w = b.parameter("w", [8, 8]), v = b.parameter("v", [8, 1])
            let h = (x.matmul(w) * 1.0 + 0.0).tanh()   // identities the pipelines remove
            return [("loss", h.matmul(v).sum())]
        }
    }

    static func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "tusk-cache-test-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    }

    /// The stages are what the driver runs: autodiff = forward pipeline + transform; optimized =
    /// the joint pipeline of that, then rematerialization; the executable runs the optimized graph.
    @Test func stagesAreWhatRuns() throws {
        let driver = CompileDriver(backend: BLASBackend(), forwardPipeline: Pipeline.standard, cache: nil)
        let g = try Self.model()
        let kind = GraphKind.gradient(loss: "loss", parameters: nil)
        let joint = try driver.graph(g, kind, at: .autodiff)
        #expect(joint.isIdentical(to: try grad(Pipeline.standard.run(g), loss: "loss", wrt: ["w", "v"])))
        let optimized = try driver.graph(g, kind, at: .optimized)
        #expect(optimized.isIdentical(to: try Rematerialize().run(Pipeline.standard.run(joint))))
        let compiled = try driver.compile(g, kind)
        #expect(compiled.executable.graph.isIdentical(to: optimized))
        #expect(optimized.nodes.count < joint.nodes.count)
    }

    /// Rematerialization shrinks a train step's arena: a deep MLP with layers `h' = t + 0.1·t²`,
    /// `t = tanh(h·W)`. The backward reads `t` (tanh's derivative) and `h'` (the next weight's
    /// gradient), so without the pass both are saved across the backward (512 KiB each a layer);
    /// `h'` is a cheap function of `t`, so with it `h'` is recomputed next to its late use. The
    /// loss and gradients are bit-identical.
    @Test func rematerializationShrinksTheArena() throws {
        let g = try Graph.trace("deep") { b in
            var h = b.input("x", [512, 256])
            for k in 0..<6 {
                let w = b.parameter("w\(k)", [256, 256])
                let t = h.matmul(w).tanh()
                h = t * t * 0.1 + t
            }
            return [("loss", (h * h).sum())]
        }
        let kind = GraphKind.gradient(loss: "loss", parameters: nil)
        var on = CompileDriver(backend: BLASBackend(), cache: nil)
        var off = on
        off.rematerialization = nil
        on.rematerialization = Rematerialize()
        let a = try on.compile(g, kind), b = try off.compile(g, kind)
        let arenaOn = (a.executable as! ArenaExecutable).arenaByteCount, arenaOff = (b.executable as! ArenaExecutable).arenaByteCount
        #expect(!Rematerialize().plan(b.graph).isEmpty, "the unrematerialized step has something to recompute")
        #expect(arenaOn < arenaOff, "arena \(arenaOn) B with rematerialization, \(arenaOff) B without")
        var rng = SeededRandom(seed: 4)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in g.inputs { bindings[name] = randomTensor(type, using: &rng, range: -1...1) }
        for p in g.parameters { bindings[p.name] = randomTensor(p.type, using: &rng, range: -0.1...0.1) }
        let ra = try a.executable.run(bindings), rb = try b.executable.run(bindings)
        for (name, value) in rb { #expect(ra[name] == value, "\(name) differs") }
    }

    @Test func cacheHitsInMemoryAndOnDisk() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        final class Lines: @unchecked Sendable { var lines: [String] = [] }
        let lines = Lines()
        let g = try Self.model()
        let kind = GraphKind.trainStep(loss: "loss", optimizer: SGD(), clipGradientNorm: 1, parameters: nil)
        var driver = CompileDriver(backend: BLASBackend(), cache: CompileCache(directory: dir), log: { lines.lines.append($0) })
        let first = try driver.lower(g, kind)
        #expect(!first.cacheHit && first.autodiff != nil)
        #expect(lines.lines.last?.contains("miss") == true && lines.lines.last?.contains("not compiled before") == true)
        let second = try driver.lower(g, kind)
        #expect(second.cacheHit && second.optimized.isIdentical(to: first.optimized))
        // A new cache object (as in a new process) reads the entry from disk.
        driver.cache = CompileCache(directory: dir)
        let third = try driver.lower(g, kind)
        #expect(third.cacheHit && third.optimized.text == first.optimized.text)
        #expect(lines.lines.last?.contains("hit") == true)
        // Another pipeline is another key, and the miss says what changed.
        driver.jointPipeline = try Pipeline(passNames: ["dce"])
        let fourth = try driver.lower(g, kind)
        #expect(!fourth.cacheHit)
        #expect(lines.lines.last?.contains("pipelines") == true, "\(lines.lines.last ?? "")")
    }

    @Test func corruptEntryIsAMissNotAnError() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = try Self.model()
        let driver = CompileDriver(backend: BLASBackend(), cache: CompileCache(directory: dir))
        let first = try driver.lower(g, .forward)
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".graph.txt") {
            let path = dir + "/" + name
            var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
            bytes[bytes.count / 2] ^= 0x20
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        }
        var fresh = driver
        fresh.cache = CompileCache(directory: dir)
        let again = try fresh.lower(g, .forward)
        #expect(!again.cacheHit && again.optimized.isIdentical(to: first.optimized))
        // …and the rewritten entry is good again.
        fresh.cache = CompileCache(directory: dir)
        #expect(try fresh.lower(g, .forward).cacheHit)
    }

    @Test func cacheDirectoryFromEnvironment() {
        #expect(CompileCache.defaultDirectory(environment: ["TUSK_CACHE_DIR": "/x/y"]) == "/x/y")
        #expect(CompileCache.defaultDirectory(environment: ["TUSK_CACHE_DIR": "off"]) == nil)
        #expect(CompileCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == "/c/tusk")
        #expect(CompileCache.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.cache/tusk")
    }

    @Test func stableHashIsStable() {
        // FNV-1a 64 of "a" is af63dc4c8601ec8c (the published test vector).
        #expect(StableHash.hex64(Array("a".utf8)) == "af63dc4c8601ec8c")
        #expect(StableHash.hex("graph") == StableHash.hex("graph"))
        #expect(StableHash.hex("graph") != StableHash.hex("graph "))
    }
}

/// The default forward pipeline's attention-fusion cost rule (`TUSK_FUSE_ATTENTION` auto|all|off).
@Suite struct AttentionFusionChoiceTests {
    /// Two attentions as `scaledDotProductAttention` traces them: over 128 keys (space-like) and
    /// over 8 keys (time-like).
    static func twoAttentions() throws -> Graph {
        try Graph.trace("two_attentions") { b in
            func attention(_ name: String, tokens: Int) -> Tensor {
                let q = b.input(name + ".q", [2, tokens, 8]), k = b.input(name + ".k", [2, tokens, 8])
                let v = b.input(name + ".v", [2, tokens, 8])
                return q.matmul(k, transposeB: true).mul(q.scalar(0.25)).softmax(axis: -1).matmul(v).sum()
            }
            return [("y", attention("long", tokens: 128) + attention("short", tokens: 8))]
        }
    }

    static func fusedCount(_ g: Graph) -> Int {
        g.nodes.filter { if case .scaledDotProductAttention = $0.op { true } else { false } }.count
    }

    @Test func autoFusesLongKeyAxesOnly() throws {
        let g = try Self.twoAttentions()
        #expect(CompileDriver.attentionMinimumKeyTokens > 8 && CompileDriver.attentionMinimumKeyTokens <= 128)
        #expect(Self.fusedCount(try CompileDriver.AttentionFusion.auto.pipeline.run(g)) == 1)
        #expect(Self.fusedCount(try CompileDriver.AttentionFusion.all.pipeline.run(g)) == 2)
        #expect(Self.fusedCount(try CompileDriver.AttentionFusion.off.pipeline.run(g)) == 0)
        // The rule is part of the pass name, hence of the compile cache key.
        #expect(CompileDriver.AttentionFusion.auto.pipeline.signature != CompileDriver.AttentionFusion.all.pipeline.signature)
    }

    @Test func environmentValuesParse() throws {
        typealias F = CompileDriver.AttentionFusion
        #expect(try F.parse(nil) == .auto && F.parse("") == .auto && F.parse("auto") == .auto)
        #expect(try F.parse("all") == .all && F.parse("1") == .all && F.parse("ON") == .all)
        #expect(try F.parse("off") == .off && F.parse("0") == .off && F.parse(" none ") == .off)
        let error = try #require(throws: TuskError.self) { try F.parse("yes") }
        #expect("\(error)".contains("TUSK_FUSE_ATTENTION"), "\(error)")
    }
}

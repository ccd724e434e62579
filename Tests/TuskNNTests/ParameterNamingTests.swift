import Testing
import TuskNN

/// A Walrus-shaped block for naming tests: `space_mixing.norm1`, a fused projection, a list.
private struct Mixing: Layer {
    var name: String
    var norm1 = RMSGroupNorm(4, name: "norm1")
    var fc = Linear(4, 4, name: "fc")
    func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        let n = norm1(x, file: file, line: line)
        return fc(n.permute([0, 2, 1], file: file, line: line), file: file, line: line)
    }
}

private struct Block: Layer {
    var name: String
    var spaceMixing = Mixing(name: "space_mixing")
    func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        spaceMixing(x, file: file, line: line).permute([0, 2, 1], file: file, line: line)
    }
}

@Suite struct ParameterNamingTests {
    @Test func nestedModulesAndListsGiveDottedStateDictNames() throws {
        let blocks = ModuleList(name: "blocks", count: 2) { _ in Block(name: "ignored") }
        let graph = try Graph.trace("walrus-like") { b in [("y", blocks(b.input("x", [2, 4, 3])))] }
        let names = graph.parameters.map(\.name)
        #expect(names == [
            "blocks.0.space_mixing.norm1.weight", "blocks.0.space_mixing.fc.weight", "blocks.0.space_mixing.fc.bias",
            "blocks.1.space_mixing.norm1.weight", "blocks.1.space_mixing.fc.weight", "blocks.1.space_mixing.fc.bias",
        ])
    }

    @Test func moduleListIterationInsideItsScope() throws {
        let blocks = ModuleList(name: "blocks", count: 3) { i in Linear(2, 2, bias: i != 1) }
        let graph = try Graph.trace("list") { b in
            var x = b.input("x", [1, 2])
            blocks.scoped(b) { for block in blocks { x = block(x) } }
            return [("y", x)]
        }
        #expect(graph.parameters.map(\.name) == ["blocks.0.weight", "blocks.0.bias", "blocks.1.weight",
                                                 "blocks.2.weight", "blocks.2.bias"])
        #expect(blocks.map(\.name) == ["0", "1", "2"])
    }

    @Test func moduleDictKeysAreScopes() throws {
        let embed = ModuleDict(name: "embed", [
            "2": Conv(3, 4, kernelSize: [2, 2], strides: [2, 2], bias: false),
            "3": Conv(3, 4, kernelSize: [2, 2, 2], strides: [2, 2, 2], bias: false),
        ])
        #expect(embed.keys == ["2", "3"])
        let graph = try Graph.trace("dict") { b in
            [("y2", embed("2", b.input("x2", [1, 3, 4, 4]))), ("y3", embed("3", b.input("x3", [1, 3, 2, 2, 2])))]
        }
        #expect(graph.parameters.map(\.name) == ["embed.2.weight", "embed.3.weight"])
        #expect(graph.parameters.map(\.type.shape) == [[4, 3, 2, 2], [4, 3, 2, 2, 2]])
    }

    @Test func moduleDictUnknownKeyIsAnError() {
        let embed = ModuleDict(name: "embed", ["2": Linear(2, 2)])
        #expect(throws: TuskError.self) {
            _ = try Graph.trace("dict") { b in [("y", embed("3", b.input("x", [1, 2])))] }
        }
    }

    @Test func sequentialNamesLikePyTorch() throws {
        let mlp = Sequential(name: "head", [Linear(4, 8), Activation.silu, Linear(8, 2, bias: false)])
        let graph = try Graph.trace("seq") { b in [("y", mlp(b.input("x", [3, 4])))] }
        #expect(graph.parameters.map(\.name) == ["head.0.weight", "head.0.bias", "head.2.weight"])
    }

    @Test func pytorchLayoutsOfEveryLayer() throws {
        let model = try Graph.traceModel("layouts") { b in
            let x = b.input("x", [1, 3, 8, 8])
            let t = b.input("t", [2, 5, 8])
            let down = Conv(3, 6, kernelSize: [4, 2], strides: [2, 2], name: "conv")(x)
            let up = ConvTranspose(6, 3, kernelSize: [4, 2], strides: [2, 2], name: "convT")(down)
            let tokens = MultiHeadAttention(width: 8, heads: 2, name: "attn")(LayerNorm(8, name: "ln")(t))
            return [("up", RMSGroupNorm(3, name: "rms")(up)), ("tokens", MLP(width: 8, hidden: 16, name: "mlp")(tokens))]
        }
        let shapes = Dictionary(uniqueKeysWithValues: model.graph.parameters.map { ($0.name, $0.type.shape) })
        #expect(shapes == [
            "conv.weight": [6, 3, 4, 2], "conv.bias": [6],
            "convT.weight": [6, 3, 4, 2], "convT.bias": [3],
            "rms.weight": [3],
            "ln.weight": [8], "ln.bias": [8],
            "attn.qkv.weight": [24, 8], "attn.qkv.bias": [24], "attn.proj.weight": [8, 8], "attn.proj.bias": [8],
            "mlp.fc1.weight": [16, 8], "mlp.fc1.bias": [16], "mlp.fc2.weight": [8, 16], "mlp.fc2.bias": [8],
        ])
        #expect(Set(model.initializers.keys) == Set(shapes.keys))
        #expect(model.graph.type(of: model.graph.output(named: "up")!).shape == [1, 3, 8, 8])
    }

    @Test func weightSharingReusesTheParameter() throws {
        let fc = Linear(3, 3, name: "shared")
        let graph = try Graph.trace("share") { b in
            let x = b.input("x", [1, 3])
            return [("y", fc(fc(x)))]
        }
        #expect(graph.parameters.map(\.name) == ["shared.weight", "shared.bias"])
    }
}

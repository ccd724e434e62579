import Testing
import TuskNN

@Suite struct LayerErrorTests {
    /// Traces `body` expecting a shape error; returns its description.
    private func traceError(_ body: (GraphBuilder) -> [(String, Tensor)]) -> String {
        do {
            _ = try Graph.traceModel("bad", body)
            Issue.record("expected a shape error")
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func linearWrongFeaturesNamesTheCallSite() {
        let line = #line + 2
        let message = traceError { b in
            [("y", Linear(8, 4, name: "fc")(b.input("x", [2, 5])))]
        }
        #expect(message.contains("LayerErrorTests.swift:\(line)"), "\(message)")
        #expect(message.contains("Linear 'fc'"), "\(message)")
        #expect(message.contains("8 features") && message.contains("[2, 5]"), "\(message)")
    }

    @Test func errorInsideNestedLayerNamesScopeAndUserLine() {
        let block = Sequential(name: "head", [LayerNorm(4), Linear(4, 4)])
        let line = #line + 2
        let message = traceError { b in
            [("y", block(b.input("x", [3, 6])))]
        }
        #expect(message.contains("LayerErrorTests.swift:\(line)"), "\(message)")
        #expect(message.contains("LayerNorm 'head.0'"), "\(message)")
    }

    @Test func convWrongRankAndChannels() {
        let line = #line + 2
        let message = traceError { b in
            [("y", Conv(3, 4, kernelSize: [2, 2], name: "proj1")(b.input("x", [1, 5, 8, 8])))]
        }
        #expect(message.contains("LayerErrorTests.swift:\(line)"), "\(message)")
        #expect(message.contains("Conv 'proj1'") && message.contains("[N, 3, 2 spatial axes]"), "\(message)")
        let rankMessage = traceError { b in
            [("y", ConvTranspose(3, 4, kernelSize: [2], name: "up")(b.input("x", [1, 3, 8, 8])))]
        }
        #expect(rankMessage.contains("ConvTranspose 'up'"), "\(rankMessage)")
    }

    @Test func attentionHeadsMustDivideWidth() {
        let message = traceError { b in
            [("y", MultiHeadAttention(width: 6, heads: 4, name: "attn")(b.input("x", [1, 2, 6])))]
        }
        #expect(message.contains("4 heads do not divide width 6"), "\(message)")
    }

    @Test func rmsGroupNormNeedsChannelsFirst() {
        let line = #line + 2
        let message = traceError { b in
            [("y", RMSGroupNorm(4, name: "norm1")(b.input("x", [2, 3, 4])))]
        }
        #expect(message.contains("LayerErrorTests.swift:\(line)") && message.contains("RMSGroupNorm 'norm1'"), "\(message)")
    }
}

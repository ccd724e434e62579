import Testing
import TuskNN

// See LinearTests: float64 interpreter vs direct loop, summation order only.
private let float64Tolerance = 1e-12

@Suite struct ConvTests {
    /// One conv layer on `xShape` checked against the direct loop.
    private func checkConv(_ conv: Conv, _ xShape: [Int], expectedShape: [Int], seed: UInt64) throws {
        let model = try Graph.traceModel("conv") { b in [("y", conv(b.input("x", xShape)))] }
        #expect(model.graph.type(of: model.graph.outputs[0].value).shape == expectedShape)
        let params = randomParameters(model.graph, seed: seed)
        let x = randomData(xShape, seed: seed + 100)
        let y = try runFloat64(model.graph, params.merging(["x": x]) { a, _ in a })
        let weight = params["\(conv.name).weight"]!
        #expect(weight.shape == [conv.outChannels, conv.inChannels] + conv.kernelSize)
        let expected = referenceConv(x.doubles, xShape, weight.doubles, weight.shape,
                                     params["\(conv.name).bias"]?.doubles, strides: conv.strides, padding: conv.padding)
        #expect(expected.shape == expectedShape)
        #expect(maxError(y, expected.values) < float64Tolerance)
    }

    @Test func conv1dStridedPadded() throws {
        try checkConv(Conv(3, 4, kernelSize: [3], strides: [2], padding: [1], name: "proj"),
                      [2, 3, 9], expectedShape: [2, 4, 5], seed: 1)
    }

    @Test func conv2dAnisotropicStrides() throws {
        try checkConv(Conv(2, 3, kernelSize: [4, 2], strides: [2, 1], name: "proj"),
                      [1, 2, 8, 5], expectedShape: [1, 3, 3, 4], seed: 2)
    }

    @Test func conv3dWithoutBiasAndSingletonAxis() throws {
        try checkConv(Conv(2, 2, kernelSize: [2, 2, 1], strides: [2, 1, 1], bias: false, name: "proj"),
                      [2, 2, 4, 3, 1], expectedShape: [2, 2, 2, 2, 1], seed: 3)
    }

    @Test func convTranspose1dAnd2d() throws {
        for (layer, xShape, outShape) in [
            (ConvTranspose(3, 2, kernelSize: [4], strides: [2], name: "up"), [2, 3, 5], [2, 2, 12]),
            (ConvTranspose(2, 3, kernelSize: [3, 2], strides: [2, 3], padding: [1, 0], outputPadding: [1, 0],
                           name: "up"), [1, 2, 3, 2], [1, 3, 6, 5]),
            // outputPadding beyond padding: appended cells hold only the bias.
            (ConvTranspose(2, 2, kernelSize: [3], strides: [2], outputPadding: [1], name: "up"), [1, 2, 3], [1, 2, 8]),
            (ConvTranspose(2, 2, kernelSize: [2, 2, 2], strides: [2, 1, 1], bias: false, name: "up"), [1, 2, 2, 2, 1], [1, 2, 4, 3, 2]),
        ] {
            let model = try Graph.traceModel("convT") { b in [("y", layer(b.input("x", xShape)))] }
            #expect(model.graph.type(of: model.graph.outputs[0].value).shape == outShape)
            let params = randomParameters(model.graph, seed: 4)
            let x = randomData(xShape, seed: 5)
            let y = try runFloat64(model.graph, params.merging(["x": x]) { a, _ in a })
            let weight = params["up.weight"]!
            #expect(weight.shape == [layer.inChannels, layer.outChannels] + layer.kernelSize)
            let expected = referenceConvTranspose(x.doubles, xShape, weight.doubles, weight.shape, params["up.bias"]?.doubles,
                                                  strides: layer.strides, padding: layer.padding,
                                                  outputPadding: layer.outputPadding)
            #expect(expected.shape == outShape)
            #expect(maxError(y, expected.values) < float64Tolerance)
        }
    }
}

import Foundation
import TuskIR
import TuskLLVM
import TuskRuntime

/// Walrus-tiny's convolutions (issue #9) on both paths of the LLVM backend: `blas`
/// (im2col/col2im + sgemm: `LLVMBackend` with `convolutionKernels` off, which is what the BLAS
/// backend runs) and `llvm` (the direct kernels, `LLVMConvKernels`), at the exact shapes of the
/// train step (`TuskBenchmarks walrus --config walrus-tiny --profile K` lists them; T·B = 6
/// samples, 128×128 data run as 3-D with a trailing axis of 1, strides `[2,2,1]`):
///
/// - `conv_tiny_c7`: `x[6,7,138,138,1] ⋆ w[16,7,8,8,1]` → `[6,16,66,66,1]` (the encoder's first
///   conv: 4 fields + 3 coordinates), its transposed conv (`_dx`) and filter gradient (`_dw`);
/// - `conv_tiny_c4`: `x[6,4,138,138,1] ⋆ w[16,4,8,8,1]`, padding 6 → `[6,16,72,72,1]` (the
///   decoder's last layer, a transposed conv, seen from its conv side), and the two gradients;
/// - `conv_tiny_4x4`: `x[6,16,66,66,1] ⋆ w[32,16,4,4,1]` → `[6,32,32,32,1]` (the encoder's second
///   conv); `conv_tiny_4x4p2`: the same with padding 2 → `[6,32,34,34,1]` (the decoder's first).
///
/// Each case is timed with `medianSeconds` (`execute()` only, inputs bound once).
func convTinyResults() throws -> [Result] {
    let shapes: [(label: String, x: [Int], w: [Int], pad: Int)] = [
        ("conv_tiny_c7", [6, 7, 138, 138, 1], [16, 7, 8, 8, 1], 0),
        ("conv_tiny_c4", [6, 4, 138, 138, 1], [16, 4, 8, 8, 1], 6),
        ("conv_tiny_4x4", [6, 16, 66, 66, 1], [32, 16, 4, 4, 1], 0),
        ("conv_tiny_4x4p2", [6, 16, 66, 66, 1], [32, 16, 4, 4, 1], 2),
    ]
    var blas = LLVMBackend()
    blas.convolutionKernels = false
    let paths: [(String, LLVMBackend)] = [("blas", blas), ("llvm", LLVMBackend())]
    var out: [Result] = []
    for s in shapes {
        let attributes = ConvAttributes(strides: [2, 2, 1], padLow: [s.pad, s.pad, 0], padHigh: [s.pad, s.pad, 0])
        let y = try Op.conv(attributes).resultType([TensorType(.f32, s.x), TensorType(.f32, s.w)]).shape
        let flops = 2.0 * Double(y.reduce(1, *)) * Double(s.w.dropFirst().reduce(1, *))
        for (path, backend) in paths {
            let compile = { (g: Graph) in try backend.compileLLVM(g).executable }
            out.append(try benchGraph("\(s.label) (\(path))", flops: flops, compile: compile) { b in
                b.input("x", s.x).conv(b.input("w", s.w), strides: attributes.strides, padLow: attributes.padLow,
                                      padHigh: attributes.padHigh)
            }.0)
            out.append(try benchGraph("\(s.label)_dx (\(path))", flops: flops, compile: compile) { b in
                b.input("dy", y).convTranspose(b.input("w", s.w), strides: attributes.strides, padLow: attributes.padLow,
                                               padHigh: attributes.padHigh)
            }.0)
            out.append(try benchGraph("\(s.label)_dw (\(path))", flops: flops, compile: compile) { b in
                let x = b.input("x", s.x), dy = b.input("dy", y)
                return Tensor(b, b.append(.convFilterGradient(attributes, kernel: Array(s.w.dropFirst(2))), [x.id, dy.id]))
            }.0)
        }
    }
    return out
}

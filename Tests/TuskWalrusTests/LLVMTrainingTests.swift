import Foundation
import Testing
import TuskIR
import TuskLLVM
import TuskRuntime
@testable import TuskWalrus

/// A walrus-tiny training step on the LLVM backend with the parameters and the AdamW state
/// resident (as `tusk train --backend llvm` runs it): the updated parameters reach the resident
/// state (loop kernels never write over their inputs, so the updates are copied back).
@Suite("Walrus training on the LLVM backend", .serialized)
struct LLVMTrainingTests {
    /// One update on each backend from the same parameters and batch.
    ///
    /// Loss and gradient norm: the same graph, summation order only: `1e-5` relative (as the
    /// fixture loss). Parameters: AdamW's first step moves each by `lr·g/(|g| + ε)` (magnitude ≤ lr)
    /// plus the same weight decay, so the backends agree except where a gradient is so close to 0
    /// that its sign depends on summation order; there they differ by ≤ 2·lr. So: at most 0.1 %
    /// of the elements may differ by more than `1e-5·(|θ| + lr)`, none by more than 2·lr. A
    /// parameter update that never reached the resident state would leave them where they started.
    @Test func oneUpdateMatchesBLAS() throws {
        let options = TrainingData.options(steps: 2)
        let blas = try WalrusTrainer(choice: TrainingData.choice, options: options, backend: BLASBackend())
        let llvm = try WalrusTrainer(choice: TrainingData.choice, options: options, backend: LLVMBackend())
        let start = llvm.parameters
        #expect(start == blas.parameters, "same seed, same initial parameters")
        let a = try blas.update(), b = try llvm.update()
        #expect(Swift.abs(a.loss - b.loss) <= 1e-5 * Swift.abs(a.loss), "loss \(b.loss) vs \(a.loss)")
        #expect(Swift.abs(a.gradientNorm - b.gradientNorm) <= 1e-5 * Swift.abs(a.gradientNorm),
                "gradient norm \(b.gradientNorm) vs \(a.gradientNorm)")
        let lr = a.learningRate
        let pa = blas.parameters, pb = llvm.parameters
        var total = 0, off = 0, worst = 0.0, moved = 0, movedBLAS = 0
        for (name, x) in pa {
            let y = try #require(pb[name]), s = try #require(start[name])
            for ((u, v), w) in zip(zip(x.doubles, y.doubles), s.doubles) {
                total += 1
                let d = Swift.abs(u - v)
                worst = Swift.max(worst, d)
                if d > 1e-5 * (Swift.abs(u) + lr) { off += 1 }
                if v != w { moved += 1 }
                if u != w { movedBLAS += 1 }
            }
        }
        #expect(worst <= 2 * lr * 1.001, "max |Δθ| \(worst) > 2·lr")
        #expect(Double(off) <= 0.001 * Double(total), "\(off) of \(total) parameter elements differ")
        // (Parameters of the unused 2-D/3-D encoders get no gradient and do not move on either.)
        #expect(movedBLAS > 0 && Double(moved) >= 0.999 * Double(movedBLAS),
                "\(moved) elements moved on the LLVM backend, \(movedBLAS) on BLAS, of \(total)")
    }
}

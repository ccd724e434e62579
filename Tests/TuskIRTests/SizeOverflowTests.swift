import Testing
@testable import TuskIR

/// Issue 11, item 1: element, byte and FLOP counts are checked — a size that overflows is a
/// `TuskError.shape` naming the op and the Swift line, never an arithmetic-overflow trap.
@Suite struct SizeOverflowTests {
    /// The `TuskError.shape` that `body` throws (recorded as an issue when it does not throw one).
    func shapeError(_ body: () throws -> Void) -> (op: String, message: String, location: TuskIR.SourceLocation?)? {
        do {
            try body()
            Issue.record("expected a size error")
        } catch let TuskError.shape(op, message, _, location) {
            return (op, message, location)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return nil
    }

    @Test func typeSizesAreChecked() {
        let huge = TensorType(.f32, [Int.max, 2])
        #expect(huge.checkedElementCount == nil && huge.checkedByteCount == nil)
        #expect(TensorType(.f32, [2_147_483_647, 2_147_483_647]).checkedByteCount == nil)
        #expect(TensorType(.f64, [3, 4]).checkedByteCount == 96)
        #expect(SizeArithmetic.formatBytes(512 << 30) == "512 GiB")
        #expect(SizeArithmetic.formatBytes(3 * (1 << 20) / 2) == "1.5 MiB")
    }

    /// Table row 1/5: a leaf of `f32[2147483647,2147483647]` (2⁶⁴ bytes) is refused where it is built.
    @Test func hugeLeafNamesTheLine() {
        let line = #line + 2
        let e = shapeError {
            _ = try Graph.trace("huge") { b in [("y", b.input("x", [2_147_483_647, 2_147_483_647]).exp())] }
        }
        #expect(e?.op == "input")
        #expect(e?.message.contains("too large") == true, "\(String(describing: e))")
        #expect(e?.location?.line == line)
    }

    /// A matmul whose result overflows (2³¹·64 × 64·2³¹), a reshape to an overflowing shape and a
    /// pad by Int.max are shape errors naming the op.
    @Test func overflowingResultsNameTheOp() {
        let line = #line + 4
        let matmul = shapeError {
            _ = try Graph.trace("mm") { b in
                let a = b.input("a", [2_147_483_647, 64]), c = b.input("b", [64, 2_147_483_647])
                return [("y", a.matmul(c))]
            }
        }
        #expect(matmul?.op == "matmul" && matmul?.location?.line == line, "\(String(describing: matmul))")
        let reshape = shapeError {
            _ = try Graph.trace("r") { b in [("y", b.input("x", [4]).reshape([Int.max, 4, 0]))] }
        }
        #expect(reshape?.op == "reshape")
        let pad = shapeError {
            _ = try Graph.trace("p") { b in [("y", b.input("x", [4]).pad(low: [1], high: [Int.max]))] }
        }
        #expect(pad?.op == "pad" && pad?.message.contains("overflows") == true, "\(String(describing: pad))")
    }

    /// Table row 1: `--stats` of a 2²¹-cubed matmul — every type fits, the FLOP count (2⁶⁴) does not.
    @Test func flopCountOverflowNamesTheOpAndLine() throws {
        let line = #line + 3
        let g = try Graph.trace("flops") { b in
            let a = b.input("a", [2_097_152, 2_097_152])
            return [("y", a.matmul(a))]
        }
        let e = shapeError { _ = try g.flops }
        #expect(e?.op == "matmul" && e?.message.contains("FLOP count") == true, "\(String(describing: e))")
        #expect(e?.location?.line == line)
        #expect(shapeError { _ = try g.flopsByOp }?.op == "matmul")
    }

    /// The naive peak of three 2⁶²-byte inputs overflows: an error, not a trap.
    @Test func peakLiveBytesOverflowIsAnError() throws {
        let g = try Graph.trace("peak") { b in
            let s = [2_147_483_647, 2_147_483_647]
            let x = b.input("x", s, .bool), y = b.input("y", s, .bool), z = b.input("z", s, .bool)
            return [("x", x), ("y", y), ("z", z)]
        }
        #expect(throws: TuskError.self) { _ = try g.naivePeakLiveBytes }
    }
}

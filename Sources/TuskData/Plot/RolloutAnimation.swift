import Foundation
import TuskIR

/// Prediction | truth | error of one field over a rollout, one frame per predicted step, as an
/// animated PNG. The colour ranges are fixed over the whole rollout (so a field that fades or
/// grows is seen doing so): prediction and truth share viridis over the finite min/max of both
/// at every shown step, the error uses the diverging map over ±max|error|. Non-finite values
/// are drawn mid-gray.
public enum RolloutAnimation {
    /// The frames: at most `maxFrames` steps, evenly spread and always including the first and
    /// the last. `cellSize` is the target size of a cell's longer side (integer upscaling).
    public static func frames(prediction: FieldSeries, truth: FieldSeries, field: String, cellSize: Int = 128,
                              maxFrames: Int = 60) throws -> (steps: [Int], images: [RGBImage]) {
        guard prediction.shape == truth.shape, prediction.fieldNames == truth.fieldNames else {
            throw TuskError.binding("animation: prediction \(prediction.shape) and truth \(truth.shape) differ")
        }
        guard let c = truth.fieldNames.firstIndex(of: field) else {
            throw TuskError.binding("animation: unknown field '\(field)' (fields: \(truth.fieldNames.joined(separator: ", ")))")
        }
        let n = truth.steps
        let count = min(n, max(maxFrames, 2))
        let steps = count == n ? Array(0..<n)
            : Array(Set((0..<count).map { Int((Double($0) * Double(n - 1) / Double(count - 1)).rounded()) })).sorted()
        let p = try steps.map { try FieldSlice(prediction, step: $0, channel: c) }
        let q = try steps.map { try FieldSlice(truth, step: $0, channel: c) }
        let e = try zip(p, q).map { a, b in try FieldSlice(nx: a.nx, ny: a.ny, values: zip(a.values, b.values).map { $0 - $1 }) }
        let ranges = (p + q).compactMap(\.range)
        let lo = ranges.map(\.lo).min() ?? 0, hi = ranges.map(\.hi).max() ?? 0
        let m = e.flatMap(\.values).lazy.filter { $0.isFinite }.map { abs(Double($0)) }.max() ?? 0
        let nx = p[0].nx, ny = p[0].ny
        let scale = max(1, cellSize / max(nx, ny))
        let sx = scale, sy = ny == 1 ? max(scale, 24) : scale
        let cw = nx * sx, ch = ny * sy
        let gap = 8, margin = 10, headerH = 28
        let width = max(2 * margin + 3 * cw + 2 * gap, 2 * margin + 60 * 6)
        let height = margin + headerH + ch + margin
        var images: [RGBImage] = []
        for (k, t) in steps.enumerated() {
            var img = RGBImage(width: width, height: height)
            img.text("STEP \(t + 1)/\(n)  \(field)  [\(PlotFormat.number(lo)), \(PlotFormat.number(hi))]  ERR +-\(PlotFormat.number(m))",
                     x: margin, y: margin, .black)
            for (j, title) in ["PREDICTION", "TRUTH", "ERROR"].enumerated() {
                img.text(title, x: margin + j * (cw + gap), y: margin + 13, .black)
            }
            let y = margin + headerH
            img.blit(Heatmap.render(p[k], lo: lo, hi: hi, scaleX: sx, scaleY: sy), x: margin, y: y)
            img.blit(Heatmap.render(q[k], lo: lo, hi: hi, scaleX: sx, scaleY: sy), x: margin + cw + gap, y: y)
            img.blit(Heatmap.render(e[k], lo: -m, hi: m, colormap: .diverging, scaleX: sx, scaleY: sy), x: margin + 2 * (cw + gap), y: y)
            images.append(img)
        }
        return (steps, images)
    }

    /// The APNG of `frames(…)`, each frame shown `delay` seconds (as a fraction `1/fps`).
    public static func apng(_ images: [RGBImage], framesPerSecond fps: UInt16 = 4) throws -> [UInt8] {
        guard let first = images.first else { throw TuskError.binding("animation: no frames") }
        return try PNGEncoder.encodeAnimation(width: first.width, height: first.height, frames: images.map(\.pixels),
                                              delayNumerator: 1, delayDenominator: max(fps, 1))
    }
}

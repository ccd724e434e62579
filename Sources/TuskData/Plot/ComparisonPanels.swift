import TuskIR

/// Prediction | truth | error panels for chosen steps and fields: one row per (step, field),
/// three heatmaps per row. Prediction and truth share one viridis range (the min/max of both);
/// the error `prediction − truth` uses the diverging map over ±max|error| (white = 0).
/// Labels use the built-in font: column titles on top and, above each row, the step
/// (1-based predicted step), the field name and the two colour ranges.
public enum ComparisonPanels {
    /// Renders the panels. `steps` are 0-based indices into the series, `fields` channel
    /// names; `cellSize` is the target size in pixels of a cell's longer side (integer
    /// upscaling, at least one pixel per grid point).
    public static func render(prediction: FieldSeries, truth: FieldSeries, steps: [Int], fields: [String],
                              cellSize: Int = 160) throws -> RGBImage {
        guard prediction.shape == truth.shape, prediction.fieldNames == truth.fieldNames else {
            throw TuskError.binding("panels: prediction \(prediction.shape) \(prediction.fieldNames) and truth \(truth.shape) \(truth.fieldNames) differ")
        }
        guard !steps.isEmpty, !fields.isEmpty else { throw TuskError.binding("panels: no steps or no fields chosen") }
        let channels = try fields.map { name -> Int in
            guard let c = truth.fieldNames.firstIndex(of: name) else {
                throw TuskError.binding("panels: unknown field '\(name)' (fields: \(truth.fieldNames))")
            }
            return c
        }
        for t in steps where t < 0 || t >= truth.steps {
            throw TuskError.binding("panels: step \(t) outside 0..<\(truth.steps)")
        }
        let s = truth.spatialShape
        let nx = s[0], ny = s.count > 1 ? s[1] : 1
        let scale = max(1, cellSize / max(nx, ny))
        let sx = scale, sy = ny == 1 ? max(scale, 24) : scale
        let cw = nx * sx, ch = ny * sy
        let gap = 8, margin = 10, labelH = 12, headerH = 16
        let width = max(2 * margin + 3 * cw + 2 * gap, 2 * margin + 60 * 6)
        let rows = steps.flatMap { t in channels.map { (t, $0) } }
        let height = margin + headerH + rows.count * (labelH + ch + gap) + margin
        var img = RGBImage(width: width, height: height)
        for (k, title) in ["PREDICTION", "TRUTH", "ERROR = PRED - TRUE"].enumerated() {
            img.text(title, x: margin + k * (cw + gap), y: margin, .black)
        }
        var y = margin + headerH
        for (t, c) in rows {
            let p = try FieldSlice(prediction, step: t, channel: c)
            let q = try FieldSlice(truth, step: t, channel: c)
            let e = try FieldSlice(nx: p.nx, ny: p.ny, values: zip(p.values, q.values).map { $0 - $1 })
            let lo = min(p.range?.lo ?? 0, q.range?.lo ?? 0), hi = max(p.range?.hi ?? 0, q.range?.hi ?? 0)
            let m = e.values.lazy.filter { $0.isFinite }.map { abs(Double($0)) }.max() ?? 0
            let label = "STEP \(t + 1)  \(truth.fieldNames[c])  [\(PlotFormat.number(lo)), \(PlotFormat.number(hi))]  ERR +-\(PlotFormat.number(m))"
            img.text(label, x: margin, y: y, .black)
            y += labelH
            img.blit(Heatmap.render(p, lo: lo, hi: hi, scaleX: sx, scaleY: sy), x: margin, y: y)
            img.blit(Heatmap.render(q, lo: lo, hi: hi, scaleX: sx, scaleY: sy), x: margin + cw + gap, y: y)
            img.blit(Heatmap.render(e, lo: -m, hi: m, colormap: .diverging, scaleX: sx, scaleY: sy),
                     x: margin + 2 * (cw + gap), y: y)
            y += ch + gap
        }
        return img
    }
}

import Foundation
import TuskIR

/// A line plot drawn into an RGB raster: axes with ticks and tick labels, a title, axis
/// labels, a legend, linear or logarithmic axes, vertical markers. Non-finite points break a
/// line; on a log axis non-positive values are skipped too.
public struct LinePlot: Sendable {
    /// One named curve.
    public struct Series: Sendable {
        public var name: String
        public var xs: [Double]
        public var ys: [Double]
        /// Colour index into `Colormap.tableau` (nil: the series' position).
        public var colorIndex: Int?
        /// Drawn dashed.
        public var dashed: Bool
        public init(name: String, xs: [Double], ys: [Double], colorIndex: Int? = nil, dashed: Bool = false) {
            self.name = name; self.xs = xs; self.ys = ys; self.colorIndex = colorIndex; self.dashed = dashed
        }
    }

    /// A labelled vertical line at `x` (red, dashed), e.g. where a rollout blows up.
    public struct Marker: Sendable {
        public var x: Double
        public var label: String
        public init(x: Double, label: String) { self.x = x; self.label = label }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var logY: Bool
    public var logX: Bool
    public var series: [Series]
    public var markers: [Marker]

    public init(title: String, xLabel: String, yLabel: String, logY: Bool = false, logX: Bool = false,
                series: [Series], markers: [Marker] = []) {
        self.title = title; self.xLabel = xLabel; self.yLabel = yLabel; self.logY = logY; self.logX = logX
        self.series = series; self.markers = markers
    }

    /// Per-field curves against the predicted step (1-based), plus their mean ("FULL", black).
    public static func metricCurves(_ curves: MetricCurves, logY: Bool = false) -> LinePlot {
        let xs = (1 ... max(curves.steps, 1)).map(Double.init)
        var s = curves.fieldNames.enumerated().map { k, name in
            Series(name: name, xs: xs, ys: curves.values.map { $0[k] })
        }
        s.append(Series(name: "FULL (MEAN)", xs: xs, ys: curves.fieldMean))
        return LinePlot(title: "\(curves.metric) VS STEP", xLabel: "PREDICTED STEP", yLabel: curves.metric, logY: logY, series: s)
    }

    /// The training loss against the optimizer step, log-scaled y.
    public static func trainingLoss(steps: [Int], losses: [Double]) -> LinePlot {
        LinePlot(title: "TRAINING LOSS", xLabel: "STEP", yLabel: "LOSS", logY: true,
                 series: [Series(name: "LOSS", xs: steps.map(Double.init), ys: losses)])
    }

    /// "Nice" linear ticks (1, 2, 5 × 10^k) covering [lo, hi], about `target` of them.
    public static func linearTicks(lo: Double, hi: Double, target: Int = 6) -> [Double] {
        guard hi > lo, lo.isFinite, hi.isFinite else { return [lo] }
        let raw = (hi - lo) / Double(max(target - 1, 1))
        let mag = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * mag }.first { $0 >= raw * 0.999 } ?? 10 * mag
        var t = (lo / step).rounded(.up) * step
        var out: [Double] = []
        while t <= hi + step * 1e-9 { out.append(abs(t) < step * 1e-9 ? 0 : t); t += step }
        return out
    }

    /// Decade ticks 10^k within [lo, hi] (lo > 0); with fewer than two decades, 2× and 5× too.
    public static func logTicks(lo: Double, hi: Double) -> [Double] {
        let a = Int(floor(log10(lo))), b = Int(ceil(log10(hi)))
        var out: [Double] = []
        let dense = b - a <= 2
        for e in a ... b {
            for m in dense ? [1.0, 2, 5] : [1.0] {
                let v = m * pow(10, Double(e))
                if v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12) { out.append(v) }
            }
        }
        return out
    }

    /// Renders the plot; throws when there is no finite point to draw.
    public func render(width: Int = 720, height: Int = 440) throws -> RGBImage {
        let left = 80, right = 20 + 0, top = 34, bottom = 50
        let pw = width - left - right, ph = height - top - bottom
        guard pw > 50, ph > 50 else { throw TuskError.binding("plot \(width)×\(height) is too small") }
        func usable(_ y: Double) -> Bool { y.isFinite && (!logY || y > 0) }
        func usableX(_ x: Double) -> Bool { x.isFinite && (!logX || x > 0) }
        let pts = series.flatMap { s in zip(s.xs, s.ys).filter { usableX($0.0) && usable($0.1) } }
        guard let x0 = pts.map(\.0).min(), let x1 = pts.map(\.0).max(),
              let y0 = pts.map(\.1).min(), let y1 = pts.map(\.1).max() else {
            throw TuskError.binding("plot '\(title)' has no finite\(logY ? " positive" : "") point to draw")
        }
        var xlo = x0, xhi = x1
        if logX {
            if xhi == xlo { xlo /= 2; xhi *= 2 }
        } else if xhi == xlo { xlo -= 1; xhi += 1 }
        var ylo: Double, yhi: Double
        if logY {
            ylo = pow(10, floor(log10(y0))); yhi = pow(10, ceil(log10(y1)))
            if yhi == ylo { yhi *= 10 }
        } else {
            let pad = y1 > y0 ? 0.05 * (y1 - y0) : max(abs(y0) * 0.1, 1)
            ylo = y0 - pad; yhi = y1 + pad
            if y0 >= 0 && ylo < 0 { ylo = 0 }
        }
        func px(_ x: Double) -> Int {
            let f = logX ? (log10(x) - log10(xlo)) / (log10(xhi) - log10(xlo)) : (x - xlo) / (xhi - xlo)
            return left + Int((f * Double(pw - 1)).rounded())
        }
        func py(_ y: Double) -> Int {
            let f = logY ? (log10(y) - log10(ylo)) / (log10(yhi) - log10(ylo)) : (y - ylo) / (yhi - ylo)
            return top + ph - 1 - Int((f * Double(ph - 1)).rounded())
        }
        var img = RGBImage(width: width, height: height)
        // Grid and ticks.
        let yt = logY ? LinePlot.logTicks(lo: ylo, hi: yhi) : LinePlot.linearTicks(lo: ylo, hi: yhi)
        for v in yt {
            let y = py(v)
            img.line(left, y, left + pw - 1, y, .lightGray)
            img.line(left - 5, y, left - 1, y, .black)
            let s = PlotFormat.number(v)
            img.text(s, x: left - 8 - BitmapFont.textWidth(s), y: y - 3, .black)
        }
        for v in logX ? LinePlot.logTicks(lo: xlo, hi: xhi) : LinePlot.linearTicks(lo: xlo, hi: xhi, target: 8) {
            let x = px(v)
            img.line(x, top, x, top + ph - 1, .lightGray)
            img.line(x, top + ph, x, top + ph + 4, .black)
            let s = PlotFormat.number(v)
            img.text(s, x: x - BitmapFont.textWidth(s) / 2, y: top + ph + 8, .black)
        }
        img.stroke(x: left, y: top, w: pw, h: ph, .black)
        // Labels.
        img.text(title, x: left + (pw - 2 * BitmapFont.textWidth(title)) / 2, y: 8, scale: 2, .black)
        img.text(xLabel, x: left + (pw - BitmapFont.textWidth(xLabel)) / 2, y: height - 16, .black)
        img.text(yLabel, x: 8, y: top + (ph + BitmapFont.textWidth(yLabel)) / 2, .black, vertical: true)
        // Curves.
        func colour(_ k: Int) -> RGB {
            let s = series[k]
            if k == series.count - 1 && s.name.hasPrefix("FULL") { return .black }
            return Colormap.tableau[(s.colorIndex ?? k) % Colormap.tableau.count]
        }
        for (k, s) in series.enumerated() {
            let c = colour(k)
            var prev: (Int, Int)?
            for (x, y) in zip(s.xs, s.ys) {
                guard usableX(x), usable(y) else { prev = nil; continue }
                let p = (px(x), py(y))
                if let q = prev { img.line(q.0, q.1, p.0, p.1, c, thickness: 2, dash: s.dashed ? 6 : 0) }
                else { img.fill(x: p.0 - 1, y: p.1 - 1, w: 3, h: 3, c) }
                prev = p
            }
        }
        // Markers.
        let red = RGB(214, 39, 40)
        for m in markers where usableX(m.x) && m.x >= xlo && m.x <= xhi {
            let x = px(m.x)
            img.line(x, top, x, top + ph - 1, red, thickness: 2, dash: 5)
            let tw = BitmapFont.textWidth(m.label)
            let tx = x + 6 + tw <= left + pw ? x + 6 : x - 6 - tw
            img.fill(x: tx - 2, y: top + ph - 22, w: tw + 4, h: 11, .white)
            img.text(m.label, x: tx, y: top + ph - 20, red)
        }
        // Legend (top right, inside the plot area).
        if series.count > 1 || !(series.first?.name.isEmpty ?? true) {
            let lw = (series.map { BitmapFont.textWidth($0.name) }.max() ?? 0) + 34
            let lx = left + pw - lw - 8, ly = top + 8
            img.fill(x: lx, y: ly, w: lw, h: 12 * series.count + 6, .white)
            img.stroke(x: lx, y: ly, w: lw, h: 12 * series.count + 6, .gray)
            for (k, s) in series.enumerated() {
                let c = colour(k)
                let y = ly + 6 + 12 * k
                img.line(lx + 6, y + 3, lx + 22, y + 3, c, thickness: 2, dash: s.dashed ? 4 : 0)
                img.text(s.name, x: lx + 28, y: y, .black)
            }
        }
        return img
    }
}

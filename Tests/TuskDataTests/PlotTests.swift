import Foundation
import Testing
import TuskTestSupport
import TuskIR
@testable import TuskData

@Suite struct PlotTests {
    @Test func checksumsMatchStandardCheckValues() {
        #expect(PNGEncoder.crc32(Array("123456789".utf8)) == 0xCBF4_3926) // CRC-32/ISO-HDLC check value
    }

    @Test func pngChunksHaveValidLengthsAndCRCs() throws {
        var img = RGBImage(width: 3, height: 2, background: .white)
        img.set(0, 0, RGB(255, 0, 0)); img.set(2, 1, RGB(0, 0, 255))
        let png = try img.png()
        let d = try PNGDecoder.decode(png)
        #expect(d.chunkTypes == ["IHDR", "IDAT", "IEND"])
        #expect(d.width == 3 && d.height == 2 && d.rgb == img.pixels)
        #expect(throws: TuskError.self) { try PNGEncoder.encode(width: 2, height: 2, rgb: [0, 0, 0]) }
        // The decoder is not a rubber stamp: a flipped data bit fails the chunk CRC.
        var bad = png
        bad[bad.count - 20] ^= 0x10
        #expect(throws: PNGDecodeError.self) { try PNGDecoder.decode(bad) }
    }

    /// A picture with gradients, noise and flat areas, so every filter has work to do.
    static func testImage(width: Int = 97, height: Int = 61) -> RGBImage {
        var img = RGBImage(width: width, height: height)
        var g = SplitMix64(seed: 7)
        for y in 0 ..< height {
            for x in 0 ..< width {
                let n = UInt8(truncatingIfNeeded: g.next() >> 56)
                img.set(x, y, x < width / 3 ? RGB(UInt8(x), UInt8(y), UInt8((x * y) % 256))
                        : x < 2 * width / 3 ? RGB(n, n &+ 1, 200) : .white)
            }
        }
        return img
    }

    /// Every filter strategy round-trips through the independent decoder (zlib inflate, the
    /// five unfilters written in the test support), and a fixed strategy really writes that
    /// filter type on every row, so each unfilter is exercised.
    @Test func everyFilterTypeDecodesToTheSamePixels() throws {
        let img = Self.testImage()
        let fixed: [PNGEncoder.FilterStrategy: UInt8] = [.none: 0, .sub: 1, .up: 2, .average: 3, .paeth: 4]
        var adaptiveTypes = Set<UInt8>()
        for strategy in PNGEncoder.FilterStrategy.allCases {
            let d = try PNGDecoder.decode(try PNGEncoder.encode(width: img.width, height: img.height, rgb: img.pixels, filter: strategy))
            #expect(d.rgb == img.pixels, "\(strategy)")
            if let t = fixed[strategy] { #expect(d.filterTypes == [UInt8](repeating: t, count: img.height), "\(strategy)") }
            else if strategy == .adaptive { adaptiveTypes = Set(d.filterTypes) }
        }
        #expect(adaptiveTypes.count >= 2, "the heuristic picks different filters on different rows: \(adaptiveTypes)")
    }

    /// Sizes of a 720×440 line plot and a demo-sized panel picture under each filter strategy
    /// (printed; Tusk uses `.smallest`, the smaller of the heuristic and no filter). Tens of KB,
    /// far below the 950 KB of the former stored encoding of a 720×440 plot.
    @Test func filterStrategiesSizes() throws {
        let curves = try MetricCurves(metric: "VRMSE", fieldNames: ["a", "b"],
                                      values: (0 ..< 50).map { (k: Int) -> [Double] in [0.05 * Double(k + 1), 0.3 + 0.2 * sin(Double(k))] })
        let plot = try LinePlot.metricCurves(curves, logY: true).render()
        let panels = try ComparisonPanels.render(prediction: try Self.demoSeries(shift: 0.2), truth: try Self.demoSeries(shift: 0),
                                                 steps: [0, 4, 9], fields: ["u", "v", "w", "p"], cellSize: 128)
        for (name, img) in [("plot 720x440", plot), ("panels \(panels.width)x\(panels.height)", panels)] {
            var line = "PNG sizes of \(name):"
            var sizes: [PNGEncoder.FilterStrategy: Int] = [:]
            for s in PNGEncoder.FilterStrategy.allCases {
                sizes[s] = try PNGEncoder.encode(width: img.width, height: img.height, rgb: img.pixels, filter: s).count
                line += " \(s) \(sizes[s]!)"
            }
            print(line)
            #expect(sizes[.smallest]! < 150_000)
            #expect(sizes[.smallest]! == min(sizes[.adaptive]!, sizes[.none]!))
        }
    }

    /// A 10-step, 4-field 32×32 series like the demo's (smooth waves plus a small ripple).
    static func demoSeries(shift: Double) throws -> FieldSeries {
        var v: [Float] = []
        for t in 0 ..< 10 { for i in 0 ..< 32 { for j in 0 ..< 32 { for c in 0 ..< 4 {
            let x = Double(i) / 32 * 2 * .pi, y = Double(j) / 32 * 2 * .pi
            v.append(Float(sin(x * Double(c + 1) + 0.3 * Double(t)) * cos(y) + shift * sin(5 * x + 3 * y)))
        } } } }
        return try FieldSeries(shape: [10, 32, 32, 4], values: v, fieldNames: ["u", "v", "w", "p"])
    }

    /// Live: PIL decodes our deflated PNG to the same pixels. Skipped with the reason printed when
    /// Python's PIL is not importable; a failure under TUSK_REQUIRE_CROSSCHECKS=1 (`make test`).
    @Test(CrossChecks.enabled(pythonHas("PIL"), "Python with Pillow", key: "pillow"))
    func pythonDecodesOurPNG() throws {
        try CrossChecks.require(pythonHas("PIL"), "Python with Pillow")
        let img = Self.testImage(width: 160, height: 150)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-plot-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try img.writePNG(to: path)
        let r = try #require(runPython("""
        import sys, hashlib
        from PIL import Image
        im = Image.open(sys.argv[1]); im.load()
        print(im.mode, im.size[0], im.size[1], hashlib.sha256(im.tobytes()).hexdigest())
        """, [path]))
        #expect(r.status == 0, "python: \(r.err)")
        let words = r.out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        #expect(words.count == 4)
        #expect(words.prefix(3) == ["RGB", "160", "150"])
        // Pixel-exact: hash our raw pixels the same way.
        let h = try #require(runPython("import sys, hashlib; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())",
                                       [try writeRaw(img.pixels)]))
        #expect(words.last == h.out.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func writeRaw(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-raw-\(UUID().uuidString).bin").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func fontGlyphsAreFiveBySeven() {
        for (ch, rows) in BitmapFont.glyphs {
            #expect(rows.count == 7, "glyph \(ch)")
            #expect(rows.allSatisfy { $0 < 32 }, "glyph \(ch) wider than 5")
        }
        #expect(BitmapFont.rows("a") == BitmapFont.rows("A"))
        #expect(BitmapFont.textWidth("AB") == 11)
    }

    @Test func colormapsEndpointsAndCentre() {
        #expect(Colormap.viridis.color(0) == RGB(68, 1, 84))
        #expect(Colormap.viridis.color(1) == RGB(253, 231, 37))
        #expect(Colormap.viridis.color(-3) == RGB(68, 1, 84)) // clamped
        #expect(Colormap.diverging.color(0, lo: -2, hi: 2) == .white) // zero error is white
        #expect(Colormap.viridis.color(.nan) == .gray)
    }

    /// Heatmaps put x to the right and y up: the point (x = nx−1, y = 0) is bottom-right.
    @Test func heatmapOrientation() throws {
        var v = [Float](repeating: 0, count: 4 * 3)
        v[3 * 3 + 0] = 1 // x = 3, y = 0
        let img = Heatmap.render(try FieldSlice(nx: 4, ny: 3, values: v), lo: 0, hi: 1, scaleX: 2, scaleY: 2)
        #expect(img.width == 8 && img.height == 6)
        #expect(img.pixel(7, 5) == Colormap.viridis.color(1))
        #expect(img.pixel(0, 0) == Colormap.viridis.color(0))
        #expect(img.pixel(7, 0) == Colormap.viridis.color(0))
    }

    @Test func ticksAndNumberFormat() {
        #expect(LinePlot.linearTicks(lo: 0, hi: 1) == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1])
        #expect(LinePlot.linearTicks(lo: 1, hi: 100, target: 8) == [20, 40, 60, 80, 100])
        #expect(LinePlot.logTicks(lo: 1e-4, hi: 1) == [1e-4, 1e-3, 1e-2, 1e-1, 1])
        #expect(LinePlot.logTicks(lo: 0.1, hi: 10) == [0.1, 0.2, 0.5, 1, 2, 5, 10])
        #expect(PlotFormat.number(0) == "0")
        #expect(PlotFormat.number(0.25) == "0.25")
        #expect(PlotFormat.number(1500) == "1500")
        #expect(PlotFormat.number(1e-5) == "1E-5")
        #expect(PlotFormat.number(-2.5e6) == "-2.5E6")
        #expect(PlotFormat.number(9.999e-4) == "1E-3")
    }

    /// Renders the three picture kinds (written to $TMPDIR/tusk-plot-demo-*.png for viewing)
    /// and checks their layout: zero error is white in the error panel, curves are drawn.
    @Test func picturesRender() throws {
        let nx = 32, ny = 16
        var truth: [Float] = [], pred: [Float] = []
        for t in 0 ..< 2 {
            for i in 0 ..< nx {
                for j in 0 ..< ny {
                    let x = Double(i) / Double(nx) * 2 * .pi, y = Double(j) / Double(ny) * 2 * .pi
                    let a = sin(x + 0.3 * Double(t)) * cos(y), b = cos(x) * sin(2 * y)
                    truth += [Float(a), Float(b)]
                    pred += [Float(a + 0.1 * sin(3 * x)), Float(b)]
                }
            }
        }
        let names = ["velocity_x", "velocity_y"]
        let p = try FieldSeries(shape: [2, nx, ny, 2], values: pred, fieldNames: names)
        let q = try FieldSeries(shape: [2, nx, ny, 2], values: truth, fieldNames: names)
        let panels = try ComparisonPanels.render(prediction: p, truth: q, steps: [0, 1], fields: names, cellSize: 128)
        let tmp = FileManager.default.temporaryDirectory.path
        try panels.writePNG(to: "\(tmp)/tusk-plot-demo-panels.png")
        // Cell scale 128/32 = 4 → cells 128×64; row 2 (step 1, velocity_y) has zero error: its
        // error cell is white. Geometry: margin 10, header 16, rows of 12 + 64 + 8.
        let cellX = 10 + 2 * (128 + 8)
        let row4Y = 10 + 16 + 3 * (12 + 64 + 8) + 12
        #expect(panels.pixel(cellX + 64, row4Y + 32) == .white)
        #expect(panels.pixel(cellX + 10, 10 + 16 + 12 + 32) != .white) // step 1 velocity_x has error (0.1·sin(3x) ≠ 0 at x = 2·2π/32)
        #expect(throws: TuskError.self) { try ComparisonPanels.render(prediction: p, truth: q, steps: [0], fields: ["rho"]) }

        let curves = try MetricCurves(metric: "VRMSE", fieldNames: names,
                                      values: (0 ..< 20).map { (k: Int) -> [Double] in [0.05 * Double(k + 1), 0.02 * Double(k) + 0.1] })
        let vr = try LinePlot.metricCurves(curves).render()
        try vr.writePNG(to: "\(tmp)/tusk-plot-demo-vrmse.png")
        #expect(vr.width == 720 && vr.height == 440)
        let losses: [Double] = (0 ..< 200).map { (k: Int) -> Double in 3 * exp(-Double(k) / 40) + 0.01 }
        let loss = try LinePlot.trainingLoss(steps: Array(0 ..< 200), losses: losses).render()
        try loss.writePNG(to: "\(tmp)/tusk-plot-demo-loss.png")
        // The loss curve starts near the top-left of the plot area: some pixel in the first
        // columns of the plot is the series colour.
        let blue = Colormap.tableau[0]
        let hit = (34 ..< 390).contains { (y: Int) -> Bool in loss.pixel(81, y) == blue || loss.pixel(82, y) == blue }
        #expect(hit)
        #expect(throws: TuskError.self) { try LinePlot.trainingLoss(steps: [1], losses: [-1]).render() }
        for (name, img) in [("panels", panels), ("vrmse", vr), ("loss", loss)] {
            let d = try PNGDecoder.decode(path: "\(tmp)/tusk-plot-demo-\(name).png")
            #expect(d.width == img.width && d.height == img.height && d.rgb == img.pixels, "\(name)")
        }
    }
}

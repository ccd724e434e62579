import Foundation
import Testing
import TuskTestSupport
import TuskIR
@testable import TuskData

@Suite struct PlotTests {
    @Test func checksumsMatchStandardCheckValues() {
        #expect(PNGEncoder.crc32(Array("123456789".utf8)) == 0xCBF4_3926) // CRC-32/ISO-HDLC check value
        #expect(PNGEncoder.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398) // RFC 1950 example
        #expect(PNGEncoder.adler32([]) == 1)
        // Long input: exercises the modulo batching (value computed with Python's zlib.adler32).
        let long = (0 ..< 100_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        #expect(PNGEncoder.adler32(long) == 0x2DFB_940F)
    }

    @Test func pngChunksHaveValidLengthsAndCRCs() throws {
        var img = RGBImage(width: 3, height: 2, background: .white)
        img.set(0, 0, RGB(255, 0, 0)); img.set(2, 1, RGB(0, 0, 255))
        let png = try img.png()
        #expect(Array(png[0 ..< 8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var o = 8
        var types: [String] = []
        while o < png.count {
            let len = png[o ..< o + 4].reduce(0) { $0 << 8 | Int($1) }
            let body = Array(png[o + 4 ..< o + 8 + len])
            let crc = png[o + 8 + len ..< o + 12 + len].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            #expect(PNGEncoder.crc32(body) == crc)
            types.append(String(decoding: body[0 ..< 4], as: UTF8.self))
            o += 12 + len
        }
        #expect(o == png.count)
        #expect(types == ["IHDR", "IDAT", "IEND"])
        #expect(throws: TuskError.self) { try PNGEncoder.encode(width: 2, height: 2, rgb: [0, 0, 0]) }
    }

    /// Live: Python's zlib inflates our stored-block stream (several 64 KiB blocks) and PIL
    /// decodes the PNG to the same pixels. Skipped when PIL is not importable.
    @Test(CrossChecks.enabled(pythonHas("PIL, zlib"), "Python with Pillow", key: "pillow"))
    func pythonDecodesOurPNG() throws {
        try CrossChecks.require(pythonHas("PIL, zlib"), "Python with Pillow")
        var img = RGBImage(width: 160, height: 150) // 160·3+1 bytes × 150 rows = 72 150 bytes: two blocks
        for y in 0 ..< 150 { for x in 0 ..< 160 { img.set(x, y, RGB(UInt8(x), UInt8(y), UInt8((x * y) % 256))) } }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-plot-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try img.writePNG(to: path)
        let r = try #require(runPython("""
        import sys, zlib, hashlib
        from PIL import Image
        im = Image.open(sys.argv[1]); im.load()
        data = open(sys.argv[1], 'rb').read()
        print(im.mode, im.size[0], im.size[1], hashlib.sha256(im.tobytes()).hexdigest())
        """, [path]))
        #expect(r.status == 0, "python: \(r.err)")
        let words = r.out.split(separator: " ").map(String.init)
        #expect(words.count == 4)
        #expect(words.prefix(3) == ["RGB", "160", "150"])
        let stream = try writeRaw(PNGEncoder.zlibStored((0 ..< 140_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }))
        let z = try #require(runPython("""
        import sys, zlib
        d = zlib.decompress(open(sys.argv[1], 'rb').read())
        print(len(d), all(d[i] == (i * 31) % 256 for i in range(len(d))))
        """, [stream]))
        #expect(z.out.trimmingCharacters(in: .whitespacesAndNewlines) == "140000 True") // three stored blocks
        // Pixel-exact: hash our raw pixels the same way.
        let h = try #require(runPython("import sys, hashlib; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())",
                                       [try writeRaw(img.pixels)]))
        #expect(words[3].trimmingCharacters(in: .whitespacesAndNewlines) == h.out.trimmingCharacters(in: .whitespacesAndNewlines))
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
    }
}

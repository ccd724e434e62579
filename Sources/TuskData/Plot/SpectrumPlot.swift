import Foundation
import TuskIR

/// `spectra.png`: one log–log plot per field (stacked top to bottom) of the isotropic power
/// spectrum against the wavenumber, truth solid and prediction dashed, one colour per step.
/// Bin 0 (the mean) has no place on a log axis and is left out; zero or non-finite power
/// (a blown-up prediction) breaks the line.
public enum SpectrumPlot {
    /// Renders `spectra`'s first `maxFields` fields, each plot `width`×`height`; `markers`
    /// (e.g. the patch frequency) are drawn on every plot.
    public static func render(_ spectra: RolloutSpectra, maxFields: Int = 4, width: Int = 720, height: Int = 360,
                              markers: [LinePlot.Marker] = []) throws -> RGBImage {
        let fields = Array(spectra.field_names.prefix(maxFields).enumerated())
        guard !fields.isEmpty else { throw TuskError.binding("spectra: no fields") }
        var img = RGBImage(width: width, height: height * fields.count)
        let ks = Array(spectra.wavenumber.dropFirst())
        for (row, (c, name)) in fields.enumerated() {
            var series: [LinePlot.Series] = []
            for (j, step) in spectra.steps.enumerated() {
                series.append(.init(name: "TRUE STEP \(step)", xs: ks, ys: Array(spectra.truth[j][c].dropFirst()), colorIndex: j))
                series.append(.init(name: "PRED STEP \(step)", xs: ks, ys: Array(spectra.prediction[j][c].dropFirst()),
                                    colorIndex: j, dashed: true))
            }
            let plot = LinePlot(title: "POWER SPECTRUM  \(name)", xLabel: "WAVENUMBER (MODES PER DOMAIN)", yLabel: "POWER",
                                logY: true, logX: true, series: series, markers: markers)
            do {
                img.blit(try plot.render(width: width, height: height), x: 0, y: row * height)
            } catch {
                // A field with no positive finite power (constant, or a blown-up prediction).
                img.text("POWER SPECTRUM  \(name): NO POSITIVE FINITE POWER TO PLOT", x: 20, y: row * height + height / 2, .black)
            }
        }
        return img
    }
}

import TuskIR

extension WellDataset {
    /// Reads sample `index` with the default stride (or `stride`), touching only the window's
    /// hyperslabs of each field.
    public func sample(_ index: Int, stride: Int? = nil) throws -> WellSample {
        let loc = try location(of: index, stride: stride)
        let meta = files[loc.fileIndex]
        let file = try HDF5File.open(loc.path)
        let root = try file.root()
        let frames = windowing.nIn + nOut
        let res = meta.resolution
        let variable = meta.variableFields
        let channels = variable.reduce(0) { $0 + $1.componentCount }
        // The grid comes from the file: its size, and the window's, are checked (overflow and
        // memory) before anything is allocated.
        let what = "sample \(index) (\(frames) frames of \(res) × \(channels) channels)"
        // The product of [frames] + res + [channels] taken factor by factor, as TensorData checks
        // its shapes: that it does not overflow bounds every prefix of the input/output shapes.
        guard let points = SizeArithmetic.product(res),
              let total = SizeArithmetic.product([frames] + res + [channels]),
              let gridCount = SizeArithmetic.multiply(points, res.count)
        else { throw TuskError.file(path: loc.path, message: "\(what): the element count overflows Int") }
        try HDF5ReadLimit.check(count: max(total, gridCount), bytesPerElement: 4, file: loc.path, what: what)

        // Variable fields → [frames, P, C] then split.
        var all = [Float](repeating: 0, count: total)
        var offset = 0
        for field in variable {
            let data = try readFieldWindow(root, field, loc: loc, frames: frames, resolution: res)
            try checkNaN(data, field: field, loc: loc)
            let k = field.componentCount
            for t in 0..<frames {
                for p in 0..<points {
                    let src = (t * points + p) * k
                    let dst = (t * points + p) * channels + offset
                    for c in 0..<k { all[dst + c] = data[src + c] }
                }
            }
            offset += k
        }
        let split = windowing.nIn * points * channels
        let input = TensorData(Array(all[..<split]), shape: [windowing.nIn] + res + [channels])
        let output = TensorData(Array(all[split...]), shape: [nOut] + res + [channels])

        // Constant fields → [P, C_const].
        var constantFields: TensorData? = nil
        let constant = meta.constantFields
        if !constant.isEmpty {
            let cc = constant.reduce(0) { $0 + $1.componentCount }
            guard let constantCount = SizeArithmetic.multiply(points, cc) else {
                throw TuskError.file(path: loc.path, message: "\(what): the constant fields' element count overflows Int")
            }
            try HDF5ReadLimit.check(count: constantCount, bytesPerElement: 4, file: loc.path, what: "the constant fields of \(what)")
            var out = [Float](repeating: 0, count: constantCount)
            var off = 0
            for field in constant {
                let data = try readFieldWindow(root, field, loc: loc, frames: 1, resolution: res)
                try checkNaN(data, field: field, loc: loc)
                let k = field.componentCount
                for p in 0..<points { for c in 0..<k { out[p * cc + off + c] = data[p * k + c] } }
                off += k
            }
            constantFields = TensorData(out, shape: res + [cc])
        }

        // Scalars.
        let scalarGroup = try root.group("scalars")
        var varScalars: [[Float]] = [], constScalars: [Float] = []
        for s in meta.scalars {
            let ds = try scalarGroup.dataset(s.name)
            var start: [Int] = [], count: [Int] = [], step: [Int] = []
            if s.sampleVarying { start.append(loc.trajectory); count.append(1); step.append(1) }
            if s.timeVarying { start.append(loc.t0); count.append(frames); step.append(loc.stride) }
            let values = ds.shape.isEmpty ? try ds.readFloats()
                : (start.isEmpty ? try ds.readFloats() : try ds.readFloats(start: start, count: count, stride: step))
            try requireCount(values, s.timeVarying ? frames : 1, "scalar /scalars/\(s.name)", shape: ds.shape, loc: loc)
            if s.timeVarying { varScalars.append(values) } else { constScalars.append(values[0]) }
        }
        var inputScalars: TensorData? = nil, outputScalars: TensorData? = nil
        if !varScalars.isEmpty {
            let S = varScalars.count
            var flat = [Float](repeating: 0, count: frames * S)
            for (j, v) in varScalars.enumerated() { for t in 0..<frames { flat[t * S + j] = v[t] } }
            inputScalars = TensorData(Array(flat[..<(windowing.nIn * S)]), shape: [windowing.nIn, S])
            outputScalars = TensorData(Array(flat[(windowing.nIn * S)...]), shape: [nOut, S])
        }

        // Grids.
        let dims = try root.group("dimensions")
        let timeDS = try dims.dataset("time")
        let times = timeDS.shape.count == 2
            ? try timeDS.readFloats(start: [loc.trajectory, loc.t0], count: [1, frames], stride: [1, loc.stride])
            : try timeDS.readFloats(start: [loc.t0], count: [frames], stride: [loc.stride])
        let tmin = times.min() ?? 0
        let rel = times.map { $0 - tmin }
        let coords = try zip(meta.spatialDims, res).map { d, n in
            let ds = try dims.dataset(d)
            let values = try ds.readFloats()
            try requireCount(values, n, "coordinate dataset /dimensions/\(d)", shape: ds.shape, loc: loc)
            return values
        }
        let D = res.count
        var grid = [Float](repeating: 0, count: gridCount)
        for p in 0..<points {
            var rem = p
            for d in Swift.stride(from: D - 1, through: 0, by: -1) {
                grid[p * D + d] = coords[d][rem % res[d]]
                rem /= res[d]
            }
        }

        return WellSample(
            inputFields: input, outputFields: output, constantFields: constantFields,
            inputScalars: inputScalars, outputScalars: outputScalars,
            constantScalars: constScalars.isEmpty ? nil : TensorData(constScalars, shape: [constScalars.count]),
            boundaryConditions: meta.boundaryConditions,
            spaceGrid: TensorData(grid, shape: res + [D]),
            inputTimeGrid: Array(rel[..<windowing.nIn]), outputTimeGrid: Array(rel[windowing.nIn...]),
            fieldNames: meta.fieldNames, constantFieldNames: meta.constantFieldNames,
            constantScalarNames: meta.constantScalarNames, location: loc)
    }

    /// Reads `[frames, *res, D^order]` of one field (frames = 1 and no time axis for constant fields).
    func readFieldWindow(_ root: HDF5Group, _ field: WellField, loc: WellSampleLocation, frames: Int,
                         resolution: [Int]) throws -> [Float] {
        let ds = try root.group("t\(field.order)_fields").dataset(field.name)
        var start: [Int] = [], count: [Int] = [], step: [Int] = []
        if field.sampleVarying { start.append(loc.trajectory); count.append(1); step.append(1) }
        if field.timeVarying { start.append(loc.t0); count.append(frames); step.append(loc.stride) }
        let trailing = resolution + [Int](repeating: resolution.count, count: field.order)
        start += [Int](repeating: 0, count: trailing.count)
        count += trailing
        step += [Int](repeating: 1, count: trailing.count)
        return try ds.readFloats(start: start, count: count, stride: step)
    }

    /// Throws naming the file and dataset unless a read gave the `expected` element count that the
    /// metadata (read when the split was opened) implies: the file is reopened for every sample and
    /// may have been rewritten since, and the copies above index by the metadata's counts.
    private func requireCount(_ values: [Float], _ expected: Int, _ what: String, shape: [Int],
                              loc: WellSampleLocation) throws {
        guard values.count != expected else { return }
        throw TuskError.file(path: loc.path, message: "\(what) (shape \(shape)) gave \(values.count) values (trajectory \(loc.trajectory), window t0 \(loc.t0)), but the metadata read when the split was opened implies \(expected) (was the file rewritten since?)")
    }

    /// Throws naming the file, field and window when the data holds a NaN (unless `allowNaN`)
    /// or an infinity (always: no physical field is infinite, and the loss would be).
    private func checkNaN(_ data: [Float], field: WellField, loc: WellSampleLocation) throws {
        func report(_ what: String, _ isBad: (Float) -> Bool) throws {
            guard let i = data.firstIndex(where: isBad) else { return }
            let n = data.reduce(0) { $0 + (isBad($1) ? 1 : 0) }
            throw TuskError.file(path: loc.path, message: "\(what) in field \"\(field.name)\" (trajectory \(loc.trajectory), window t0 \(loc.t0), stride \(loc.stride)): \(n) of \(data.count) values, first at flat index \(i) (\(data[i]))")
        }
        if !allowNaN { try report("NaN", { $0.isNaN }) }
        try report("Inf", { $0.isInfinite })
    }
}

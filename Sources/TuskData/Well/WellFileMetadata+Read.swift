import TuskIR

/// Typed attribute access with errors that name the file, the object and what was expected.
extension HDF5AttributeOwner {
    func stringAttribute(_ name: String) throws -> String {
        switch try attribute(name) {
        case .string(let s): return s
        case .strings(let a) where a.count == 1: return a[0]
        case let other: throw schemaError("attribute \(path)@\(name) should be a string, found \(other.kind)")
        }
    }

    func stringListAttribute(_ name: String) throws -> [String] {
        switch try attribute(name) {
        case .strings(let a): return a
        case .string(let s): return [s]
        case .emptyList: return []
        case let other: throw schemaError("attribute \(path)@\(name) should be a list of strings, found \(other.kind)")
        }
    }

    func intAttribute(_ name: String) throws -> Int {
        switch try attribute(name) {
        case .int(let v): return Int(v)
        case .double(let v):
            // Int(exactly:) is nil for NaN, ±Inf, fractions and values beyond Int (Int(v) traps).
            guard let i = Int(exactly: v) else {
                throw schemaError("attribute \(path)@\(name) should be an integer, found \(v)")
            }
            return i
        case let other: throw schemaError("attribute \(path)@\(name) should be an integer, found \(other.kind)")
        }
    }

    func doubleAttribute(_ name: String) throws -> Double {
        switch try attribute(name) {
        case .double(let v): return v
        case .int(let v): return Double(v)
        case let other: throw schemaError("attribute \(path)@\(name) should be a number, found \(other.kind)")
        }
    }

    func boolAttribute(_ name: String) throws -> Bool {
        switch try attribute(name) {
        case .bool(let b): return b
        case .int(let v): return v != 0
        case let other: throw schemaError("attribute \(path)@\(name) should be a boolean, found \(other.kind)")
        }
    }

    func boolListAttribute(_ name: String) throws -> [Bool] {
        switch try attribute(name) {
        case .bools(let b): return b
        case .bool(let b): return [b]
        case .doubles(let d): return d.map { $0 != 0 }
        case .emptyList: return []
        case let other: throw schemaError("attribute \(path)@\(name) should be a list of booleans, found \(other.kind)")
        }
    }

    func schemaError(_ message: String) -> TuskError {
        TuskError.file(path: file.path, message: "not in The Well's schema: \(message)")
    }
}

extension WellFileMetadata {
    /// The groups every file of The Well has.
    public static let requiredGroups = ["dimensions", "boundary_conditions", "scalars", "t0_fields", "t1_fields", "t2_fields"]

    /// Reads and validates the metadata of one file (attributes, coordinates' sizes, dataset
    /// shapes, boundary masks); no field data is read.
    public init(path: String) throws {
        let file = try HDF5File.open(path)
        try self.init(file: file)
    }

    /// Reads and validates the metadata of an open file.
    public init(file: HDF5File) throws {
        let root = try file.root()
        for g in Self.requiredGroups where !root.contains(g) {
            throw TuskError.file(path: file.path, message: "not in The Well's schema: missing group /\(g)")
        }
        self.path = file.path
        datasetName = try root.stringAttribute("dataset_name")
        gridType = try root.stringAttribute("grid_type")
        nSpatialDims = try root.intAttribute("n_spatial_dims")
        nTrajectories = try root.intAttribute("n_trajectories")
        var params: [String: Double] = [:]
        if root.hasAttribute("simulation_parameters") {
            for p in try root.stringListAttribute("simulation_parameters") where root.hasAttribute(p) {
                params[p] = try root.doubleAttribute(p)
            }
        }
        simulationParameters = params

        // Dimensions and time.
        let dims = try root.group("dimensions")
        spatialDims = try dims.stringListAttribute("spatial_dims")
        guard spatialDims.count == nSpatialDims, (1...3).contains(nSpatialDims) else {
            throw root.schemaError("n_spatial_dims = \(nSpatialDims) but /dimensions@spatial_dims = \(spatialDims)")
        }
        resolution = try spatialDims.map { d in
            let ds = try dims.dataset(d)
            guard let n = ds.shape.last, ds.shape.count == 1 else {
                throw root.schemaError("coordinate dataset /dimensions/\(d) should be 1-D, has shape \(ds.shape)")
            }
            // A grid with no point along an axis has no samples; it also makes element counts
            // depend on the order of the factors ([2, 2⁶³−1, 0] overflows before it reaches 0).
            guard n >= 1 else {
                throw root.schemaError("coordinate dataset /dimensions/\(d) has 0 points: every spatial axis needs at least 1")
            }
            return n
        }
        let time = try dims.dataset("time")
        guard let steps = time.shape.last, (1...2).contains(time.shape.count) else {
            throw root.schemaError("/dimensions/time should be [T] or [B, T], has shape \(time.shape)")
        }
        nSteps = steps
        guard nTrajectories >= 1 else { throw root.schemaError("n_trajectories = \(nTrajectories)") }
        if time.shape.count == 2 && time.shape[0] != nTrajectories {
            throw root.schemaError("/dimensions/time has shape \(time.shape): a per-trajectory time grid needs [n_trajectories = \(nTrajectories), T]")
        }

        // Fields.
        let spatialDims = self.spatialDims, resolution = self.resolution
        let nTrajectories = self.nTrajectories, nSteps = self.nSteps
        var fields: [[WellField]] = []
        for order in 0..<3 {
            let group = try root.group("t\(order)_fields")
            let names = try group.stringListAttribute("field_names")
            fields.append(try names.map { name in
                try Self.readField(name, order: order, group: group, dims: spatialDims, resolution: resolution,
                                   trajectories: nTrajectories, steps: nSteps)
            })
        }
        self.fields = fields

        // Scalars.
        let scalarGroup = try root.group("scalars")
        scalars = try scalarGroup.stringListAttribute("field_names").map { name in
            let ds = try scalarGroup.dataset(name)
            // A null dataspace has shape [] like a scalar's, but no value to read.
            guard !ds.isNull else {
                throw root.schemaError("scalar /scalars/\(name) has a null dataspace (no value)")
            }
            let s = WellScalar(name: name, sampleVarying: try ds.boolAttribute("sample_varying"),
                               timeVarying: try ds.boolAttribute("time_varying"), shape: ds.shape)
            let expected = (s.sampleVarying ? [nTrajectories] : []) + (s.timeVarying ? [nSteps] : [])
            guard ds.shape == expected || (expected.isEmpty && ds.shape == [1]) else {
                throw root.schemaError("scalar /scalars/\(name) has shape \(ds.shape), expected \(expected)")
            }
            return s
        }

        (boundaryConditions, boundaryTypes) = try Self.decodeBoundaries(root.group("boundary_conditions"), dims: spatialDims,
                                                                        resolution: resolution)
    }

    static func readField(_ name: String, order: Int, group: HDF5Group, dims: [String], resolution: [Int],
                          trajectories: Int, steps: Int) throws -> WellField {
        let ds = try group.dataset(name)
        let sampleVarying = try ds.boolAttribute("sample_varying")
        let timeVarying = try ds.boolAttribute("time_varying")
        if ds.hasAttribute("dim_varying") {
            let dv = try ds.boolListAttribute("dim_varying")
            guard dv.allSatisfy({ $0 }) else {
                throw ds.schemaError("\(ds.path)@dim_varying = \(dv): fields constant along a spatial axis are not supported (the_well supports none either)")
            }
        }
        let d = dims.count
        let expected = (sampleVarying ? [trajectories] : []) + (timeVarying ? [steps] : []) + resolution
            + [Int](repeating: d, count: order)
        guard ds.shape == expected else {
            throw ds.schemaError("field \(ds.path) has shape \(ds.shape), expected \(expected) ([B][T] + resolution + [D]*\(order))")
        }
        guard ds.isFloatingPoint else {
            throw ds.schemaError("field \(ds.path) should be floating point")
        }
        return WellField(name: name, order: order, sampleVarying: sampleVarying, timeVarying: timeVarying,
                         shape: ds.shape, componentNames: componentNames(field: name, order: order, dims: dims))
    }

    /// the_well's `_padding_bcs`: start all OPEN; for each boundary group (name order) and each
    /// associated dim, set the lower/upper entry to the group's type if the mask's first/last slice
    /// along that dim is all True (WALL) or has any True (other types).
    /// A mask must have one entry per grid point along each associated dim (`resolution`).
    static func decodeBoundaries(_ group: HDF5Group, dims: [String], resolution: [Int]) throws -> ([[WellBoundary]], Set<String>) {
        var codes = [[WellBoundary]](repeating: [.open, .open], count: dims.count)
        var types = Set<String>()
        for name in try group.childNames() {
            let bc = try group.group(name)
            let typeName = try bc.stringAttribute("bc_type")
            guard let type = WellBoundary(name: typeName) else {
                throw bc.schemaError("\(bc.path)@bc_type = \"\(typeName)\" is not WALL, OPEN or PERIODIC")
            }
            types.insert(typeName.uppercased())
            let assoc = try bc.stringListAttribute("associated_dims")
            let maskDS = try bc.dataset("mask")
            // The mask's shape is checked against its axes before it is read, so a mask of a
            // huge or wrong shape is refused by its shape, not by its size.
            guard maskDS.shape.count == assoc.count else {
                throw bc.schemaError("\(maskDS.path) has shape \(maskDS.shape) for associated_dims \(assoc)")
            }
            var axes: [Int] = []
            for (k, dim) in assoc.enumerated() {
                guard let axis = dims.firstIndex(of: dim) else {
                    throw bc.schemaError("\(bc.path)@associated_dims names \"\(dim)\", not one of the spatial dims \(dims)")
                }
                let n = maskDS.shape[k]
                guard n == resolution[axis] else {
                    throw bc.schemaError("\(maskDS.path) has \(n) entries along \"\(dim)\" (shape \(maskDS.shape)), but the grid has \(resolution[axis]) points on that axis")
                }
                axes.append(axis)
            }
            let mask = try maskDS.readBools()
            for (k, axis) in axes.enumerated() {
                let n = maskDS.shape[k]
                guard n > 0 else { continue }
                for (side, index) in [(0, 0), (1, n - 1)] {
                    let slice = maskSlice(mask, shape: maskDS.shape, axis: k, index: index)
                    let hit = type == .wall ? slice.allSatisfy { $0 } : slice.contains(true)
                    if hit { codes[axis][side] = type }
                }
            }
        }
        return (codes, types)
    }

    /// The elements of a row-major boolean array with `axis` fixed at `index`.
    static func maskSlice(_ mask: [Bool], shape: [Int], axis: Int, index: Int) -> [Bool] {
        let inner = shape[(axis + 1)...].reduce(1, *)
        let outer = shape[..<axis].reduce(1, *)
        var out: [Bool] = []
        for o in 0..<outer {
            let base = (o * shape[axis] + index) * inner
            out.append(contentsOf: mask[base..<(base + inner)])
        }
        return out
    }
}

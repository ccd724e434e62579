import TuskIR

/// A boundary piece of a file being written: one `boundary_conditions/<name>` group.
public struct WellBoundarySpec: Hashable, Sendable {
    /// Group name (`x_periodic`, `x0_wall`, …).
    public var name: String
    /// `bc_type`.
    public var type: WellBoundary
    /// The spatial dim the mask is defined on.
    public var dim: String
    /// True where the boundary is defined (the end points the_well looks at).
    public var mask: [Bool]

    public init(name: String, type: WellBoundary, dim: String, mask: [Bool]) {
        self.name = name
        self.type = type
        self.dim = dim
        self.mask = mask
    }

    /// Both ends of `dim` (n points) are of `type`: `x_periodic`, `x_open`, `y_wall`.
    public static func bothEnds(_ type: WellBoundary, dim: String, count n: Int) -> WellBoundarySpec {
        var m = [Bool](repeating: false, count: n)
        m[0] = true
        m[n - 1] = true
        return WellBoundarySpec(name: "\(dim)_\(type.name.lowercased())", type: type, dim: dim, mask: m)
    }

    /// Only the lower (`x0_…`) or upper (`xL_…`) end.
    public static func oneEnd(_ type: WellBoundary, dim: String, count n: Int, upper: Bool) -> WellBoundarySpec {
        var m = [Bool](repeating: false, count: n)
        m[upper ? n - 1 : 0] = true
        return WellBoundarySpec(name: "\(dim)\(upper ? "L" : "0")_\(type.name.lowercased())", type: type, dim: dim, mask: m)
    }
}

/// A field's data for all trajectories of a file: `[B][T if timeVarying] + resolution + [D]*order`.
public struct WellFieldData: Sendable {
    public var name: String
    public var order: Int
    public var timeVarying: Bool
    public var values: [Float]

    public init(name: String, order: Int, timeVarying: Bool, values: [Float]) {
        self.name = name
        self.order = order
        self.timeVarying = timeVarying
        self.values = values
    }
}

/// Everything needed to write one file of The Well (all fields sample-varying, like the real data).
public struct WellFileContents: Sendable {
    public var datasetName: String
    public var gridType: String = "cartesian"
    public var spatialDims: [String]
    public var coordinates: [[Float]]
    public var time: [Float]
    public var nTrajectories: Int
    /// Root `simulation_parameters`, also written as constant `/scalars` (official checker rule).
    public var parameters: [(name: String, value: Double)]
    public var fields: [WellFieldData]
    public var boundaries: [WellBoundarySpec]

    public init(datasetName: String, spatialDims: [String], coordinates: [[Float]], time: [Float], nTrajectories: Int,
                parameters: [(name: String, value: Double)], fields: [WellFieldData], boundaries: [WellBoundarySpec]) {
        self.datasetName = datasetName
        self.spatialDims = spatialDims
        self.coordinates = coordinates
        self.time = time
        self.nTrajectories = nTrajectories
        self.parameters = parameters
        self.fields = fields
        self.boundaries = boundaries
    }

    /// Writes the file in The Well's schema with h5py's encodings. With `gzip`, field datasets are
    /// chunked one frame per chunk and deflate-compressed (level 4); otherwise contiguous.
    public func write(to path: String, gzip: Bool = false) throws {
        let resolution = coordinates.map(\.count)
        let D = spatialDims.count
        guard coordinates.count == D else { throw TuskError.file(path: path, message: "\(coordinates.count) coordinate arrays for \(D) dims") }
        let file = try HDF5File.create(path)
        let root = try file.root()
        try root.writeAttribute("dataset_name", .string(datasetName))
        try root.writeAttribute("grid_type", .string(gridType))
        try root.writeAttribute("n_spatial_dims", .int(Int64(D)))
        try root.writeAttribute("n_trajectories", .int(Int64(nTrajectories)))
        try root.writeAttribute("simulation_parameters", parameters.isEmpty ? .emptyList : .strings(parameters.map(\.name)))
        for p in parameters { try root.writeAttribute(p.name, .double(p.value)) }

        let dims = try root.createGroup("dimensions")
        try dims.writeAttribute("spatial_dims", .strings(spatialDims))
        for (d, c) in zip(spatialDims, coordinates) {
            let ds = try dims.createDataset(d, shape: [c.count], values: c)
            try ds.writeAttribute("sample_varying", .bool(false))
            try ds.writeAttribute("time_varying", .bool(false))
        }
        let t = try dims.createDataset("time", shape: [time.count], values: time)
        try t.writeAttribute("sample_varying", .bool(false))
        try t.writeAttribute("time_varying", .bool(true))

        let bcs = try root.createGroup("boundary_conditions")
        for b in boundaries {
            let g = try bcs.createGroup(b.name)
            try g.writeAttribute("bc_type", .string(b.type.name))
            try g.writeAttribute("associated_dims", .strings([b.dim]))
            try g.writeAttribute("associated_fields", .emptyList)
            try g.writeAttribute("sample_varying", .bool(false))
            try g.writeAttribute("time_varying", .bool(false))
            try g.createBoolDataset("mask", shape: [b.mask.count], values: b.mask)
        }

        let scalars = try root.createGroup("scalars")
        try scalars.writeAttribute("field_names", parameters.isEmpty ? .emptyList : .strings(parameters.map(\.name)))
        for p in parameters {
            let ds = try scalars.createDataset(p.name, shape: [], values: [Float(p.value)])
            try ds.writeAttribute("sample_varying", .bool(false))
            try ds.writeAttribute("time_varying", .bool(false))
        }

        for order in 0..<3 {
            let group = try root.createGroup("t\(order)_fields")
            let fs = fields.filter { $0.order == order }
            try group.writeAttribute("field_names", fs.isEmpty ? .emptyList : .strings(fs.map(\.name)))
            for f in fs {
                let shape = [nTrajectories] + (f.timeVarying ? [time.count] : []) + resolution
                    + [Int](repeating: D, count: order)
                guard shape.reduce(1, *) == f.values.count else {
                    throw TuskError.file(path: path, message: "field \(f.name): \(f.values.count) values for shape \(shape)")
                }
                let chunks = gzip ? [1] + (f.timeVarying ? [1] : []) + resolution + [Int](repeating: D, count: order) : nil
                let ds = try group.createDataset(f.name, shape: shape, values: f.values, chunks: chunks, gzipLevel: gzip ? 4 : nil)
                try ds.writeAttribute("sample_varying", .bool(true))
                try ds.writeAttribute("time_varying", .bool(f.timeVarying))
                try ds.writeAttribute("dim_varying", .bools([Bool](repeating: true, count: D)))
                if order == 2 {
                    try ds.writeAttribute("symmetric", .bool(false))
                    try ds.writeAttribute("antisymmetric", .bool(false))
                }
            }
        }
        try file.flush()
    }
}

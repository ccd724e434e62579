// libFuzzer target: The Well's HDF5 metadata reader and sample reader (`WellFileMetadata`,
// `WellDataset`, `WellDataset.sample`) over STRUCTURED inputs. The fuzzer's bytes are a list of
// choices that describe one file in The Well's schema with mutated metadata — root attributes of
// the wrong type or value (huge ints, NaN, 1e300, lists, null dataspaces, compounds), dataset
// shapes that are huge (up to 2^64−1), zero or mismatched, dtypes int/float/string/compound/enum,
// missing or extra groups and fields, boundary masks of the wrong length, rank or type, time
// grids of the wrong shape, dim_varying flags, and the windowing. Byte 0 everywhere is the valid
// file (the empty input describes it). The file is written with the HDF5 C API into a tmpfs
// folder, then opened with Tusk's reader: every input must read or throw a `TuskError`; a trap,
// a crash, an ASan report or another error type is a finding.
//
// Why not raw bytes: libhdf5 1.10.8 itself crashes on about 1 in 1,000 random files (in
// H5HG_read via H5Aread, and in H5Aexists), so a raw-bytes target cannot reach 0 crashes and
// mostly tests libhdf5. Built by scripts/fuzz.sh with Sources/TuskIR and TuskData's HDF5 and
// Well sources as one module, linked with libhdf5.
import CHDF5
import Foundation

/// The fuzzer's bytes read as a sequence of choices; past the end every choice is 0 (the valid one).
struct Choices {
    let bytes: [UInt8]
    var at = 0

    mutating func byte() -> UInt8 {
        defer { at += 1 }
        return at < bytes.count ? bytes[at] : 0
    }

    /// A choice in `0..<n`.
    mutating func pick(_ n: Int) -> Int { Int(byte()) % n }

    /// A size: `normal` (choice 0) or one of the odd sizes a broken file could hold.
    mutating func size(_ normal: UInt64) -> UInt64 {
        let odd: [UInt64] = [normal, 0, 1, normal + 1, max(normal, 1) - 1, 7, 2, 1 << 31, (1 << 32) + 1, 1 << 40,
                             1 << 62, UInt64(Int64.max), 1 << 63, UInt64.max - 1, 3, 5]
        return odd[pick(odd.count)]
    }

    /// An attribute value: `valid` (choice 0), missing (nil), or a value of another type or range.
    mutating func attr(_ valid: FuzzAttr) -> FuzzAttr? {
        switch pick(18) {
        case 0: return valid
        case 1: return nil
        case 2: return .string("x")
        case 3: return .int64(1)
        case 4: return .int64(Int64.max)
        case 5: return .int64(-1)
        case 6: return .double(.nan)
        case 7: return .double(1e300)
        case 8: return .double(2.5)
        case 9: return .strings(["x", "y", "z"])
        case 10: return .emptyList
        case 11: return .bools([true, false])
        case 12: return .doubles([1, 2])
        case 13: return .null
        case 14: return .compound
        case 15: return .uint64(UInt64.max)
        case 16: return .int64(Int64.min)
        default:
            if case .string(let s) = valid { return .fixedString(s) }
            return .double(-.infinity)
        }
    }

    /// A dtype: `valid` (choice 0) or another.
    mutating func dtype(_ valid: FuzzDType) -> FuzzDType {
        let b = pick(12)
        return b < 4 ? valid : FuzzDType.allCases[b % FuzzDType.allCases.count]
    }

    /// A shape: `valid` (choice 0), or with one axis resized, one axis added or dropped, or null.
    mutating func shape(_ valid: [UInt64]) -> [UInt64]? {
        switch pick(8) {
        case 0, 1, 2: return valid
        case 3: return nil
        case 4: return valid + [size(2)]
        case 5: return valid.isEmpty ? [size(1)] : Array(valid.dropLast())
        default:
            guard !valid.isEmpty else { return [size(1)] }
            var s = valid
            let axis = pick(s.count)
            s[axis] = size(s[axis])
            return s
        }
    }

    /// Values for a dataset: a ramp, or a ramp with a NaN, an Inf, or all true/zero.
    mutating func values() -> [Float] {
        let ramp = (0..<11).map { Float($0) / 10 }
        switch pick(6) {
        case 1: return ramp + [.nan]
        case 2: return [-.infinity] + ramp
        case 3: return [1]
        case 4: return [0]
        default: return ramp
        }
    }
}

/// Describes and writes one file from `c` at `path`; the windowing to read it with.
func writeWellFile(_ c: inout Choices, path: String) throws -> WellWindowing {
    typealias W = FuzzWriter
    let file = try W.check(H5Fcreate(path, 2 /* H5F_ACC_TRUNC */, hid_t(0), hid_t(0)))
    defer { H5Fclose(file) }
    func attr(_ obj: hid_t, _ name: String, _ valid: FuzzAttr) throws {
        if let v = c.attr(valid) { try W.attribute(obj, name, v) }
    }
    func group(_ name: String, skip: Bool) throws -> hid_t? {
        skip ? nil : try W.check(H5Gcreate2(file, name, hid_t(0), hid_t(0), hid_t(0)))
    }
    let nDims = [2, 1, 3, 0, 4][c.pick(5)]
    let dimNames = Array(["x", "y", "z", "w"].prefix(nDims))
    let resolution = dimNames.map { _ in c.size(4) }
    let steps = c.size(5), trajectories = c.size(1)
    let missingGroup = c.pick(8)  // 0: none missing; k: the k-th required group is left out
    try attr(file, "dataset_name", .string("toy"))
    try attr(file, "grid_type", .string("cartesian"))
    try attr(file, "n_spatial_dims", .int64(Int64(nDims)))
    try attr(file, "n_trajectories", .int64(Int64(bitPattern: trajectories)))
    try attr(file, "simulation_parameters", .strings(["alpha"]))
    try attr(file, "alpha", .double(0.5))
    if c.pick(4) == 3 { _ = try group("extra", skip: false).map { H5Gclose($0) } }

    if let dims = try group("dimensions", skip: missingGroup == 1) {
        defer { H5Gclose(dims) }
        try attr(dims, "spatial_dims", .strings(dimNames))
        for (d, n) in zip(dimNames, resolution) {
            let ds = try W.dataset(dims, d, dims: c.shape([n]), type: c.dtype(.float32), values: c.values())
            try attr(ds, "sample_varying", .bool(false))
            H5Dclose(ds)
        }
        let timeShape: [UInt64]? = switch c.pick(6) {
        case 1: [trajectories, steps]
        case 2: [trajectories + 1, steps]
        case 3: [5, 21]
        case 4: c.shape([steps])
        case 5: [steps, 1, 1]
        default: [steps]
        }
        let t = try W.dataset(dims, "time", dims: timeShape, type: c.dtype(.float32), values: c.values())
        try attr(t, "time_varying", .bool(true))
        H5Dclose(t)
    }

    if let bcs = try group("boundary_conditions", skip: missingGroup == 2) {
        defer { H5Gclose(bcs) }
        let count = (min(nDims, 2) + c.pick(4)) % 4
        for k in 0..<count {
            let g = try W.check(H5Gcreate2(bcs, "bc\(k)", hid_t(0), hid_t(0), hid_t(0)))
            defer { H5Gclose(g) }
            let types = ["PERIODIC", "OPEN", "WALL", "wall", "bogus", ""]
            let dim = dimNames.isEmpty ? "x" : dimNames[k % dimNames.count]
            try attr(g, "bc_type", .string(types[(k + c.pick(types.count)) % types.count]))
            let assoc: [String] = switch c.pick(6) {
            case 1: []
            case 2: [dim, dim]
            case 3: ["q"]
            case 4: dimNames
            default: [dim]
            }
            try attr(g, "associated_dims", .strings(assoc))
            let n = dimNames.firstIndex(of: dim).map { resolution[$0] } ?? 4
            let valid = assoc.map { a in dimNames.firstIndex(of: a).map { resolution[$0] } ?? n }
            let mask = try W.dataset(g, "mask", dims: c.shape(valid), type: c.dtype(.boolEnum), values: [1, 0, 0, 1, 1])
            H5Dclose(mask)
        }
    }

    if let scalars = try group("scalars", skip: missingGroup == 3) {
        defer { H5Gclose(scalars) }
        try attr(scalars, "field_names", .strings(["alpha"]))
        let ds = try W.dataset(scalars, "alpha", dims: c.shape([]), type: c.dtype(.float32), values: c.values())
        try attr(ds, "sample_varying", .bool(false))
        try attr(ds, "time_varying", .bool(false))
        H5Dclose(ds)
    }

    for order in 0..<3 {
        guard let g = try group("t\(order)_fields", skip: missingGroup == 4 + order) else { continue }
        defer { H5Gclose(g) }
        let count = ((order == 0 ? 1 : 0) + c.pick(3)) % 3
        let names = Array(["A", "B", "A"].prefix(count))
        var listed = names
        if c.pick(6) == 5 { listed.append("missing") }
        try attr(g, "field_names", listed.isEmpty ? .emptyList : .strings(listed))
        for name in Set(names).sorted() {
            let timeVarying = c.pick(4) != 3
            let valid = [trajectories] + (timeVarying ? [steps] : []) + resolution
                + [UInt64](repeating: UInt64(nDims), count: order)
            let ds = try W.dataset(g, name, dims: c.shape(valid), type: c.dtype(.float32), values: c.values())
            defer { H5Dclose(ds) }
            try attr(ds, "sample_varying", .bool(true))
            try attr(ds, "time_varying", .bool(timeVarying))
            try attr(ds, "dim_varying", .bools([Bool](repeating: true, count: nDims)))
        }
    }
    let nIn = 1 + c.pick(3), nOut = 1 + c.pick(3), stride = 1 + c.pick(3)
    return WellWindowing(nIn: nIn, nOut: nOut, stride: stride, fullTrajectory: c.pick(4) == 3, maxRolloutSteps: 1 + c.pick(4))
}

/// The tmpfs folder this process writes its file into (one file, rewritten per input).
let fuzzDirectory: String = {
    let dir = "/dev/shm/tusk-fuzz-well-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    HDF5Library.initialized
    // A read larger than this is refused with the numbers (the same check that compares a read
    // with the machine's memory), so that the fuzzer's 2 GB malloc limit is never what stops it.
    HDF5ReadLimit.maxBytes = 16 << 20
    return dir
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWellSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var c = Choices(bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let dir = fuzzDirectory, path = dir + "/sample.h5"
    let windowing: WellWindowing
    do { windowing = try writeWellFile(&c, path: path) } catch {
        _ = HDF5Library.takeErrorMessages()
        return 0  // libhdf5 refused to write this description: not a file to read
    }
    let sampleChoice = c.pick(4), strideChoice = c.pick(4), allowNaN = c.pick(2) == 1
    do {
        let meta = try WellFileMetadata(path: path)
        let ds = try WellDataset(directory: dir, windowing: windowing)
        ds.allowNaN = allowNaN
        // Reading the same file twice gives the same metadata (parameters compared bitwise: NaN ≠ NaN).
        var a = meta, b = ds.metadata
        guard a.simulationParameters.mapValues(\.bitPattern) == b.simulationParameters.mapValues(\.bitPattern) else {
            fatalError("the dataset's simulation parameters differ from the file's")
        }
        a.simulationParameters = [:]
        b.simulationParameters = [:]
        guard a == b else { fatalError("the dataset's metadata differs from the file's") }
        let index = [0, ds.count - 1, ds.count / 2, ds.count][sampleChoice]
        let stride: Int? = [nil, 1, 3, Int.max][strideChoice]
        let s = try ds.sample(index, stride: stride)
        let channels = meta.fieldNames.count
        guard s.inputFields.shape == [windowing.nIn] + meta.resolution + [channels],
              s.outputFields.shape == [ds.nOut] + meta.resolution + [channels]
        else { fatalError("sample shapes \(s.inputFields.shape), \(s.outputFields.shape) do not match the metadata") }
    } catch is TuskError {
        return 0
    } catch {
        fatalError("the reader threw a non-Tusk error: \(error)")
    }
    return 0
}

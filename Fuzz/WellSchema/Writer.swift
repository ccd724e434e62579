// The HDF5 C-API writer of the WellSchema fuzz target: attributes and datasets of any of the
// types a hostile or broken file of The Well could hold (h5py's encodings, but also int32,
// uint64, fixed-length strings, compounds, null dataspaces, huge or zero dimensions). Tusk's own
// writer only writes valid files, so the target writes through libhdf5 directly.
import CHDF5
import Foundation

/// A value for an attribute, in every encoding the target mutates between.
enum FuzzAttr {
    case string(String)
    case fixedString(String)
    case strings([String])
    case int64(Int64)
    case uint64(UInt64)
    case double(Double)
    case doubles([Double])
    case bool(Bool)
    case bools([Bool])
    /// h5py's empty list: float64 of shape (0,).
    case emptyList
    /// An attribute with a null dataspace (no elements, not even a scalar).
    case null
    /// A compound {f64, i64} scalar.
    case compound
}

/// The element type of a dataset.
enum FuzzDType: CaseIterable {
    case float32, float64, int32, int8, boolEnum, vlenString, compound, uint64
}

/// Writes one fuzzed file through the C API; every failure is `FuzzWriteFailed` (the input then
/// describes a file libhdf5 itself refuses to write, and is skipped).
struct FuzzWriter {
    struct Failed: Error {}
    /// Datasets larger than this many elements are created chunked and left unwritten (reads
    /// return the fill value), so a huge shape costs no disk or time to write.
    static let maxWrittenElements: UInt64 = 1 << 16

    static func check(_ id: hid_t) throws -> hid_t {
        guard id >= 0 else { throw Failed() }
        return id
    }

    static func check(_ status: herr_t) throws {
        guard status >= 0 else { throw Failed() }
    }

    static func boolEnum() throws -> hid_t {
        let t = try check(H5Tenum_create(H5T_NATIVE_INT8_g))
        var f: Int8 = 0, t1: Int8 = 1
        try check(H5Tenum_insert(t, "FALSE", &f))
        try check(H5Tenum_insert(t, "TRUE", &t1))
        return t
    }

    static func vlenString() throws -> hid_t {
        let t = try check(H5Tcopy(H5T_C_S1_g))
        try check(H5Tset_size(t, Int(bitPattern: UInt.max)))
        try check(H5Tset_cset(t, H5T_CSET_UTF8))
        return t
    }

    static func compoundType() throws -> hid_t {
        let t = try check(H5Tcreate(H5T_COMPOUND, 16))
        try check(H5Tinsert(t, "a", 0, H5T_IEEE_F64LE_g))
        try check(H5Tinsert(t, "b", 8, H5T_STD_I64LE_g))
        return t
    }

    static func space(_ dims: [UInt64]?, unlimited: Bool = false) throws -> hid_t {
        guard let dims else { return try check(H5Screate(H5S_NULL)) }
        if dims.isEmpty { return try check(H5Screate(H5S_SCALAR)) }
        let maxdims = unlimited ? [UInt64](repeating: UInt64.max, count: dims.count) : dims
        return try check(H5Screate_simple(Int32(dims.count), dims, maxdims))
    }

    /// Writes attribute `name` on `obj` (replacing nothing: names are unique per object here).
    static func attribute(_ obj: hid_t, _ name: String, _ value: FuzzAttr) throws {
        func write(_ type: hid_t, _ dims: [UInt64]?, _ memType: hid_t, _ bytes: UnsafeRawPointer?) throws {
            let s = try space(dims)
            defer { H5Sclose(s) }
            let a = try check(H5Acreate2(obj, name, type, s, hid_t(0), hid_t(0)))
            defer { H5Aclose(a) }
            if let bytes { try check(H5Awrite(a, memType, bytes)) }
        }
        switch value {
        case .string(let v), .fixedString(let v):
            if case .fixedString = value {
                let t = try check(H5Tcopy(H5T_C_S1_g))
                defer { H5Tclose(t) }
                try check(H5Tset_size(t, max(1, v.utf8.count)))
                var bytes = Array(v.utf8)
                if bytes.isEmpty { bytes = [0] }
                try write(t, [], t, bytes)
            } else {
                try strings(obj, name, [v], dims: [])
            }
        case .strings(let v): try strings(obj, name, v, dims: [UInt64(v.count)])
        case .int64(var v): try write(H5T_STD_I64LE_g, [], H5T_NATIVE_INT64_g, &v)
        case .uint64(var v): try write(H5T_STD_U64LE_g, [], H5T_NATIVE_UINT64_g, &v)
        case .double(var v): try write(H5T_IEEE_F64LE_g, [], H5T_NATIVE_DOUBLE_g, &v)
        case .doubles(let v): try v.withUnsafeBytes { try write(H5T_IEEE_F64LE_g, [UInt64(v.count)], H5T_NATIVE_DOUBLE_g, $0.baseAddress) }
        case .bool(let v):
            let e = try boolEnum()
            defer { H5Tclose(e) }
            var b: Int8 = v ? 1 : 0
            try write(e, [], e, &b)
        case .bools(let v):
            let e = try boolEnum()
            defer { H5Tclose(e) }
            let b: [Int8] = v.map { $0 ? 1 : 0 }
            try write(e, [UInt64(b.count)], e, b)
        case .emptyList: try write(H5T_IEEE_F64LE_g, [0], H5T_NATIVE_DOUBLE_g, nil)
        case .null: try write(H5T_STD_I64LE_g, nil, H5T_NATIVE_INT64_g, nil)
        case .compound:
            let t = try compoundType()
            defer { H5Tclose(t) }
            var bytes = [UInt8](repeating: 0, count: 16)
            bytes[0] = 1
            try write(t, [], t, bytes)
        }
    }

    private static func strings(_ obj: hid_t, _ name: String, _ values: [String], dims: [UInt64]) throws {
        let t = try vlenString()
        defer { H5Tclose(t) }
        let s = try space(values.isEmpty ? [0] : dims)
        defer { H5Sclose(s) }
        let a = try check(H5Acreate2(obj, name, t, s, hid_t(0), hid_t(0)))
        defer { H5Aclose(a) }
        guard !values.isEmpty else { return }
        var pointers: [UnsafeMutablePointer<CChar>?] = values.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        try check(H5Awrite(a, t, &pointers))
    }

    /// Creates dataset `name` of `type` and shape `dims` (nil: a null dataspace) in `loc`, writes
    /// `values` (cycled) when it is small and numeric or boolean, and returns its id (to close).
    static func dataset(_ loc: hid_t, _ name: String, dims: [UInt64]?, type: FuzzDType, values: [Float]) throws -> hid_t {
        let count: UInt64? = dims.map { d in
            d.reduce(UInt64(1)) { acc, x in let (p, o) = acc.multipliedReportingOverflow(by: x); return o ? UInt64.max : p }
        }
        let small = (count ?? 0) <= maxWrittenElements
        let fileType: hid_t
        var owned: hid_t? = nil
        switch type {
        case .float32: fileType = H5T_IEEE_F32LE_g
        case .float64: fileType = H5T_IEEE_F64LE_g
        case .int32: fileType = H5T_STD_I32LE_g
        case .int8: fileType = H5T_STD_I8LE_g
        case .uint64: fileType = H5T_STD_U64LE_g
        case .boolEnum: owned = try boolEnum(); fileType = owned!
        case .vlenString: owned = try vlenString(); fileType = owned!
        case .compound: owned = try compoundType(); fileType = owned!
        }
        defer { if let owned { H5Tclose(owned) } }
        let chunked = !small && !(dims ?? []).isEmpty
        let s = try space(dims, unlimited: chunked)
        defer { H5Sclose(s) }
        let dcpl = try check(H5Pcreate(H5P_CLS_DATASET_CREATE_ID_g))
        defer { H5Pclose(dcpl) }
        if chunked {
            // Chunks of up to 64 elements per axis and 2^16 in all: few chunks for a read of fill values.
            var budget: UInt64 = 1 << 16
            let chunk = dims!.reversed().map { n -> UInt64 in let c = max(1, min(n, 64, budget)); budget = max(1, budget / c); return c }.reversed() as [UInt64]
            try check(H5Pset_chunk(dcpl, Int32(chunk.count), chunk))
        }
        let d = try check(H5Dcreate2(loc, name, fileType, s, hid_t(0), dcpl, hid_t(0)))
        guard small, let count, count > 0, !values.isEmpty else { return d }
        let n = Int(count)
        let cycled = (0..<n).map { values[$0 % values.count] }
        switch type {
        case .float32, .float64, .int32, .int8, .uint64:
            // Float → integer conversion of NaN/Inf may be refused by libhdf5: then the data stays
            // the fill value, still a well-formed file.
            _ = H5Dwrite(d, H5T_NATIVE_FLOAT_g, hid_t(0), hid_t(0), hid_t(0), cycled)
            _ = H5Eclear2(hid_t(0))
        case .boolEnum:
            let b: [Int8] = cycled.map { $0 != 0 ? 1 : 0 }
            try check(H5Dwrite(d, fileType, hid_t(0), hid_t(0), hid_t(0), b))
        case .vlenString, .compound:
            break  // left as the fill value: the reader must refuse the type, not the data
        }
        return d
    }
}

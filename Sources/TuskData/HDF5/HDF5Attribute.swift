import CHDF5
import Foundation
import TuskIR

/// The value of an HDF5 attribute, in the encodings h5py writes (and The Well uses).
public enum HDF5AttributeValue: Hashable, Sendable {
    /// A scalar variable- or fixed-length string.
    case string(String)
    /// A one-dimensional string array.
    case strings([String])
    /// A scalar integer.
    case int(Int64)
    /// A scalar float.
    case double(Double)
    /// A non-scalar numeric array (integers converted to Double).
    case doubles([Double])
    /// A scalar h5py boolean (enum on int8, FALSE=0/TRUE=1).
    case bool(Bool)
    /// A boolean array.
    case bools([Bool])
    /// A zero-element attribute of any type: h5py writes an empty Python list as a float64 `(0,)`.
    case emptyList

    /// A short description of the kind of value, for error messages.
    public var kind: String {
        switch self {
        case .string: "a string"
        case .strings: "a string list"
        case .int: "an integer"
        case .double: "a float"
        case .doubles: "a numeric array"
        case .bool: "a boolean"
        case .bools: "a boolean array"
        case .emptyList: "an empty list"
        }
    }
}

extension HDF5AttributeOwner {
    private var objectName: String { path }

    /// Whether the attribute `name` exists on this object.
    public func hasAttribute(_ name: String) -> Bool {
        let r = H5Aexists(objectID, name)
        _ = HDF5Library.takeErrorMessages()
        return r > 0
    }

    /// The names of all attributes on this object, in name order.
    public func attributeNames() throws -> [String] {
        var info = H5O_info_t()
        try h5check(H5Oget_info2(objectID, &info, UInt32(H5O_INFO_NUM_ATTRS)), file: file.path,
                    object: objectName, action: "list the attributes of")
        var names: [String] = []
        for i in 0..<info.num_attrs {
            let n = H5Aget_name_by_idx(objectID, ".", H5_INDEX_NAME, H5_ITER_INC, i, nil, 0, hid_t(0))
            guard n >= 0 else { throw HDF5Library.error(file: file.path, object: objectName, action: "list the attributes of") }
            var buffer = [CChar](repeating: 0, count: Int(n) + 1)
            _ = H5Aget_name_by_idx(objectID, ".", H5_INDEX_NAME, H5_ITER_INC, i, &buffer, buffer.count, hid_t(0))
            names.append(String(decoding: buffer.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return names
    }

    /// Reads the attribute `name`; a missing attribute is an error naming the file and `path@name`.
    public func attribute(_ name: String) throws -> HDF5AttributeValue {
        let where_ = "attribute \(objectName)@\(name)"
        guard hasAttribute(name) else { throw TuskError.file(path: file.path, message: "missing \(where_)") }
        let attr = try HDF5Handle.check(H5Aopen(objectID, name, hid_t(0)), file: file.path, object: where_,
                                        action: "open", closer: { H5Aclose($0) })
        let space = try HDF5Handle.dataspace(H5Aget_space(attr.id), file: file.path, object: where_)
        let type = try HDF5Handle.datatype(H5Aget_type(attr.id), file: file.path, object: where_)
        // A null dataspace reads "successfully" without touching the buffer (a fake 0, false or "").
        guard !h5isNull(space.id) else {
            throw TuskError.file(path: file.path, message: "\(where_) has a null dataspace: it holds no value, not even a scalar")
        }
        let shape = try h5shape(space.id, file: file.path, object: where_)
        let count = try h5elementCount(shape, file: file.path, object: where_)
        if count == 0 { return .emptyList }
        // Attributes are read whole; 8 bytes bounds every element read here except fixed strings,
        // which are checked with their size below.
        try HDF5ReadLimit.check(count: count, bytesPerElement: 8, file: file.path, what: "\(where_) of shape \(shape)")
        let scalar = shape.isEmpty
        let cls = H5Tget_class(type.id)
        switch cls {
        case H5T_STRING:
            let values = try readStrings(attr: attr.id, type: type.id, space: space.id, count: count, where_: where_)
            return scalar ? .string(values[0]) : .strings(values)
        case H5T_INTEGER:
            var values = [Int64](repeating: 0, count: count)
            try h5check(H5Aread(attr.id, HDF5Types.int64, &values), file: file.path, object: where_, action: "read")
            return scalar ? .int(values[0]) : .doubles(values.map(Double.init))
        case H5T_FLOAT:
            var values = [Double](repeating: 0, count: count)
            try h5check(H5Aread(attr.id, HDF5Types.float64, &values), file: file.path, object: where_, action: "read")
            return scalar ? .double(values[0]) : .doubles(values)
        case H5T_ENUM:
            let values = try readEnumAsBools(attr: attr.id, type: type.id, count: count, where_: where_)
            return scalar ? .bool(values[0]) : .bools(values)
        default:
            throw TuskError.file(path: file.path, message: "\(where_) has an unsupported HDF5 type class \(cls.rawValue)")
        }
    }

    private func readStrings(attr: hid_t, type: hid_t, space: hid_t, count: Int, where_: String) throws -> [String] {
        if H5Tis_variable_str(type) > 0 {
            let mem = try HDF5Handle.datatype(H5Tcopy(HDF5Types.cString), file: file.path, object: where_)
            _ = H5Tset_size(mem.id, HDF5Types.variableSize)
            _ = H5Tset_cset(mem.id, H5Tget_cset(type))
            var pointers = [UnsafeMutablePointer<CChar>?](repeating: nil, count: count)
            try h5check(H5Aread(attr, mem.id, &pointers), file: file.path, object: where_, action: "read")
            let strings = pointers.map { $0.map { String(cString: $0) } ?? "" }
            _ = H5Dvlen_reclaim(mem.id, space, hid_t(0), &pointers)
            return strings
        }
        let size = H5Tget_size(type)
        try HDF5ReadLimit.check(count: count, bytesPerElement: size, file: file.path, what: "\(where_) (\(count) strings of \(size) bytes)")
        let mem = try HDF5Handle.datatype(H5Tcopy(type), file: file.path, object: where_)
        var bytes = [UInt8](repeating: 0, count: size * count)
        try h5check(H5Aread(attr, mem.id, &bytes), file: file.path, object: where_, action: "read")
        return (0..<count).map { i in
            let chunk = bytes[(i * size)..<((i + 1) * size)].prefix { $0 != 0 }
            return String(decoding: chunk, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
    }

    private func readEnumAsBools(attr: hid_t, type: hid_t, count: Int, where_: String) throws -> [Bool] {
        let native = try HDF5Handle.datatype(H5Tget_native_type(type, H5T_DIR_ASCEND), file: file.path, object: where_)
        let size = H5Tget_size(native.id)
        try HDF5ReadLimit.check(count: count, bytesPerElement: size, file: file.path, what: "\(where_) (\(count) booleans of \(size) bytes)")
        var bytes = [UInt8](repeating: 0, count: size * count)
        try h5check(H5Aread(attr, native.id, &bytes), file: file.path, object: where_, action: "read")
        return (0..<count).map { i in bytes[(i * size)..<((i + 1) * size)].contains { $0 != 0 } }
    }

    /// Writes (or replaces) the attribute `name` in the encodings h5py uses: vlen UTF-8 strings,
    /// int64, float64, bools as an int8 enum, empty lists as float64 `(0,)`.
    public func writeAttribute(_ name: String, _ value: HDF5AttributeValue) throws {
        let where_ = "attribute \(objectName)@\(name)"
        if hasAttribute(name) {
            try h5check(H5Adelete(objectID, name), file: file.path, object: where_, action: "replace")
        }
        let count: Int
        switch value {
        case .string, .int, .double, .bool: count = -1 // scalar
        case .strings(let s): count = s.count
        case .doubles(let d): count = d.count
        case .bools(let b): count = b.count
        case .emptyList: count = 0
        }
        if count == 0 {
            try writeRaw(name, where_: where_, shape: [0], fileType: HDF5Types.float64LE, memType: HDF5Types.float64, bytes: [])
            return
        }
        let shape = count < 0 ? [] : [count]
        switch value {
        case .string(let s): try writeStrings(name, where_: where_, shape: shape, [s])
        case .strings(let s): try writeStrings(name, where_: where_, shape: shape, s)
        case .int(let v):
            try withUnsafeBytes(of: v) { try writeRaw(name, where_: where_, shape: shape, fileType: HDF5Types.int64LE, memType: HDF5Types.int64, bytes: Array($0)) }
        case .double(let v):
            try withUnsafeBytes(of: v) { try writeRaw(name, where_: where_, shape: shape, fileType: HDF5Types.float64LE, memType: HDF5Types.float64, bytes: Array($0)) }
        case .doubles(let v):
            try v.withUnsafeBytes { try writeRaw(name, where_: where_, shape: shape, fileType: HDF5Types.float64LE, memType: HDF5Types.float64, bytes: Array($0)) }
        case .bool(let b):
            let e = try HDF5Handle.boolEnum(file: file.path, object: where_)
            try writeRaw(name, where_: where_, shape: shape, fileType: e.id, memType: e.id, bytes: [b ? 1 : 0])
        case .bools(let b):
            let e = try HDF5Handle.boolEnum(file: file.path, object: where_)
            try writeRaw(name, where_: where_, shape: shape, fileType: e.id, memType: e.id, bytes: b.map { $0 ? 1 : 0 })
        case .emptyList: break
        }
    }

    private func makeSpace(_ shape: [Int], where_: String) throws -> HDF5Handle {
        if shape.isEmpty {
            return try HDF5Handle.dataspace(H5Screate(H5S_SCALAR), file: file.path, object: where_)
        }
        let dims = shape.map { hsize_t($0) }
        return try HDF5Handle.dataspace(H5Screate_simple(Int32(dims.count), dims, nil), file: file.path, object: where_)
    }

    private func writeRaw(_ name: String, where_: String, shape: [Int], fileType: hid_t, memType: hid_t, bytes: [UInt8]) throws {
        let space = try makeSpace(shape, where_: where_)
        let attr = try HDF5Handle.check(H5Acreate2(objectID, name, fileType, space.id, hid_t(0), hid_t(0)),
                                        file: file.path, object: where_, action: "create", closer: { H5Aclose($0) })
        if !bytes.isEmpty {
            try h5check(H5Awrite(attr.id, memType, bytes), file: file.path, object: where_, action: "write")
        }
    }

    private func writeStrings(_ name: String, where_: String, shape: [Int], _ strings: [String]) throws {
        let space = try makeSpace(shape, where_: where_)
        let type = try HDF5Handle.vlenString(file: file.path, object: where_)
        let attr = try HDF5Handle.check(H5Acreate2(objectID, name, type.id, space.id, hid_t(0), hid_t(0)),
                                        file: file.path, object: where_, action: "create", closer: { H5Aclose($0) })
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        try h5check(H5Awrite(attr.id, type.id, &pointers), file: file.path, object: where_, action: "write")
    }
}

extension HDF5Handle {
    /// h5py's boolean type: an enum on int8 with FALSE=0, TRUE=1.
    static func boolEnum(file: String, object: String) throws -> HDF5Handle {
        let t = try datatype(H5Tenum_create(HDF5Types.int8), file: file, object: object)
        var f: Int8 = 0, t1: Int8 = 1
        try h5check(H5Tenum_insert(t.id, "FALSE", &f), file: file, object: object, action: "create the bool type of")
        try h5check(H5Tenum_insert(t.id, "TRUE", &t1), file: file, object: object, action: "create the bool type of")
        return t
    }

    /// h5py's string type: variable-length UTF-8.
    static func vlenString(file: String, object: String) throws -> HDF5Handle {
        let t = try datatype(H5Tcopy(HDF5Types.cString), file: file, object: object)
        try h5check(H5Tset_size(t.id, HDF5Types.variableSize), file: file, object: object, action: "create the string type of")
        try h5check(H5Tset_cset(t.id, H5T_CSET_UTF8), file: file, object: object, action: "create the string type of")
        return t
    }
}

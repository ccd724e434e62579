import CHDF5
import TuskIR

/// A dataset inside an open file. Reads convert to the requested native type (HDF5 converts
/// float64 or big-endian data on the fly); hyperslab reads touch only the selected elements.
public final class HDF5Dataset: HDF5AttributeOwner {
    public let file: HDF5File
    public let path: String
    let handle: HDF5Handle
    public var objectID: hid_t { handle.id }
    /// The dataset's shape (empty for a scalar dataset).
    public let shape: [Int]
    /// The HDF5 type class (`H5T_FLOAT`, `H5T_ENUM`, …).
    public let typeClass: H5T_class_t

    init(open name: String, in group: HDF5Group) throws {
        file = group.file
        path = h5join(group.path, name)
        handle = try HDF5Handle.check(H5Dopen2(group.objectID, name, hid_t(0)), file: file.path,
                                      object: "dataset \(path)", action: "open", closer: { H5Dclose($0) })
        let space = try HDF5Handle.dataspace(H5Dget_space(handle.id), file: file.path, object: "dataset \(path)")
        shape = try h5shape(space.id, file: file.path, object: "dataset \(path)")
        isNull = h5isNull(space.id)
        elementCount = try h5elementCount(shape, file: file.path, object: "dataset \(path)")
        let type = try HDF5Handle.datatype(H5Dget_type(handle.id), file: file.path, object: "dataset \(path)")
        typeClass = H5Tget_class(type.id)
    }

    init(create name: String, in group: HDF5Group, shape: [Int], fileType: hid_t, chunks: [Int]?, gzipLevel: Int?) throws {
        file = group.file
        path = h5join(group.path, name)
        self.shape = shape
        isNull = false
        elementCount = try h5elementCount(shape, file: group.file.path, object: "dataset \(path)")
        let where_ = "dataset \(path)"
        let space: HDF5Handle
        if shape.isEmpty {
            space = try HDF5Handle.dataspace(H5Screate(H5S_SCALAR), file: file.path, object: where_)
        } else {
            let dims = shape.map { hsize_t($0) }
            space = try HDF5Handle.dataspace(H5Screate_simple(Int32(dims.count), dims, nil), file: file.path, object: where_)
        }
        let dcpl = try HDF5Handle.plist(H5Pcreate(HDF5Types.datasetCreate), file: file.path, object: where_)
        if let chunks, !shape.isEmpty, shape.allSatisfy({ $0 > 0 }) {
            let c = zip(chunks, shape).map { hsize_t(max(1, min($0, $1))) }
            try h5check(H5Pset_chunk(dcpl.id, Int32(c.count), c), file: file.path, object: where_, action: "set chunks for")
            if let level = gzipLevel {
                try h5check(H5Pset_deflate(dcpl.id, UInt32(level)), file: file.path, object: where_, action: "set gzip for")
            }
        }
        handle = try HDF5Handle.check(H5Dcreate2(group.objectID, name, fileType, space.id, hid_t(0), dcpl.id, hid_t(0)),
                                      file: file.path, object: where_, action: "create", closer: { H5Dclose($0) })
        let type = try HDF5Handle.datatype(H5Dget_type(handle.id), file: file.path, object: where_)
        typeClass = H5Tget_class(type.id)
    }

    /// Whether the dataset has a null dataspace (no elements; `shape` is then `[]`, as for a
    /// scalar). Every read of such a dataset is an error: libhdf5 would leave the buffer as it was.
    public let isNull: Bool

    /// Whether the stored type is floating point.
    public var isFloatingPoint: Bool { typeClass == H5T_FLOAT }

    /// The number of elements (checked when the dataset is opened: it fits Int).
    public let elementCount: Int

    /// Reads the whole dataset as Float (converting from the stored float or integer type).
    public func readFloats() throws -> [Float] {
        try requireNumeric()
        try HDF5ReadLimit.check(count: elementCount, bytesPerElement: 4, file: file.path, what: "dataset \(path) of shape \(shape)")
        var out = [Float](repeating: 0, count: elementCount)
        if out.isEmpty { return out }
        try h5check(H5Dread(handle.id, HDF5Types.float32, hid_t(0), hid_t(0), hid_t(0), &out),
                    file: file.path, object: "dataset \(path)", action: "read")
        return out
    }

    /// Reads the hyperslab `start[d] + stride[d]·k` for `k < count[d]` in row-major order.
    /// Only those elements are read from disk (and only the chunks that hold them).
    public func readFloats(start: [Int], count: [Int], stride: [Int]? = nil) throws -> [Float] {
        try requireNumeric()
        let where_ = "dataset \(path)"
        let stride = stride ?? [Int](repeating: 1, count: start.count)
        guard start.count == shape.count, count.count == shape.count, stride.count == shape.count else {
            throw TuskError.file(path: file.path, message: "\(where_): hyperslab of rank \(start.count) for a dataset of shape \(shape)")
        }
        for d in 0..<shape.count {
            guard count[d] >= 0 else {
                throw TuskError.file(path: file.path, message: "\(where_): hyperslab axis \(d) has count \(count[d])")
            }
            guard count[d] > 0 else { continue }
            let last = SizeArithmetic.multiply(stride[d], count[d] - 1).flatMap { SizeArithmetic.add(start[d], $0) }
            guard start[d] >= 0, stride[d] >= 1, let last, last < shape[d] else {
                throw TuskError.file(path: file.path, message: "\(where_): hyperslab axis \(d) (start \(start[d]), stride \(stride[d]), count \(count[d])) is out of bounds for shape \(shape)")
            }
        }
        // Each count[d] ≤ shape[d], and the shape's product fits Int (checked at open).
        let n = count.reduce(1, *)
        try HDF5ReadLimit.check(count: n, bytesPerElement: 4, file: file.path, what: "a hyperslab of \(count) of dataset \(path)")
        var out = [Float](repeating: 0, count: n)
        if n == 0 { return out }
        if shape.isEmpty { return try readFloats() }
        let fileSpace = try HDF5Handle.dataspace(H5Dget_space(handle.id), file: file.path, object: where_)
        let s = start.map { hsize_t($0) }, st = stride.map { hsize_t($0) }, c = count.map { hsize_t($0) }
        try h5check(H5Sselect_hyperslab(fileSpace.id, H5S_SELECT_SET, s, st, c, nil), file: file.path,
                    object: where_, action: "select a hyperslab of")
        let memSpace = try HDF5Handle.dataspace(H5Screate_simple(Int32(c.count), c, nil), file: file.path, object: where_)
        try h5check(H5Dread(handle.id, HDF5Types.float32, memSpace.id, fileSpace.id, hid_t(0), &out),
                    file: file.path, object: where_, action: "read")
        return out
    }

    /// Reads a boolean dataset (h5py's int8 enum, or any integer type: nonzero is true).
    public func readBools() throws -> [Bool] {
        let where_ = "dataset \(path)"
        try requireNotNull()
        guard typeClass == H5T_ENUM || typeClass == H5T_INTEGER else {
            throw TuskError.file(path: file.path, message: "\(where_) should be boolean, found type class \(typeClass.rawValue)")
        }
        let type = try HDF5Handle.datatype(H5Dget_type(handle.id), file: file.path, object: where_)
        let native = try HDF5Handle.datatype(H5Tget_native_type(type.id, H5T_DIR_ASCEND), file: file.path, object: where_)
        let size = H5Tget_size(native.id)
        try HDF5ReadLimit.check(count: elementCount, bytesPerElement: size, file: file.path, what: "\(where_) of shape \(shape)")
        var bytes = [UInt8](repeating: 0, count: size * elementCount)
        if bytes.isEmpty { return [] }
        try h5check(H5Dread(handle.id, native.id, hid_t(0), hid_t(0), hid_t(0), &bytes), file: file.path, object: where_, action: "read")
        return (0..<elementCount).map { i in bytes[(i * size)..<((i + 1) * size)].contains { $0 != 0 } }
    }

    /// Writes the whole dataset from Float values (row-major, `elementCount` of them).
    public func write(_ values: [Float]) throws {
        guard values.count == elementCount else {
            throw TuskError.file(path: file.path, message: "dataset \(path): \(values.count) values for shape \(shape)")
        }
        if values.isEmpty { return }
        try h5check(H5Dwrite(handle.id, HDF5Types.float32, hid_t(0), hid_t(0), hid_t(0), values),
                    file: file.path, object: "dataset \(path)", action: "write")
    }

    private func requireNotNull() throws {
        guard !isNull else {
            throw TuskError.file(path: file.path, message: "dataset \(path) has a null dataspace: it holds no value, not even a scalar")
        }
    }

    private func requireNumeric() throws {
        try requireNotNull()
        guard typeClass == H5T_FLOAT || typeClass == H5T_INTEGER else {
            throw TuskError.file(path: file.path, message: "dataset \(path) is not numeric (type class \(typeClass.rawValue))")
        }
    }
}

extension HDF5Group {
    /// Creates a float32 (little-endian IEEE) dataset and writes `values`. With `chunks` the
    /// layout is chunked (and deflate-compressed when `gzipLevel` is set); otherwise contiguous.
    @discardableResult
    public func createDataset(_ name: String, shape: [Int], values: [Float], chunks: [Int]? = nil,
                              gzipLevel: Int? = nil) throws -> HDF5Dataset {
        let d = try HDF5Dataset(create: name, in: self, shape: shape, fileType: HDF5Types.float32LE,
                                chunks: chunks, gzipLevel: gzipLevel)
        try d.write(values)
        return d
    }

    /// Creates a boolean dataset in h5py's encoding (int8 enum FALSE/TRUE).
    @discardableResult
    public func createBoolDataset(_ name: String, shape: [Int], values: [Bool]) throws -> HDF5Dataset {
        let where_ = "dataset \(h5join(path, name))"
        let type = try HDF5Handle.boolEnum(file: file.path, object: where_)
        let d = try HDF5Dataset(create: name, in: self, shape: shape, fileType: type.id, chunks: nil, gzipLevel: nil)
        let bytes: [UInt8] = values.map { $0 ? 1 : 0 }
        if !bytes.isEmpty {
            try h5check(H5Dwrite(d.objectID, type.id, hid_t(0), hid_t(0), hid_t(0), bytes), file: file.path, object: where_, action: "write")
        }
        return d
    }
}

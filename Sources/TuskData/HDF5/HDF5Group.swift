import CHDF5
import TuskIR

/// Something that carries HDF5 attributes: a group or a dataset.
public protocol HDF5AttributeOwner {
    /// The file that holds the object.
    var file: HDF5File { get }
    /// The object's absolute path inside the file (`/t0_fields/A`).
    var path: String { get }
    /// The object's HDF5 identifier (valid while the object is alive).
    var objectID: hid_t { get }
}

/// A group inside an open file.
public final class HDF5Group: HDF5AttributeOwner {
    public let file: HDF5File
    public let path: String
    let handle: HDF5Handle
    public var objectID: hid_t { handle.id }

    init(parentID: hid_t, name: String, path: String, file: HDF5File, create: Bool) throws {
        self.file = file
        self.path = path
        let id = create ? H5Gcreate2(parentID, name, hid_t(0), hid_t(0), hid_t(0))
                        : H5Gopen2(parentID, name, hid_t(0))
        handle = try HDF5Handle.check(id, file: file.path, object: "group \(path)",
                                      action: create ? "create" : "open", closer: { H5Gclose($0) })
    }

    /// Whether a direct child link `name` exists.
    public func contains(_ name: String) -> Bool {
        let r = H5Lexists(handle.id, name, hid_t(0))
        _ = HDF5Library.takeErrorMessages()
        return r > 0
    }

    /// Opens the subgroup `name`; a missing group is an error naming the file and the path.
    public func group(_ name: String) throws -> HDF5Group {
        let childPath = h5join(path, name)
        guard contains(name) else {
            throw TuskError.file(path: file.path, message: "missing group \(childPath)")
        }
        return try HDF5Group(parentID: handle.id, name: name, path: childPath, file: file, create: false)
    }

    /// Creates the subgroup `name`.
    @discardableResult
    public func createGroup(_ name: String) throws -> HDF5Group {
        try HDF5Group(parentID: handle.id, name: name, path: h5join(path, name), file: file, create: true)
    }

    /// Removes the link `name` (a child group or dataset).
    public func delete(_ name: String) throws {
        try h5check(H5Ldelete(handle.id, name, hid_t(0)), file: file.path, object: h5join(path, name), action: "delete")
    }

    /// Opens the dataset `name`; a missing dataset is an error naming the file and the path.
    public func dataset(_ name: String) throws -> HDF5Dataset {
        let childPath = h5join(path, name)
        guard contains(name) else {
            throw TuskError.file(path: file.path, message: "missing dataset \(childPath)")
        }
        return try HDF5Dataset(open: name, in: self)
    }

    /// The names of the direct children, in name order.
    public func childNames() throws -> [String] {
        var info = H5G_info_t()
        try h5check(H5Gget_info(handle.id, &info), file: file.path, object: "group \(path)", action: "list")
        var names: [String] = []
        for i in 0..<info.nlinks {
            let n = H5Lget_name_by_idx(handle.id, ".", H5_INDEX_NAME, H5_ITER_INC, i, nil, 0, hid_t(0))
            guard n >= 0 else { throw HDF5Library.error(file: file.path, object: "group \(path)", action: "list") }
            var buffer = [CChar](repeating: 0, count: Int(n) + 1)
            guard H5Lget_name_by_idx(handle.id, ".", H5_INDEX_NAME, H5_ITER_INC, i, &buffer, buffer.count, hid_t(0)) >= 0 else {
                throw HDF5Library.error(file: file.path, object: "group \(path)", action: "list")
            }
            names.append(String(decoding: buffer.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return names
    }
}

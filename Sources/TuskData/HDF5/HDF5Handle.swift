import CHDF5
import TuskIR

/// An owned HDF5 identifier that is closed exactly once, when the last reference goes away.
final class HDF5Handle {
    let id: hid_t
    private let closer: (hid_t) -> herr_t

    init(_ id: hid_t, closer: @escaping (hid_t) -> herr_t) {
        self.id = id
        self.closer = closer
    }

    deinit { _ = closer(id) }

    /// Wraps `id` or throws the converted HDF5 error when it is negative.
    static func check(_ id: hid_t, file: String, object: String, action: String,
                      closer: @escaping (hid_t) -> herr_t) throws -> HDF5Handle {
        guard id >= 0 else { throw HDF5Library.error(file: file, object: object, action: action) }
        return HDF5Handle(id, closer: closer)
    }

    static func dataspace(_ id: hid_t, file: String, object: String) throws -> HDF5Handle {
        try check(id, file: file, object: object, action: "get the dataspace of", closer: { H5Sclose($0) })
    }

    static func datatype(_ id: hid_t, file: String, object: String) throws -> HDF5Handle {
        try check(id, file: file, object: object, action: "get the datatype of", closer: { H5Tclose($0) })
    }

    static func plist(_ id: hid_t, file: String, object: String) throws -> HDF5Handle {
        try check(id, file: file, object: object, action: "create a property list for", closer: { H5Pclose($0) })
    }
}

/// Checks an `herr_t` status.
@inline(__always)
func h5check(_ status: herr_t, file: String, object: String, action: String) throws {
    if status < 0 { throw HDF5Library.error(file: file, object: object, action: action) }
}

/// Whether a dataspace is HDF5's null dataspace: no elements, not even a scalar's one. Its rank
/// is 0, like a scalar's, and libhdf5 reads it "successfully" without touching the buffer, so a
/// reader that took it for a scalar would return whatever the buffer held (a fake 0).
func h5isNull(_ space: hid_t) -> Bool {
    H5Sget_simple_extent_type(space) == H5S_NULL
}

/// The shape of a dataspace (empty for a scalar dataspace; see `h5isNull` for the null one).
func h5shape(_ space: hid_t, file: String, object: String) throws -> [Int] {
    let rank = H5Sget_simple_extent_ndims(space)
    guard rank >= 0 else { throw HDF5Library.error(file: file, object: object, action: "get the rank of") }
    if rank == 0 { return [] }
    var dims = [hsize_t](repeating: 0, count: Int(rank))
    guard H5Sget_simple_extent_dims(space, &dims, nil) >= 0 else {
        throw HDF5Library.error(file: file, object: object, action: "get the dimensions of")
    }
    // hsize_t is unsigned: a dimension of 2⁶³ or more does not fit Int (and would trap in `Int(_:)`).
    return try dims.enumerated().map { axis, n in
        guard let v = Int(exactly: n) else {
            throw TuskError.file(path: file, message: "\(object): dimension \(axis) is \(n), larger than \(Int.max)")
        }
        return v
    }
}

/// The number of elements of `shape` (1 for a scalar), or an error naming the object when the
/// product overflows Int (a file may hold dimensions whose product does).
func h5elementCount(_ shape: [Int], file: String, object: String) throws -> Int {
    guard let n = SizeArithmetic.product(shape) else {
        throw TuskError.file(path: file, message: "\(object) has shape \(shape), whose element count overflows Int")
    }
    return n
}

/// Joins an HDF5 object path and a child name.
func h5join(_ parent: String, _ name: String) -> String {
    parent == "/" ? "/" + name : parent + "/" + name
}

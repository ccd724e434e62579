import CHDF5
import Foundation
import TuskIR

/// An open HDF5 file. Closed when the last reference (to it or to any object opened through it)
/// goes away. Every failure is a `TuskError.file` naming this file's path.
public final class HDF5File {
    /// The file's path on disk (as given).
    public let path: String
    let handle: HDF5Handle

    private init(path: String, handle: HDF5Handle) {
        self.path = path
        self.handle = handle
    }

    /// Opens an existing file read-only.
    public static func open(_ path: String) throws -> HDF5File {
        HDF5Library.initialized
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw TuskError.file(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        // A FIFO or device would block (or stream) in open: refuse anything but a regular file.
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw TuskError.file(path: path, message: "not a regular file; give an HDF5 file")
        }
        let isHDF5 = H5Fis_hdf5(path)
        _ = HDF5Library.takeErrorMessages()
        guard isHDF5 > 0 else {
            throw TuskError.file(path: path, message: "not an HDF5 file (no HDF5 signature found)")
        }
        let id = H5Fopen(path, 0 /* H5F_ACC_RDONLY */, hid_t(0))
        let handle = try HDF5Handle.check(id, file: path, object: "the file", action: "open",
                                          closer: { H5Fclose($0) })
        return HDF5File(path: path, handle: handle)
    }

    /// Opens an existing file for reading and writing (to amend attributes or datasets).
    public static func openForWriting(_ path: String) throws -> HDF5File {
        HDF5Library.initialized
        guard FileManager.default.fileExists(atPath: path) else {
            throw TuskError.file(path: path, message: "no such file")
        }
        let id = H5Fopen(path, 1 /* H5F_ACC_RDWR */, hid_t(0))
        let handle = try HDF5Handle.check(id, file: path, object: "the file", action: "open for writing",
                                          closer: { H5Fclose($0) })
        return HDF5File(path: path, handle: handle)
    }

    /// Creates (or truncates) a file for writing.
    public static func create(_ path: String) throws -> HDF5File {
        HDF5Library.initialized
        let id = H5Fcreate(path, 2 /* H5F_ACC_TRUNC */, hid_t(0), hid_t(0))
        let handle = try HDF5Handle.check(id, file: path, object: "the file", action: "create",
                                          closer: { H5Fclose($0) })
        return HDF5File(path: path, handle: handle)
    }

    /// The root group `/`.
    public func root() throws -> HDF5Group {
        try HDF5Group(parentID: handle.id, name: "/", path: "/", file: self, create: false)
    }

    /// Writes buffered data to disk.
    public func flush() throws {
        try h5check(H5Fflush(handle.id, H5F_SCOPE_GLOBAL), file: path, object: "the file", action: "flush")
    }
}


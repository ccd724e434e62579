@preconcurrency import CHDF5
import TuskIR

/// Process-wide HDF5 setup and error conversion.
///
/// The HDF5 library prints its error stack to stderr by default; Tusk turns that off once and
/// instead converts every failure into a `TuskError.file(path:message:)` that names the file, the
/// object path inside it and the innermost reason HDF5 gives. Debian's libhdf5 1.10.8 is built
/// thread-safe (`H5_HAVE_THREADSAFE`: one global lock serializes calls), so concurrent readers are
/// correct but do not run in parallel; a build without thread safety needs one thread at a time.
enum HDF5Library {
    /// Initializes the library and silences its automatic error printing (runs once).
    static let initialized: Void = {
        _ = H5open()
        _ = H5Eset_auto2(hid_t(0), nil, nil)
    }()

    /// The innermost messages of the current error stack, then clears it.
    static func takeErrorMessages() -> [String] {
        final class Box { var messages: [String] = [] }
        let box = Box()
        let callback: H5E_walk2_t = { _, desc, data in
            guard let desc, let data else { return 0 }
            let box = Unmanaged<Box>.fromOpaque(data).takeUnretainedValue()
            if let d = desc.pointee.desc { box.messages.append(String(cString: d)) }
            return 0
        }
        _ = H5Ewalk2(hid_t(0), H5E_WALK_UPWARD, callback, Unmanaged.passUnretained(box).toOpaque())
        _ = H5Eclear2(hid_t(0))
        return box.messages
    }

    /// A `TuskError.file` for a failed HDF5 call: `action` of `object` in `file`, plus HDF5's reason.
    static func error(file: String, object: String, action: String) -> TuskError {
        let reasons = takeErrorMessages()
        let reason = reasons.first.map { ": \($0)" } ?? ""
        return TuskError.file(path: file, message: "HDF5: cannot \(action) \(object)\(reason)")
    }
}

/// Native HDF5 type ids (the C macros such as `H5T_NATIVE_FLOAT` do not import into Swift; these
/// read the library globals they expand to, after `H5open`).
enum HDF5Types {
    static var float32: hid_t { HDF5Library.initialized; return H5T_NATIVE_FLOAT_g }
    static var float64: hid_t { HDF5Library.initialized; return H5T_NATIVE_DOUBLE_g }
    static var int8: hid_t { HDF5Library.initialized; return H5T_NATIVE_INT8_g }
    static var int64: hid_t { HDF5Library.initialized; return H5T_NATIVE_INT64_g }
    static var cString: hid_t { HDF5Library.initialized; return H5T_C_S1_g }
    static var float32LE: hid_t { HDF5Library.initialized; return H5T_IEEE_F32LE_g }
    static var float64LE: hid_t { HDF5Library.initialized; return H5T_IEEE_F64LE_g }
    static var int64LE: hid_t { HDF5Library.initialized; return H5T_STD_I64LE_g }
    static var datasetCreate: hid_t { HDF5Library.initialized; return H5P_CLS_DATASET_CREATE_ID_g }
    /// `H5T_VARIABLE` (`(size_t)-1`).
    static let variableSize = Int(bitPattern: UInt.max)
}

import TuskIR

/// The element types a safetensors header may name that Tusk can read, and how their
/// little-endian bytes become `TensorData`.
enum SafetensorsDType: String, CaseIterable {
    case bool = "BOOL"
    case u8 = "U8", i8 = "I8", i16 = "I16", u16 = "U16"
    case f16 = "F16", bf16 = "BF16"
    case i32 = "I32", u32 = "U32", f32 = "F32", f64 = "F64", i64 = "I64"

    /// The file dtype Tusk writes for one of its own dtypes.
    init(_ dtype: DType) {
        switch dtype {
        case .f32: self = .f32
        case .f64: self = .f64
        case .i32: self = .i32
        case .i64: self = .i64
        case .bool: self = .bool
        }
    }

    /// Bytes per element in the file.
    var byteSize: Int {
        switch self {
        case .bool, .u8, .i8: 1
        case .i16, .u16, .f16, .bf16: 2
        case .i32, .u32, .f32: 4
        case .f64, .i64: 8
        }
    }

    /// Rank in the reference implementation's `Dtype` declaration order, which its writer sorts
    /// by (descending) before the name, so that wider elements come first and stay aligned.
    var referenceOrder: Int {
        switch self {
        case .bool: 0
        case .u8: 1
        case .i8: 2
        case .i16: 3
        case .u16: 4
        case .f16: 5
        case .bf16: 6
        case .i32: 7
        case .u32: 8
        case .f32: 9
        case .f64: 10
        case .i64: 11
        }
    }

    /// Converts the bytes of one tensor (already bounds-checked: `count == elements × byteSize`).
    func decode(_ bytes: ArraySlice<UInt8>, shape: [Int], path: String, tensor: String) throws -> TensorData {
        let storage: TensorStorage
        switch self {
        #if _endian(little)
        // The file layout is the in-memory layout: one bulk copy (also fast in debug builds,
        // where a per-element loop over a checkpoint's millions of values takes seconds).
        case .f32: storage = .f32(Self.copy(Float.self, bytes))
        case .f64: storage = .f64(Self.copy(Double.self, bytes))
        case .i32: storage = .i32(Self.copy(Int32.self, bytes))
        case .i64: storage = .i64(Self.copy(Int64.self, bytes))
        #else
        case .f32: storage = .f32(Self.load(UInt32.self, bytes).map { Float(bitPattern: $0) })
        case .f64: storage = .f64(Self.load(UInt64.self, bytes).map { Double(bitPattern: $0) })
        case .i32: storage = .i32(Self.load(Int32.self, bytes))
        case .i64: storage = .i64(Self.load(Int64.self, bytes))
        #endif
        case .bool:
            var values = [Bool]()
            values.reserveCapacity(bytes.count)
            for b in bytes {
                guard b <= 1 else {
                    throw TuskError.file(path: path, message: "tensor '\(tensor)': BOOL element holds byte \(b), expected 0 or 1")
                }
                values.append(b == 1)
            }
            storage = .bool(values)
        case .u8: storage = .i32(bytes.map { Int32($0) })
        case .i8: storage = .i32(bytes.map { Int32(Int8(bitPattern: $0)) })
        case .i16: storage = .i32(Self.load(Int16.self, bytes).map { Int32($0) })
        case .u16: storage = .i32(Self.load(UInt16.self, bytes).map { Int32($0) })
        case .u32: storage = .i64(Self.load(UInt32.self, bytes).map { Int64($0) })
        case .bf16: storage = .f32(Self.load(UInt16.self, bytes).map { Float(bitPattern: UInt32($0) << 16) })
        case .f16: storage = .f32(Self.load(UInt16.self, bytes).map(Self.halfToFloat))
        }
        return TensorData(shape: shape, storage: storage)
    }

    /// Reads little-endian integers of type `T` from `bytes` (any alignment).
    static func load<T: FixedWidthInteger>(_: T.Type, _ bytes: ArraySlice<UInt8>) -> [T] {
        let count = bytes.count / MemoryLayout<T>.size
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                for i in 0..<count {
                    buffer[i] = T(littleEndian: raw.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.size, as: T.self))
                }
            }
            initialized = count
        }
    }

    /// The elements of `bytes` as `T` by a plain memory copy (any alignment): the little-endian
    /// file layout on a little-endian host.
    static func copy<T: BitwiseCopyable>(_: T.Type, _ bytes: ArraySlice<UInt8>) -> [T] {
        let count = bytes.count / MemoryLayout<T>.stride
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[0..<(count * MemoryLayout<T>.stride)]))
            }
            initialized = count
        }
    }

    /// IEEE 754 binary16 → binary32, exact (every half value is a float value).
    static func halfToFloat(_ h: UInt16) -> Float {
        let sign = UInt32(h >> 15) << 31
        let exponent = Int((h >> 10) & 0x1F)
        let mantissa = UInt32(h & 0x3FF)
        switch exponent {
        case 0:
            // Zero or subnormal: mantissa · 2^-24.
            let magnitude = Float(mantissa) * Float(sign: .plus, exponent: -24, significand: 1)
            return sign != 0 ? -magnitude : magnitude
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))  // inf / NaN (payload kept)
        default:
            return Float(bitPattern: sign | UInt32(exponent - 15 + 127) << 23 | (mantissa << 13))
        }
    }

    /// Appends the little-endian bytes of `storage` (bool as one byte 0/1).
    static func appendBytes(of storage: TensorStorage, to out: inout [UInt8]) {
        func append<T: FixedWidthInteger>(_ values: [T]) {
            let start = out.count
            let size = MemoryLayout<T>.size
            out.append(contentsOf: repeatElement(0, count: values.count * size))
            out.withUnsafeMutableBytes { raw in
                for (i, v) in values.enumerated() {
                    raw.storeBytes(of: v.littleEndian, toByteOffset: start + i * size, as: T.self)
                }
            }
        }
        switch storage {
        #if _endian(little)
        // The in-memory layout is the file layout: one bulk copy (see `decode`).
        case .f32(let a): a.withUnsafeBytes { out.append(contentsOf: $0) }
        case .f64(let a): a.withUnsafeBytes { out.append(contentsOf: $0) }
        case .i32(let a): a.withUnsafeBytes { out.append(contentsOf: $0) }
        case .i64(let a): a.withUnsafeBytes { out.append(contentsOf: $0) }
        #else
        case .f32(let a): append(a.map(\.bitPattern))
        case .f64(let a): append(a.map(\.bitPattern))
        case .i32(let a): append(a)
        case .i64(let a): append(a)
        #endif
        case .bool(let a): out.append(contentsOf: a.map { $0 ? 1 : 0 })
        }
    }
}

import TuskIR

extension TensorData {
    /// Copies the elements' bytes (row-major, native layout) to `destination`.
    func copyBytes(to destination: UnsafeMutableRawPointer) {
        func copy<T>(_ a: [T]) {
            a.withUnsafeBytes { if let b = $0.baseAddress { destination.copyMemory(from: b, byteCount: $0.count) } }
        }
        switch storage {
        case .f32(let a): copy(a)
        case .f64(let a): copy(a)
        case .i32(let a): copy(a)
        case .i64(let a): copy(a)
        case .bool(let a): copy(a)
        }
    }

    /// A tensor of `type` whose elements are copied from the bytes at `source`.
    init(type: TensorType, copyingBytesFrom source: UnsafeRawPointer) {
        let n = type.elementCount
        func array<T>(_: T.Type) -> [T] {
            [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                if n > 0 { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: source, byteCount: n * MemoryLayout<T>.stride) }
                initialized = n
            }
        }
        switch type.dtype {
        case .f32: self.init(shape: type.shape, storage: .f32(array(Float.self)))
        case .f64: self.init(shape: type.shape, storage: .f64(array(Double.self)))
        case .i32: self.init(shape: type.shape, storage: .i32(array(Int32.self)))
        case .i64: self.init(shape: type.shape, storage: .i64(array(Int64.self)))
        case .bool: self.init(shape: type.shape, storage: .bool(array(Bool.self)))
        }
    }
}

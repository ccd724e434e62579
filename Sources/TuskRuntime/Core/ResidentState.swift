#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TuskIR

/// Named tensors that live across runs and across executables: a model's parameters and its
/// optimizer state during training.
///
/// An executable compiled with a `ResidentState` reads every input or parameter whose name is
/// in the state straight from the state's buffer (no copy per step), and writes every output of
/// the same name back into it — in place, when the memory plan can prove the old value is no
/// longer read (see `MemoryPlan`), or by one copy after the last kernel. Several executables
/// (one per geometry of a Walrus batch) share one state, so it exists once in memory.
///
/// A training loop therefore `set`s the initial values once, runs the train step, and reads
/// the state back (`value(_:)`) only to write a checkpoint.
///
/// Not thread-safe, like the executables that use it.
public final class ResidentState {
    struct Buffer {
        var type: TensorType
        var pointer: UnsafeMutableRawPointer
        /// False for adopted memory (see `adopt`): not freed here.
        var owned = true
    }
    private var buffers: [String: Buffer] = [:]
    /// Owners of adopted memory, kept alive as long as the state.
    private var keepAlive: [AnyObject] = []

    public init() {}

    deinit {
        for b in buffers.values where b.owned { b.pointer.deallocate() }
    }

    /// The names held, sorted.
    public var names: [String] { buffers.keys.sorted() }

    /// True when `name` is held.
    public func contains(_ name: String) -> Bool { buffers[name] != nil }

    /// The type of `name`, or nil.
    public func type(of name: String) -> TensorType? { buffers[name]?.type }

    /// Bytes held (the sum of the tensors' sizes).
    public var byteCount: Int { SizeArithmetic.sum(buffers.values.map(\.type.byteCount)) ?? Int.max }

    /// Stores `value` under `name` (a new buffer, or over the old value of the same type).
    /// Throws `TuskError.binding` when `name` is held with another dtype or shape.
    public func set(_ name: String, _ value: TensorData) throws {
        let b = try buffer(name, value.type)
        value.copyBytes(to: b.pointer)
    }

    /// Uses `pointer` — memory owned by `owner`, e.g. a tensor of a memory-mapped safetensors
    /// file — as the storage of `name`, without copying: the weights of a large model then exist
    /// once. The memory must hold `type.byteCount` bytes, aligned to the element size, and stay
    /// valid and writable while `owner` lives (the state keeps `owner` alive). Executables read it
    /// in place; a train step that updates `name` writes into it. Throws `TuskError.binding` when
    /// `name` is already held or the pointer is misaligned.
    public func adopt(_ name: String, _ type: TensorType, pointer: UnsafeMutableRawPointer, owner: AnyObject) throws {
        guard buffers[name] == nil else { throw TuskError.binding("resident state already holds '\(name)'") }
        guard Int(bitPattern: pointer) % max(1, type.dtype.byteSize) == 0 else {
            throw TuskError.binding("resident '\(name)': adopted memory is not aligned to \(type.dtype.byteSize) bytes")
        }
        buffers[name] = Buffer(type: type, pointer: pointer, owned: false)
        if !keepAlive.contains(where: { $0 === owner }) { keepAlive.append(owner) }
    }

    /// Bytes held in adopted memory (part of `byteCount`, allocated by someone else).
    public var adoptedByteCount: Int { SizeArithmetic.sum(buffers.values.filter { !$0.owned }.map(\.type.byteCount)) ?? Int.max }

    /// Stores every value of `values` (see `set`).
    public func set(_ values: [String: TensorData]) throws {
        for (k, v) in values { try set(k, v) }
    }

    /// A copy of the value held under `name`.
    public func value(_ name: String) throws -> TensorData {
        guard let b = buffers[name] else { throw TuskError.binding("resident state holds no '\(name)'") }
        return TensorData(type: b.type, copyingBytesFrom: UnsafeRawPointer(b.pointer))
    }

    /// Copies of the values held under `names` (every one must be held).
    public func values(_ names: [String]) throws -> [String: TensorData] {
        var result: [String: TensorData] = [:]
        for n in names { result[n] = try value(n) }
        return result
    }

    /// The storage of `name`, creating a zero-filled buffer of `type` when absent.
    func buffer(_ name: String, _ type: TensorType) throws -> Buffer {
        if let b = buffers[name] {
            guard b.type == type else {
                throw TuskError.binding("resident '\(name)' is \(b.type), the graph wants \(type)")
            }
            return b
        }
        let bytes = max(type.byteCount, MemoryPlan.alignment)
        try MachineMemory.check(SizeArithmetic.add(byteCount, bytes) ?? Int.max, for: "resident state (with '\(name)', \(type))")
        let p = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: MemoryPlan.alignment)
        p.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        let b = Buffer(type: type, pointer: p)
        buffers[name] = b
        return b
    }
}

/// Memory for the transient values of executables that never run at the same time (the train
/// steps of one trainer, one per batch geometry): each places its transient region at the start
/// of the workspace, so the memory they take together is that of the largest, not the sum.
///
/// The workspace reserves address space (`capacity`) without committing it: the operating
/// system maps pages on first touch, so the resident memory is what the largest executable has
/// used. An executable whose transient region does not fit gets a region of its own.
public final class Workspace: @unchecked Sendable {
    /// Reserved bytes.
    public let capacity: Int
    let base: UnsafeMutableRawPointer
    private let mapped: Bool
    /// The largest transient region placed in it so far.
    public private(set) var usedBytes: Int = 0

    /// Reserves `capacity` bytes of address space (default 64 GiB; nothing is committed until used).
    public init(capacity: Int = 64 << 30) {
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
        #else
        let flags = MAP_PRIVATE | MAP_ANON
        #endif
        let p = mmap(nil, capacity, PROT_READ | PROT_WRITE, flags, -1, 0)
        if let p, p != MAP_FAILED {
            base = p
            self.capacity = capacity
            mapped = true
        } else {
            // No reservation possible (strict overcommit): fall back to a small heap block; larger
            // executables then get regions of their own.
            let small = 64 << 20
            base = UnsafeMutableRawPointer.allocate(byteCount: small, alignment: MemoryPlan.alignment)
            self.capacity = small
            mapped = false
        }
    }

    deinit {
        if mapped { munmap(base, capacity) } else { base.deallocate() }
    }

    /// The start of a transient region of `bytes`, or nil when it does not fit.
    func region(_ bytes: Int) -> UnsafeMutableRawPointer? {
        guard bytes <= capacity else { return nil }
        usedBytes = max(usedBytes, bytes)
        return base
    }
}

import TuskIR

/// One compiled kernel invocation: everything (pointers into the arena, shapes, GEMM plans) is
/// resolved at compile time, so running it is a call.
struct Step {
    /// The node it computes (for errors and profiles).
    var node: Int
    var run: () throws -> Void
}

/// A graph compiled by `BLASBackend`.
///
/// Memory: the executable owns one arena, allocated once at compile time, sized by a
/// liveness-based plan (`arenaByteCount`); every value, scratch buffer, bound input and
/// parameter lives in it, and `run` allocates nothing but the output arrays it returns.
/// Inputs, parameters and constants have dedicated slots: a binding stays in place until it is
/// rebound, so a training loop can `bind` the parameters once and then `execute` with only the
/// batch rebound, and read results with `output(_:)` or zero-copy with `withOutputBuffer`.
///
/// Not thread-safe: one run at a time per executable (concurrent runs would share the arena).
/// Compile one executable per thread to run concurrently.
public final class BLASExecutable: Executable {
    public let graph: Graph
    /// Bytes of the arena (all values, scratch, inputs, parameters and constants).
    public let arenaByteCount: Int
    /// What the same values would take with no memory sharing (for reporting the plan's gain).
    public let unsharedByteCount: Int
    /// Number of kernels one run executes.
    public var stepCount: Int { steps.count }

    let arena: UnsafeMutableRawPointer
    let steps: [Step]
    /// Input and parameter slots by name.
    let slots: [String: (type: TensorType, offset: Int)]
    let outputSlots: [(name: String, type: TensorType, offset: Int)]
    private var bound: Set<String> = []

    init(graph: Graph, arena: UnsafeMutableRawPointer, plan: MemoryPlan, steps: [Step]) {
        self.graph = graph
        self.arena = arena
        self.arenaByteCount = plan.arenaBytes
        self.unsharedByteCount = plan.unsharedBytes
        self.steps = steps
        var slots: [String: (TensorType, Int)] = [:]
        for (name, value, type) in graph.inputs + graph.parameters {
            // Unused bindings still get a slot (their own), so binding them is valid.
            slots[name] = (type, plan.offsets[value.index] ?? -1)
        }
        self.slots = slots
        outputSlots = graph.outputs.map { ($0.name, graph.type(of: $0.value), plan.offsets[$0.value.index]!) }
    }

    deinit { arena.deallocate() }

    /// Binds every input and parameter, runs, and returns every output (the `Executable` contract).
    public func run(_ bindings: [String: TensorData]) throws -> [String: TensorData] {
        for name in slots.keys where bindings[name] == nil {
            throw TuskError.binding("missing value for '\(name)' (\(slots[name]!.type))")
        }
        try bind(bindings)
        try execute()
        var result: [String: TensorData] = [:]
        for out in outputSlots { result[out.name] = read(out.type, at: out.offset) }
        return result
    }

    /// Copies the given values into their input/parameter slots, where they stay until rebound.
    /// Throws `TuskError.binding` for an unknown name or a wrong dtype or shape.
    public func bind(_ bindings: [String: TensorData]) throws {
        for (name, value) in bindings {
            guard let slot = slots[name] else { continue }  // like the interpreter: extra names are ignored
            if value.type != slot.type {
                throw TuskError.binding("'\(name)' expects \(slot.type), got \(value.type)")
            }
            if slot.offset >= 0 { write(value, at: slot.offset) }
            bound.insert(name)
        }
    }

    /// Runs the kernels on the values currently bound. Every input and parameter must have been
    /// bound at least once.
    public func execute() throws {
        if bound.count != slots.count {
            let missing = slots.keys.filter { !bound.contains($0) }.sorted()
            throw TuskError.binding("no value bound for \(missing.joined(separator: ", "))")
        }
        for step in steps { try step.run() }
    }

    /// Runs the kernels like `execute`, timing each one: `(node, op name, seconds)` in execution
    /// order (views and leaves run no kernel and are absent).
    public func profile() throws -> [(node: Int, op: String, seconds: Double)] {
        try execute()  // binding checks, warm caches
        let clock = ContinuousClock()
        var result: [(node: Int, op: String, seconds: Double)] = []
        for step in steps {
            var failure: Error?
            let d = clock.measure { do { try step.run() } catch { failure = error } }
            if let failure { throw failure }
            result.append((step.node, graph.nodes[step.node].op.name,
                           Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18))
        }
        return result
    }

    /// A copy of an output after `execute`.
    public func output(_ name: String) throws -> TensorData {
        guard let out = outputSlots.first(where: { $0.name == name }) else {
            throw TuskError.binding("no output named '\(name)'")
        }
        return read(out.type, at: out.offset)
    }

    /// Zero-copy access to an output's storage in the arena (valid until the next `execute`).
    public func withOutputBuffer<R>(_ name: String, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        guard let out = outputSlots.first(where: { $0.name == name }) else {
            throw TuskError.binding("no output named '\(name)'")
        }
        return try body(UnsafeRawBufferPointer(start: arena + out.offset, count: out.type.byteCount))
    }

    private func write(_ value: TensorData, at offset: Int) {
        let dst = arena + offset
        switch value.storage {
        case .f32(let a): a.withUnsafeBytes { dst.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        case .f64(let a): a.withUnsafeBytes { dst.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        case .i32(let a): a.withUnsafeBytes { dst.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        case .i64(let a): a.withUnsafeBytes { dst.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        case .bool(let a): a.withUnsafeBytes { dst.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        }
    }

    private func read(_ type: TensorType, at offset: Int) -> TensorData {
        let n = type.elementCount
        let src = UnsafeRawPointer(arena + offset)
        func array<T>(_: T.Type) -> [T] {
            [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                if n > 0 { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: src, byteCount: n * MemoryLayout<T>.stride) }
                initialized = n
            }
        }
        switch type.dtype {
        case .f32: return TensorData(shape: type.shape, storage: .f32(array(Float.self)))
        case .f64: return TensorData(shape: type.shape, storage: .f64(array(Double.self)))
        case .i32: return TensorData(shape: type.shape, storage: .i32(array(Int32.self)))
        case .i64: return TensorData(shape: type.shape, storage: .i64(array(Int64.self)))
        case .bool: return TensorData(shape: type.shape, storage: .bool(array(Bool.self)))
        }
    }
}

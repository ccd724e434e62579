/// An indexed list of modules named `"0"`, `"1"`, … inside the list's own scope
/// (`blocks.0.…`, `blocks.1.…`), like PyTorch's `nn.ModuleList`.
///
/// A list of `Layer`s is itself a layer that applies its elements in order. For blocks that take
/// more than one tensor, iterate inside the list's scope:
///
/// ```swift
/// blocks.scoped(x.builder) { for block in blocks { x = block(x, bias: bias) } }
/// ```
public struct ModuleList<Element: Module>: Module, RandomAccessCollection {
    public var name: String
    /// The elements; their names are their indices.
    public private(set) var elements: [Element]

    /// A list of `count` modules made by `make(index)`; each is renamed to its index.
    public init(name: String, count: Int, _ make: (Int) throws -> Element) rethrows {
        self.name = name
        elements = try (0..<count).map { try make($0).named(String($0)) }
    }

    /// A list of the given modules, renamed to their indices.
    public init(name: String, _ elements: [Element]) {
        self.name = name
        self.elements = elements.enumerated().map { $1.named(String($0)) }
    }

    public var startIndex: Int { elements.startIndex }
    public var endIndex: Int { elements.endIndex }
    public subscript(position: Int) -> Element { elements[position] }
}

extension ModuleList: Layer where Element: Layer {
    /// Applies the elements in order.
    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        elements.reduce(x) { y, layer in layer(y, file: file, line: line) }
    }
}

/// Modules keyed by string inside the dictionary's scope (`embed.2.…`, `embed.3.…`), like
/// PyTorch's `nn.ModuleDict`; each module is renamed to its key. Walrus keeps one encoder per
/// spatial dimensionality this way.
public struct ModuleDict<Element: Module>: Module {
    public var name: String
    private var storage: [String: Element]

    /// A dictionary of the given modules, each renamed to its key.
    public init(name: String, _ modules: [String: Element]) {
        self.name = name
        storage = Dictionary(uniqueKeysWithValues: modules.map { ($0.key, $0.value.named($0.key)) })
    }

    /// The keys, sorted.
    public var keys: [String] { storage.keys.sorted() }

    /// The module stored under `key` (call it inside `scoped(_:_:)` so its parameters get the
    /// dictionary's prefix).
    public subscript(key: String) -> Element? { storage[key] }
}

extension ModuleDict where Element: Layer {
    /// Applies the module stored under `key` inside the dictionary's scope. A missing key is
    /// recorded as an error naming the known keys and the caller's line (the trace then throws).
    public func callAsFunction(_ key: String, _ x: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        guard let module = storage[key] else {
            x.builder.record(.shape(op: "ModuleDict(\(name))",
                                    message: "no module under key '\(key)'; keys are \(keys)",
                                    operands: [x.type], location: SourceLocation(file, line)))
            return x
        }
        return scoped(x.builder) { module(x, file: file, line: line) }
    }
}

/// Layers applied one after another, named `"0"`, `"1"`, … like PyTorch's `nn.Sequential`
/// (a `Sequential(Linear, SiLU, Linear)` has parameters `0.weight`, `0.bias`, `2.weight`, `2.bias`).
public struct Sequential: Layer {
    public var name: String
    /// The layers, renamed to their positions.
    public private(set) var layers: [any Layer]

    public init(name: String = "", _ layers: [any Layer]) {
        self.name = name
        self.layers = layers.enumerated().map { index, layer in
            var renamed = layer
            renamed.name = String(index)
            return renamed
        }
    }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        layers.reduce(x) { y, layer in layer(y, file: file, line: line) }
    }
}

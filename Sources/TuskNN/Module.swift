/// A named node of a model tree: a Swift value holding its configuration and its sub-modules.
///
/// A module owns no weights. Applying it to symbolic `Tensor`s appends its computation to the
/// graph being traced and declares its parameters inside the scope `name`, so a module's
/// parameters get dotted names from the path of names leading to it — exactly PyTorch's
/// state-dict keys when the names follow the PyTorch attribute names:
///
/// ```swift
/// struct Block: Layer {
///     var name: String
///     var norm = LayerNorm(64, name: "norm")
///     var fc = Linear(64, 64, name: "fc")
///     func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
///         x + fc(norm(x, file: file, line: line), file: file, line: line)
///     }
/// }
/// let blocks = ModuleList(name: "blocks", count: 2) { _ in Block(name: "") }
/// // parameters: blocks.0.norm.weight, blocks.0.norm.bias, blocks.0.fc.weight, …, blocks.1.fc.bias
/// ```
///
/// Containers (`ModuleList`, `ModuleDict`, `Sequential`) rename their children (`"0"`, `"1"`, the
/// dictionary keys), so lists of blocks and per-dimension dictionaries (`embed.2`, `embed.3`) read
/// naturally. An empty name adds no path segment (activations, wrappers).
public protocol Module {
    /// This module's segment of the dotted parameter path (`"fc"`, `"norm1"`, `"0"`); empty for
    /// none.
    var name: String { get set }
}

extension Module {
    /// Runs `body` inside this module's parameter scope on `builder`.
    public func scoped<R>(_ builder: GraphBuilder, _ body: () throws -> R) rethrows -> R {
        try builder.scope(name, body)
    }

    /// A copy of this module with another name (for containers and parents that assign names).
    public func named(_ name: String) -> Self {
        var copy = self
        copy.name = name
        return copy
    }
}

/// A module with one tensor in and one tensor out: the kind that stacks in a `Sequential`.
///
/// Conformers implement `forward(_:file:line:)`; users call the module like a function,
/// `y = layer(x)`, which enters the module's scope and passes the caller's `#fileID`/`#line` down,
/// so a shape error inside the layer names the line of the model definition that called it.
public protocol Layer: Module {
    /// The layer's computation, traced inside its scope. `file`/`line` are the user's call site;
    /// forward them to every DSL call and sub-layer.
    func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor
}

extension Layer {
    /// Applies the layer to `x` inside its parameter scope.
    public func callAsFunction(_ x: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        scoped(x.builder) { forward(x, file: file, line: line) }
    }
}

/// A symbolic tensor: a value of the graph being traced. Operations on it append nodes to its
/// builder; nothing is computed. Every operation captures the caller's `#fileID:#line`, so a
/// shape error names the line of the model definition.
///
/// ```swift
/// let graph = try Graph.trace("mlp") { b in
///     let x = b.input("x", [8, 16])
///     let w = b.parameter("fc.weight", [16, 4])
///     return [("y", x.matmul(w).silu())]
/// }
/// ```
public struct Tensor {
    public let builder: GraphBuilder
    public let id: ValueID

    public init(_ builder: GraphBuilder, _ id: ValueID) {
        self.builder = builder
        self.id = id
    }

    public var type: TensorType { builder.graph.type(of: id) }
    public var shape: [Int] { type.shape }
    public var dtype: DType { type.dtype }
    public var rank: Int { type.rank }

    /// Appends `op` with `self` and `others` as operands.
    @inlinable
    public func apply(_ op: Op, _ others: [Tensor] = [], file: StaticString, line: UInt) -> Tensor {
        Tensor(builder, builder.append(op, [id] + others.map(\.id), location: SourceLocation(file, line)))
    }

    /// Resolves a possibly negative axis (`-1` = last) against this tensor's rank.
    public func axis(_ a: Int) -> Int { a < 0 ? a + rank : a }
}

extension GraphBuilder {
    /// A data input as a symbolic tensor.
    public func input(_ name: String, _ shape: [Int], _ dtype: DType = .f32,
                      file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        Tensor(self, input(name, TensorType(dtype, shape), location: SourceLocation(file, line)))
    }

    /// A parameter (named inside the current scope) as a symbolic tensor.
    public func parameter(_ name: String, _ shape: [Int], _ dtype: DType = .f32,
                          file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        Tensor(self, parameter(name, TensorType(dtype, shape), location: SourceLocation(file, line)))
    }

    /// A tensor whose elements all equal `value`.
    public func fill(_ value: Double, _ shape: [Int] = [], _ dtype: DType = .f32,
                     file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        Tensor(self, appendLeaf(.fill(value), type: TensorType(dtype, shape), location: SourceLocation(file, line)))
    }

    /// `start + step · i` along `axis`, broadcast along the other axes.
    public func iota(_ shape: [Int], axis: Int = 0, start: Double = 0, step: Double = 1, _ dtype: DType = .f32,
                     file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        Tensor(self, appendLeaf(.iota(axis: axis, start: start, step: step), type: TensorType(dtype, shape),
                                location: SourceLocation(file, line)))
    }

    /// `n` evenly spaced values from `start` to `end` inclusive (`torch.linspace`).
    public func linspace(_ start: Double, _ end: Double, count n: Int, _ dtype: DType = .f32,
                         file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let step = n > 1 ? (end - start) / Double(n - 1) : 0
        return iota([n], axis: 0, start: start, step: step, dtype, file: file, line: line)
    }

    /// Dense constant data, row-major.
    public func literal(_ values: [Double], _ shape: [Int], _ dtype: DType = .f32,
                        file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        Tensor(self, appendLeaf(.literal(values), type: TensorType(dtype, shape), location: SourceLocation(file, line)))
    }

    /// Concatenates tensors along `axis` (negative counts from the end).
    public func concat(_ tensors: [Tensor], axis: Int,
                       file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        precondition(!tensors.isEmpty, "concat of no tensors")
        let a = tensors[0].axis(axis)
        return Tensor(self, append(.concat(axis: a), tensors.map(\.id), location: SourceLocation(file, line)))
    }

    /// `cond ? a : b`, elementwise with broadcasting.
    public func select(_ cond: Tensor, _ a: Tensor, _ b: Tensor,
                       file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        Tensor(self, append(.select, [cond.id, a.id, b.id], location: SourceLocation(file, line)))
    }
}

// TuskNN: the module layer of the Swift DSL.
//
// A model is a tree of `Module` values (configuration and sub-modules, no weights). Calling a
// module on symbolic `Tensor`s traces its computation into the graph being built and declares its
// parameters under dotted, PyTorch-state-dict-compatible names (`blocks.0.attn.qkv.weight`),
// recording how each one is initialized. `Graph.traceModel` returns the graph together with those
// initializers; `TracedModel.initialParameters(seed:)` turns them into concrete tensors.
//
// Layers are compositions of TuskIR primitives only (no new ops), written so the fusion passes can
// recognize them (softmax through the softmax op, one GEMM per Linear, …).
@_exported import TuskIR

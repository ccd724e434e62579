// libFuzzer target: the graph text parser (`Graph.parse`). Built by scripts/fuzz.sh together
// with Sources/TuskIR (one module). Any input must give a graph or a thrown error, never a
// trap; a graph that parses must print to text that parses back and prints to the same bytes
// (the canonical-text guarantee of Graph+Text.swift). Graphs are not compared with `==`: a
// literal holding NaN is not equal to itself.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let graph = try? Graph.parse(text) else { return 0 }
    let printed = graph.text(includeLocations: true)
    guard let again = try? Graph.parse(printed) else { fatalError("printed text does not parse:\n\(printed)") }
    guard again.nodes.count == graph.nodes.count, again.text(includeLocations: true) == printed else { fatalError("text round trip differs:\n\(printed)") }
    _ = graph.dot()
    return 0
}

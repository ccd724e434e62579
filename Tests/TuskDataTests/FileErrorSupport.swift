import Testing
import TuskIR

/// The message of the `TuskError.file` that `body` throws for `path` (records an issue when it
/// throws nothing, or anything else).
func fileError(path: String, _ body: () throws -> Void) -> String {
    do {
        try body()
        Issue.record("expected an error")
    } catch let TuskError.file(p, message) {
        #expect(p == path)
        return message
    } catch {
        Issue.record("unexpected error \(error)")
    }
    return ""
}

import Foundation
import TuskIR

/// The compile cache: lowered (optimized) graphs, and backend artifacts, in memory and on disk.
///
/// Folder: `$TUSK_CACHE_DIR`, else `$XDG_CACHE_HOME/tusk`, else `~/.cache/tusk`;
/// `TUSK_CACHE_DIR=off` keeps the cache in memory only. Entries are files named by the digest of
/// their key, written atomically (temporary file + rename), so concurrent processes never read a
/// half-written entry; a corrupt or unreadable entry is a miss (and is rewritten), never an error.
///
/// Keys (`Key`) are lists of named components (the graph's hash, the kind, the pipelines, Tusk's
/// build, and for artifacts the backend, its options and the CPU features). For each graph name
/// the cache remembers the components of the last key stored, so a miss can say *why*:
/// "graph changed", "tusk changed", ….
public final class CompileCache: @unchecked Sendable {
    /// A cache key: named components; its digest names the entry.
    public struct Key: Sendable, Hashable {
        public var name: String
        public var components: [(String, String)]

        public init(name: String, components: [(String, String)]) {
            self.name = name
            self.components = components
        }

        /// A stable digest of every component.
        public var digest: String {
            StableHash.hex(name + "\n" + components.map { "\($0.0)=\($0.1)" }.joined(separator: "\n"))
        }

        public static func == (a: Key, b: Key) -> Bool { a.digest == b.digest }
        public func hash(into h: inout Hasher) { h.combine(digest) }
    }

    /// The result of a lookup.
    public enum Lookup<T> {
        case hit(T)
        /// Why it missed (for verbose output).
        case miss(String)
    }

    /// The on-disk folder (nil: memory only).
    public let directory: String?
    private let lock = NSLock()
    private var graphs: [String: Graph] = [:]
    private var artifacts: [String: [UInt8]] = [:]
    /// Hits and misses since creation.
    public private(set) var hits = 0
    public private(set) var misses = 0

    /// A cache in `directory` (created when needed), or in memory only when nil.
    public init(directory: String?) {
        self.directory = directory
    }

    /// The process-wide cache in the folder the environment names (see the type's doc).
    public static let shared = CompileCache(directory: CompileCache.defaultDirectory())

    /// `$TUSK_CACHE_DIR` (nil for `off`), else `$XDG_CACHE_HOME/tusk`, else `~/.cache/tusk`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let dir = environment["TUSK_CACHE_DIR"], !dir.isEmpty {
            return dir == "off" ? nil : dir
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/tusk" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/tusk"
    }

    // MARK: Graphs

    /// The graph stored under `key`.
    public func lookupGraph(_ key: Key) -> Lookup<Graph> {
        let digest = key.digest
        if let g = locked({ graphs[digest] }) { count(hit: true); return .hit(g) }
        if let text = readEntry(digest, ext: "graph.txt").flatMap({ String(bytes: $0, encoding: .utf8) }),
           let g = try? Graph.parse(text, file: "compile cache \(digest)") {
            locked { graphs[digest] = g }
            count(hit: true)
            return .hit(g)
        }
        count(hit: false)
        return .miss(reason(key))
    }

    /// Stores `graph` under `key` (memory and disk).
    public func storeGraph(_ graph: Graph, _ key: Key) {
        let digest = key.digest
        locked { graphs[digest] = graph }
        writeEntry(digest, ext: "graph.txt", Array(graph.text.utf8))
        remember(key)
    }

    // MARK: Artifacts

    /// Backend bytes (object code, …) stored under `key`.
    public func lookupArtifact(_ key: Key) -> Lookup<[UInt8]> {
        let digest = key.digest
        if let a = locked({ artifacts[digest] }) { count(hit: true); return .hit(a) }
        if let bytes = readEntry(digest, ext: "bin") {
            locked { artifacts[digest] = bytes }
            count(hit: true)
            return .hit(bytes)
        }
        count(hit: false)
        return .miss(reason(key))
    }

    /// Stores backend bytes under `key`.
    public func storeArtifact(_ bytes: [UInt8], _ key: Key) {
        let digest = key.digest
        locked { artifacts[digest] = bytes }
        writeEntry(digest, ext: "bin", bytes)
        remember(key)
    }

    // MARK: Files

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    private func count(hit: Bool) { locked { if hit { hits += 1 } else { misses += 1 } } }

    private func path(_ name: String) -> String? { directory.map { $0 + "/" + name } }

    private func readEntry(_ digest: String, ext: String) -> [UInt8]? {
        guard let p = path("\(digest).\(ext)"), let data = FileManager.default.contents(atPath: p) else { return nil }
        // Entry layout: 8 bytes of payload length, the payload, 16 hex digits of its hash.
        guard data.count >= 24 else { return nil }
        let bytes = [UInt8](data)
        var length = 0
        for k in 0..<8 { length |= Int(bytes[k]) << (8 * k) }
        guard length == bytes.count - 24 else { return nil }
        let payload = Array(bytes[8..<(8 + length)])
        guard String(bytes: bytes[(8 + length)...], encoding: .ascii) == StableHash.hex64(payload) else { return nil }
        return payload
    }

    private func writeEntry(_ digest: String, ext: String, _ payload: [UInt8]) {
        guard let p = path("\(digest).\(ext)") else { return }
        var bytes: [UInt8] = (0..<8).map { UInt8(truncatingIfNeeded: payload.count >> (8 * $0)) }
        bytes += payload
        bytes += Array(StableHash.hex64(payload).utf8)
        atomicWrite(bytes, to: p)
    }

    private func atomicWrite(_ bytes: [UInt8], to p: String) {
        guard let dir = directory else { return }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            if locked({ () -> Bool in defer { staleTemporariesRemoved = true }; return !staleTemporariesRemoved }) {
                Self.removeStaleTemporaries(in: dir)
            }
            let tmp = p + ".tmp.\(getpid()).\(UInt64.random(in: 0...UInt64.max))"
            guard FileManager.default.createFile(atPath: tmp, contents: Data(bytes)) else { return }
            if rename(tmp, p) != 0 { unlink(tmp) }
        } catch {
            // An unwritable cache folder only costs a recompile next time.
        }
    }

    private var staleTemporariesRemoved = false

    /// Removes `<entry>.tmp.<pid>.<n>` files whose writing process is gone (killed mid-write),
    /// once per cache object, before its first write.
    static func removeStaleTemporaries(in dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names {
            guard let range = name.range(of: ".tmp.") else { continue }
            let rest = name[range.upperBound...].split(separator: ".")
            guard rest.count == 2, let pid = Int32(rest[0]), UInt64(rest[1]) != nil, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(dir + "/" + name) }
        }
    }

    /// Remembers the components of the last key stored for this name (to explain misses).
    private func remember(_ key: Key) {
        let text = key.components.map { "\($0.0)=\($0.1)" }.joined(separator: "\n")
        locked { lastKeys[key.name] = key.components }
        if let p = path("last-\(StableHash.hex(key.name)).key") { atomicWrite(Array(text.utf8), to: p) }
    }
    private var lastKeys: [String: [(String, String)]] = [:]

    private func reason(_ key: Key) -> String {
        var last = locked { lastKeys[key.name] }
        if last == nil, let p = path("last-\(StableHash.hex(key.name)).key"),
           let data = FileManager.default.contents(atPath: p), let text = String(data: data, encoding: .utf8) {
            last = text.split(separator: "\n").compactMap { line in
                line.firstIndex(of: "=").map { (String(line[..<$0]), String(line[line.index(after: $0)...])) }
            }
        }
        guard let last else {
            return directory == nil ? "not compiled before in this process (disk cache off)" : "not compiled before (no entry in \(directory!))"
        }
        let old = Dictionary(last, uniquingKeysWith: { a, _ in a })
        let changed = key.components.filter { old[$0.0] != $0.1 }.map(\.0)
        if changed.isEmpty { return "entry missing or unreadable (same key as the last compile)" }
        return "changed since the last compile of '\(key.name)': " + changed.joined(separator: ", ")
    }
}

/// Stable (process- and platform-independent) hashes for cache keys: FNV-1a 64 over UTF-8
/// bytes, twice with different offsets for a 128-bit digest.
public enum StableHash {
    static func fnv(_ bytes: some Sequence<UInt8>, offset: UInt64) -> UInt64 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
    static func hex16(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
    /// 16 hex digits.
    public static func hex64(_ bytes: [UInt8]) -> String { hex16(fnv(bytes, offset: 0xCBF2_9CE4_8422_2325)) }
    /// 32 hex digits of `text`.
    public static func hex(_ text: String) -> String {
        let u = Array(text.utf8)
        return hex16(fnv(u, offset: 0xCBF2_9CE4_8422_2325)) + hex16(fnv(u, offset: 0x8422_2325_CBF2_9CE4))
    }
}

/// The identity of the running Tusk build: its version and the size and modification time of
/// its executable, so any rebuild invalidates cached compiles.
public enum TuskBuild {
    /// The release version.
    public static let version = "0.2.0"
    /// `version` plus the executable's size and mtime.
    public static let identity: String = {
        var st = stat()
        if stat("/proc/self/exe", &st) == 0 || stat(CommandLine.arguments.first ?? "", &st) == 0 {
            return "\(version)+\(st.st_size).\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
        }
        return version
    }()
}

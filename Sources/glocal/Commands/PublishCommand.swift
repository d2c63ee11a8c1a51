import Glibc
import Ledger

/// `glocal publish --out DIR`: the ledger as static files of a tiled transparency log
/// (C2SP tlog-tiles), for any object store or web server to serve as `/log/` does.
enum PublishCommand: Command {
    static let name = "publish"
    static let overview = "Write the ledger as tlog-tiles static files: checkpoint, tiles and entry bundles."
    static let usage = "glocal publish --out <dir> [--data <dir>]"
    static let help = """
        OPTIONS:
          --out <dir>             Where to write checkpoint, tile/… and tile/entries/… (created if missing).
        \(DataOption.help)
          -h, --help              Show help information.

        Signs a checkpoint of the whole log if the last one is older, then writes every tile
        and entry bundle of that tree size, and the checkpoint last, so that a reader who
        sees the checkpoint finds all it needs. Full tiles already there are kept (they never
        change); run it again to publish what was appended since. Serve the folder as the
        log's prefix: `checkpoint` for seconds, the rest for as long as you like.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["out", "data"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        guard let out = arguments.value("out") else { throw UsageError(message: "missing --out <dir>", usage: usage) }
        let folder = DataOption.folder(arguments)
        let checkpoint = try await folder.open().checkpoint()
        let size = checkpoint.checkpoint.size
        let database = try SQLiteConnection(path: try folder.existingDatabasePath(), readOnly: true)
        try database.execute("BEGIN")
        defer { try? database.execute("ROLLBACK") }
        let records = LedgerRecords(database)
        var written = 0
        for path in TilePath.all(forTreeSize: size) {
            let file = out + "/" + path.description
            if path.width == TilePath.fullWidth && access(file, F_OK) == 0 { continue }
            guard let bytes = try records.tile(path) else { throw PublishError.missing(path: path.description) }
            try write(bytes, to: file)
            written += 1
        }
        try write(Array(checkpoint.serialized().utf8), to: out + "/checkpoint")
        output.print("published \(written) tiles and bundles for \(size) entries to \(out)")
        return 0
    }

    /// Writes `bytes` to `path` through a file renamed into place, creating the folders.
    private static func write(_ bytes: [UInt8], to path: String) throws {
        var folder = ""
        for (position, part) in path.split(separator: "/", omittingEmptySubsequences: false).dropLast().enumerated() {
            folder = position == 0 ? String(part) : folder + "/" + part
            guard !folder.isEmpty, mkdir(folder, 0o755) != 0, errno != EEXIST else { continue }
            throw PublishError.cannotWrite(path: folder, reason: String(cString: strerror(errno)))
        }
        let temporary = path + ".partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublishError.cannotWrite(path: temporary, reason: String(cString: strerror(errno))) }
        let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard count == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw PublishError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

/// Why the log could not be published, in the operator's terms.
enum PublishError: Error, CustomStringConvertible {
    case missing(path: String)
    case cannotWrite(path: String, reason: String)

    var description: String {
        switch self {
        case let .missing(path): "the database lacks what \(path) covers; run `glocal verify`"
        case let .cannotWrite(path, reason): "cannot write \(path): \(reason)"
        }
    }
}

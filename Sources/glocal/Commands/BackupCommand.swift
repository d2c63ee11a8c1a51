import Glibc
import Ledger
import Registry

/// `glocal backup --out FILE`: a consistent copy of a node's database, taken while it
/// serves and writes go on.
enum BackupCommand: Command {
    static let name = "backup"
    static let overview = "Copy a node's database, consistent, while it serves."
    static let usage = "glocal backup --out <file> [--data <dir>]"
    static let help = """
        OPTIONS:
          --out <file>            Where to write the copy (mode 0600; refused if the file exists).
        \(DataOption.help)
          -h, --help              Show help information.

        The copy is the ledger and the registry as of one moment, taken with SQLite's online
        backup while the node keeps serving and writing. It holds personal data: keep it as
        you would the data folder. The keys (node.key, keys/) are not in it: keep a copy of
        them apart, once, and put them in a new data folder before `glocal restore`.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["out", "data"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        guard let out = arguments.value("out") else { throw UsageError(message: "missing --out <file>", usage: usage) }
        guard access(out, F_OK) != 0 else { throw BackupError.exists(path: out) }
        let database = try DataOption.folder(arguments).existingDatabasePath()
        let temporary = out + ".partial"
        unlink(temporary)
        do {
            try SQLiteConnection(path: database, readOnly: true).backUp(to: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, out) == 0 else { throw BackupError.cannotWrite(path: out, reason: String(cString: strerror(errno))) }
        let report = try LedgerVerifier.verifyDatabase(at: out)
        output.print("backed up \(report.entries) entries to \(out), root \(report.rootHash)")
        return 0
    }
}

/// Why a backup or a restore could not be made, in the operator's terms.
enum BackupError: Error, CustomStringConvertible {
    case exists(path: String)
    case cannotWrite(path: String, reason: String)
    case notABackup(path: String, nodeKey: String)
    case folderInUse(path: String)
    case noNodeKey(path: String)

    var description: String {
        switch self {
        case let .exists(path): "\(path) already exists; name a new file"
        case let .cannotWrite(path, reason): "cannot write \(path): \(reason)"
        case let .notABackup(path, key): "\(path) is not a backup of the node whose key \(key.prefix(16))… is in the data folder, or does not verify"
        case let .folderInUse(path): "\(path) already holds a database; restore into an empty data folder"
        case let .noNodeKey(path): "\(path) has no node.key; copy the node's keys (node.key, node.pub, keys/) into it first"
        }
    }
}

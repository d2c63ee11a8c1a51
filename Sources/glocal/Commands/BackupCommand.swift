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
        let report = try Backups.copy(database: try DataOption.folder(arguments).existingDatabasePath(), to: out)
        output.print("backed up \(report.entries) entries to \(out), root \(report.rootHash)")
        return 0
    }
}

import Ledger

/// `glocal export --ledger FILE`: the ledger as JSON Lines for outside verification.
enum ExportCommand: Command {
    static let name = "export"
    static let overview = "Write the ledger, its keys and a signed checkpoint to a JSON Lines file."
    static let usage = "glocal export --ledger <file> [--data <dir>]"
    static let help = """
        OPTIONS:
          --ledger <file>         Where to write the export (replaced atomically).
        \(DataOption.help)
          -h, --help              Show help information.

        The format is specified in docs/ledger-format.md; `glocal verify --export <file>` checks it.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["ledger", "data"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        let path = try arguments.require("ledger")
        let ledger = try await DataOption.folder(arguments).open()
        let checkpoint = try await LedgerExport.write(ledger, to: path)
        output.print("exported \(checkpoint.size) entries to \(path), root \(checkpoint.rootHash)")
        return 0
    }
}

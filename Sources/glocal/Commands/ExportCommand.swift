import Ledger
import Registry

/// `glocal export --ledger FILE`: the ledger as JSON Lines for outside verification;
/// `glocal export --csv KIND`: a register as a spreadsheet for Union staff.
enum ExportCommand: Command {
    static let name = "export"
    static let overview = "Export the ledger (JSON Lines) or a register (CSV for spreadsheets)."
    static let usage = "glocal export (--ledger <file> | --csv cities|members|projects [--out <file>]) [--data <dir>]"
    static let help = """
        OPTIONS:
          --ledger <file>         Write the ledger, its keys and a signed checkpoint (replaced atomically).
          --csv <kind>            Write the cities, members or projects as CSV (UTF-8 with BOM, CRLF).
          --out <file>            Where to write the CSV (replaced atomically, mode 0600; default: standard output).
        \(DataOption.help)
          -h, --help              Show help information.

        The ledger format is specified in docs/ledger-format.md; `glocal verify --export <file>` checks it.
        A members export holds personal data: keep it as you would the register itself.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["ledger", "csv", "out", "data"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        switch (arguments.value("ledger"), arguments.value("csv")) {
        case let (path?, nil):
            guard arguments.value("out") == nil else { throw UsageError(message: "--out goes with --csv only", usage: usage) }
            let ledger = try await DataOption.folder(arguments).open()
            let checkpoint = try await LedgerExport.write(ledger, to: path)
            output.print("exported \(checkpoint.size) entries to \(path), root \(checkpoint.rootHash)")
        case let (nil, kind?):
            guard let kind = RegisterKind(rawValue: kind) else {
                throw UsageError(message: "--csv must be cities, members or projects, not '\(kind)'", usage: usage)
            }
            let node = try await DataOption.folder(arguments).openNode()
            let bytes = try await node.exportCSV(kind)
            if let path = arguments.value("out") {
                try CSVFile.write(bytes, to: path)
                output.print("exported \(kind.rawValue) to \(path)")
            } else {
                output.write(bytes)
            }
        default:
            throw UsageError(message: "give exactly one of --ledger <file> or --csv <kind>", usage: usage)
        }
        return 0
    }
}

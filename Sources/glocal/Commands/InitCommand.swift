import Ledger
import Registry

/// `glocal init`: a new data folder with a node key and a ledger.
enum InitCommand: Command {
    static let name = "init"
    static let overview = "Create a data folder: a new database whose ledger starts by registering a new node key."
    static let usage = "glocal init [--data <dir>] [--origin <origin>]"
    static let help = """
        OPTIONS:
        \(DataOption.help)
          --origin <origin>       The ledger's name in its checkpoints, e.g. glocal.example/glazov
                                  (default: glocal.local/town).
          -h, --help              Show help information.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["data", "origin"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        let folder = DataOption.folder(arguments)
        let ledger = try await folder.initialise(origin: arguments.value("origin") ?? "glocal.local/town")
        output.print("initialised \(folder.path)")
        output.print("  database  \(folder.databasePath)")
        output.print("  node key  \(folder.nodeKeyPath) (mode 0600)")
        output.print("  key id    \(ledger.nodeKey.keyID)")
        output.print("  verifier  \(ledger.noteVerifier.verifierKey)")
        return 0
    }
}

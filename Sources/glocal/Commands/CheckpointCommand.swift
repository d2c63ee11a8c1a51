import Ledger

/// `glocal checkpoint`: the current signed checkpoint, for publishing or witnessing.
enum CheckpointCommand: Command {
    static let name = "checkpoint"
    static let overview = "Print the latest signed checkpoint (C2SP tlog-checkpoint), signing a new one if needed."
    static let usage = "glocal checkpoint [--data <dir>]"
    static let help = """
        OPTIONS:
        \(DataOption.help)
          -h, --help              Show help information.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["data"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        let ledger = try await DataOption.folder(arguments).open()
        let signed = try await ledger.checkpoint()
        var text = signed.serialized()
        if text.hasSuffix("\n") { text.removeLast() }
        output.print(text)
        return 0
    }
}

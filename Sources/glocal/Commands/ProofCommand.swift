import Ledger

/// `glocal proof inclusion|consistency`: RFC 9162 proofs as JSON.
enum ProofCommand: Command {
    static let name = "proof"
    static let overview = "Print an RFC 9162 inclusion or consistency proof as JSON."
    static let usage = "glocal proof inclusion <seq> [--size <n>] [--data <dir>]\n       glocal proof consistency <old-size> <new-size> [--data <dir>]"
    static let help = """
        ARGUMENTS:
          inclusion <seq>         Prove that entry <seq> is in the tree of the first <n> entries
                                  (default n: the latest checkpoint's size).
          consistency <old> <new> Prove that the tree of the first <old> entries is a prefix of
                                  the tree of the first <new> entries.

        OPTIONS:
          --size <n>              Tree size for an inclusion proof.
        \(DataOption.help)
          -h, --help              Show help information.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["size", "data"], flags: [], usage: usage)
        guard let mode = arguments.positionals.first else { throw UsageError(message: "expected inclusion or consistency", usage: usage) }
        switch mode {
        case "inclusion":
            try arguments.expectPositionals(2, "inclusion <seq>")
            let seq = try arguments.integer(arguments.positionals[1], "seq")
            let ledger = try await DataOption.folder(arguments).open()
            let checkpoint = try await ledger.checkpoint()
            let size = try arguments.value("size").map { try arguments.integer($0, "size", minimum: 1) } ?? checkpoint.checkpoint.size
            let proof = try await ledger.inclusionProof(seq: seq, treeSize: size)
            let entry = try await ledger.entry(seq)
            let root = try await ledger.rootHash(treeSize: size)
            try print([
                "leaf_index": .integer(Int64(seq)), "tree_size": .integer(Int64(size)),
                "entry_hash": .string(entry.hash.hex), "leaf_hash": .string(MerkleHash.leaf(entry.canonicalBytes).hex),
                "root_hash": .string(root.hex), "proof": .array(proof.hashes.map { .string($0.hex) }),
            ], output)
        case "consistency":
            try arguments.expectPositionals(3, "consistency <old-size> <new-size>")
            let old = try arguments.integer(arguments.positionals[1], "old size", minimum: 1)
            let new = try arguments.integer(arguments.positionals[2], "new size", minimum: 1)
            guard old <= new else { throw UsageError(message: "old size \(old) is larger than new size \(new)", usage: usage) }
            let ledger = try await DataOption.folder(arguments).open()
            let proof = try await ledger.consistencyProof(from: old, to: new)
            try print([
                "old_size": .integer(Int64(old)), "new_size": .integer(Int64(new)),
                "old_root": .string(try await ledger.rootHash(treeSize: old).hex),
                "new_root": .string(try await ledger.rootHash(treeSize: new).hex),
                "proof": .array(proof.hashes.map { .string($0.hex) }),
            ], output)
        default:
            throw UsageError(message: "unknown proof kind \"\(mode)\"; expected inclusion or consistency", usage: usage)
        }
        return 0
    }

    private static func print(_ object: JSONObject, _ output: Output) throws {
        output.print(String(decoding: try JSONValue.object(object).canonicalBytes(), as: UTF8.self))
    }
}

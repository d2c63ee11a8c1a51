import Ledger
import Registry

/// `glocal witness`: the witnesses this node asks to cosign its checkpoints, and the other
/// towns' logs it witnesses itself (C2SP tlog-witness), each named by its C2SP vkey.
enum WitnessCommand: Command {
    static let name = "witness"
    static let overview = "Configure the witnesses this node asks, and the logs it witnesses."
    static let usage = "glocal witness key|list|add <url> <vkey>|remove <name>|follow <vkey>|unfollow <origin> [--data <dir>]"
    static let help = """
        ARGUMENTS:
          key                     Print this node's witness key (vkey) for other towns to add.
          list                    The witnesses asked, the logs followed, and any evidence of forks.
          add <url> <vkey>        Ask the witness at <url> (its submission prefix, e.g.
                                  http://node.town.example/witness) to cosign each checkpoint.
          remove <name>           Stop asking that witness.
          follow <vkey>           Witness the log whose checkpoint key this is (`glocal init` prints it).
          unfollow <origin>       Stop witnessing that log.

        OPTIONS:
        \(DataOption.help)
          -h, --help              Show help information.

        `glocal serve` asks the witnesses every few seconds, from the size each cosigned
        before, and serves their cosignatures with the checkpoint at /log/checkpoint. As a
        witness it answers POST /witness/add-checkpoint for the logs it follows, and keeps a
        checkpoint that contradicts one it cosigned as evidence.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["data"], flags: [], usage: usage)
        let node = try await DataOption.folder(arguments).openNode()
        switch arguments.positionals.first ?? "" {
        case "key" where arguments.positionals.count == 1:
            output.print(try node.witnessing.cosigner().verifier.verifierKey)
        case "list" where arguments.positionals.count == 1:
            for witness in try await node.witnesses.all() {
                output.print("asks     \(witness.name)  \(witness.url)  cosigned \(witness.cosignedSize)")
            }
            for log in try await node.witnessing.followed() {
                output.print("follows  \(log.origin)  cosigned \(log.size)")
            }
            for evidence in try await node.witnessing.evidence() {
                output.print("evidence \(evidence.origin)  \(evidence.reason) at \(evidence.recordedSize)  \(evidence.recordedAt.rfc3339)")
            }
        case "add" where arguments.positionals.count == 3:
            output.print("asking \(try await node.witnesses.add(url: arguments.positionals[1], verifierKey: arguments.positionals[2]))")
        case "remove" where arguments.positionals.count == 2:
            guard try await node.witnesses.remove(name: arguments.positionals[1]) else {
                throw UsageError(message: "no witness named \(arguments.positionals[1])", usage: usage)
            }
            output.print("no longer asking \(arguments.positionals[1])")
        case "follow" where arguments.positionals.count == 2:
            output.print("following \(try await node.witnessing.follow(verifierKey: arguments.positionals[1]))")
        case "unfollow" where arguments.positionals.count == 2:
            guard try await node.witnessing.unfollow(origin: arguments.positionals[1]) else {
                throw UsageError(message: "not following \(arguments.positionals[1])", usage: usage)
            }
            output.print("no longer following \(arguments.positionals[1])")
        default:
            throw UsageError(message: arguments.positionals.isEmpty ? "missing subcommand" : "unknown witness subcommand '\(arguments.positionals.joined(separator: " "))'",
                             usage: usage)
        }
        return 0
    }
}

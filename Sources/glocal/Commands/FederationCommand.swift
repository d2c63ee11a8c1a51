import Ledger
import Registry
import Server

/// `glocal federation`: the other towns' nodes this node follows, mirrors and verifies
/// from their tiles, each named by its checkpoint key (C2SP vkey).
enum FederationCommand: Command {
    static let name = "federation"
    static let overview = "Follow other towns' nodes: mirror their towns and projects, verified from their logs."
    static let usage = "glocal federation list|follow <url> <vkey>|unfollow <origin>|sync [--data <dir>]"
    static let help = """
        ARGUMENTS:
          list                    The nodes followed: entries verified, witnesses, last failure.
          follow <url> <vkey>     Follow the node served at <url> (e.g. https://node.kurgan.example)
                                  whose checkpoints <vkey> checks (`glocal init` prints it there).
          unfollow <origin>       Stop following that node and drop its mirror.
          sync                    Read every followed node once now, names included, and say
                                  how far each is.

        OPTIONS:
        \(DataOption.help)
          -h, --help              Show help information.

        `glocal serve` reads the followed nodes every few seconds: their checkpoint at
        /log/checkpoint, then the entry bundles past what is mirrored. Every entry is checked
        into the Merkle tree and the root against the signed checkpoint before anything is
        kept; a fork or entries that miss the root are refused and kept as evidence.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["data"], flags: [], usage: usage)
        let node = try await DataOption.folder(arguments).openNode()
        switch arguments.positionals.first ?? "" {
        case "list" where arguments.positionals.count == 1:
            try await list(node, output: output)
        case "follow" where arguments.positionals.count == 3:
            output.print("following \(try await node.federation.follow(url: arguments.positionals[1], verifierKey: arguments.positionals[2]))")
        case "unfollow" where arguments.positionals.count == 2:
            guard try await node.federation.unfollow(origin: arguments.positionals[1]) else {
                throw UsageError(message: "not following \(arguments.positionals[1])", usage: usage)
            }
            output.print("no longer following \(arguments.positionals[1])")
        case "sync" where arguments.positionals.count == 1:
            try await FederationFollower(node: node).round(refreshingNames: true)
            try await list(node, output: output)
        default:
            throw UsageError(message: arguments.positionals.isEmpty ? "missing subcommand" : "unknown federation subcommand '\(arguments.positionals.joined(separator: " "))'",
                             usage: usage)
        }
        return 0
    }

    private static func list(_ node: Node, output: Output) async throws {
        for followed in try await node.federation.followed() {
            let failure = followed.failureDetail.map { "  failed: \($0)" } ?? ""
            output.print("follows  \(followed.origin)  \(followed.url)  verified \(followed.size)  cosigned by \(followed.cosignedBy.count)\(failure)")
        }
    }
}

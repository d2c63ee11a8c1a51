import Registry

/// `glocal demo`: a fresh data folder filled with the demo town (three towns, members in
/// every role, projects, a sealed Game, an accelerator, a Challenge in progress, a cap
/// table and contracts), loaded through the registry's own operations.
enum DemoCommand: Command {
    static let name = "demo"
    static let overview = "Load the demo towns into a fresh data folder and print one login per role."
    static let usage = "glocal demo [--data <dir>] [--seeds <dir>]"
    static let help = """
        OPTIONS:
        \(DataOption.help)
          --seeds <dir>           The folder of demo seed files (towns.json, people.json, projects.json,
                                  events.json, deals.json). Default: $GLOCAL_SEEDS, else ./Seeds.
          -h, --help              Show help information.

        A missing data folder is initialised first. A folder whose registry already has
        members is refused: the demo never mixes with a real town's data. Every record is
        made by the same registry operations the server uses, so `glocal verify` checks
        the demo's ledger like any other.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["data", "seeds"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        let folder = DataOption.folder(arguments)
        try await load(into: folder, seeds: arguments.value("seeds"), output: output)
        return 0
    }

    /// Reads the seeds, loads them into `folder` and prints what was made and the logins.
    @discardableResult
    static func load(into folder: DataFolder, seeds: String?, output: Output) async throws -> Node {
        let seeds = try DemoSeeds.read(from: seeds ?? DemoSeeds.defaultFolder)
        let (node, logins) = try await DemoLoader.loadFresh(into: folder, seeds: seeds)
        let members = try await node.members.all().count
        let entries = await node.ledger.size
        output.print("loaded the demo into \(folder.path): \(seeds.towns.towns.count) towns, \(members) members, "
                     + "\(entries) ledger entries")
        output.print("  verifier  \(node.ledger.noteVerifier.verifierKey)")
        output.print("Demo logins (password for all: \(seeds.people.password)):")
        let width = (logins.map(\.email.count).max() ?? 0) + 2
        for login in logins {
            output.print("  " + login.email.padded(to: width) + login.role + " — " + login.name)
        }
        return node
    }
}

/// Dispatches `glocal <command>`, prints help, and turns every error into one line
/// on stderr with the right exit status (1 failure, 2 bad usage).
enum GlocalCommandLine {
    static let version = "0.1.0"
    static let commands: [any Command.Type] = [
        InitCommand.self, KeygenCommand.self, VerifyCommand.self, ExportCommand.self, ImportCommand.self, BackupCommand.self, PublishCommand.self,
        RestoreCommand.self,
        ProofCommand.self, CheckpointCommand.self, WitnessCommand.self, FederationCommand.self, AdminCommand.self, DemoCommand.self, ServeCommand.self,
    ]

    static var overview: String {
        let list = commands.map { "  " + $0.name.padded(to: 12) + $0.overview }
        return """
            OVERVIEW: Glocal — the registry and verifiable ledger of a town's Smart-City Union.

            USAGE: glocal <command> [options]

            SUBCOMMANDS:
            \(list.joined(separator: "\n"))

              See 'glocal help <command>' for a command's options.

            OPTIONS:
              -h, --help              Show help information.
              --version               Show the version.
            """
    }

    static func main(_ words: [String]) async -> Int32 {
        let output = Output()
        guard let first = words.first else {
            output.print(overview)
            return 0
        }
        switch first {
        case "-h", "--help":
            output.print(overview)
            return 0
        case "--version":
            output.print(version)
            return 0
        case "help":
            guard words.count > 1 else {
                output.print(overview)
                return 0
            }
            guard let command = command(named: words[1]) else { return unknown(words[1], output) }
            output.print(command.fullHelp)
            return 0
        default:
            guard let command = command(named: first) else { return unknown(first, output) }
            let rest = Array(words.dropFirst())
            if rest.contains("-h") || rest.contains("--help") {
                output.print(command.fullHelp)
                return 0
            }
            do {
                return try await command.run(rest, output: output)
            } catch let error as UsageError {
                output.error("Error: \(error.message)")
                output.error("Usage: \(error.usage)")
                return 2
            } catch {
                output.error("Error: \(String(describing: error).split(separator: "\n").joined(separator: " "))")
                return 1
            }
        }
    }

    private static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }

    private static func unknown(_ name: String, _ output: Output) -> Int32 {
        output.error("Error: unknown command '\(name)'; see 'glocal --help'")
        return 2
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}

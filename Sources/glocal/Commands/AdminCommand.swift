import Glibc
import Registry

/// `glocal admin create`: the first administrator of a node, made from the command
/// line because nobody can log in to grant the role before one exists.
///
/// The account gets `admin` alone: the role that manages accounts and roles. The admin
/// grants themself (or others) `union_staff` or any other role through the server, so
/// each role held is a visible decision.
enum AdminCommand: Command {
    static let name = "admin"
    static let overview = "Create an administrator account (the role that manages accounts and roles)."
    static let usage = "glocal admin create --email <email> [--name <name>] [--data <dir>]"
    static let help = """
        ARGUMENTS:
          create                  Create an account holding the admin role.

        OPTIONS:
          --email <email>         The administrator's email address (used to log in).
          --name <name>           A display name (optional).
        \(DataOption.help)
          -h, --help              Show help information.

        The password is read as one line from standard input when that is not a
        terminal (e.g. `printf '%s\\n' "$PASSWORD" | glocal admin create ...`); from a
        terminal, a random 24-character password is generated and printed once.
        Passwords must be at least 12 characters.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["email", "name", "data"], flags: [], usage: usage)
        guard arguments.positionals == ["create"] else {
            let message = arguments.positionals.isEmpty
                ? "missing subcommand: create"
                : "unknown admin subcommand '\(arguments.positionals.joined(separator: " "))'"
            throw UsageError(message: message, usage: usage)
        }
        let email = try EmailAddress(try arguments.require("email"))
        let password: String
        let generated: Bool
        if isatty(STDIN_FILENO) == 1 {
            password = try PasswordPolicy.generate()
            generated = true
        } else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw UsageError(message: "no password on standard input; pipe one line, or run from a terminal to generate one", usage: usage)
            }
            password = line
            generated = false
        }
        let node = try await DataOption.folder(arguments).openNode()
        let account = try await node.accounts.createAccount(email: email.rawValue, password: password,
                                                            displayName: arguments.value("name"), roles: [.admin])
        output.print("created admin \(account.id)")
        output.print("  email     \(account.email)")
        output.print("  roles     admin")
        if generated {
            output.print("  password  \(password)")
            output.print("The password is shown only now and is not stored; keep it safe.")
        }
        return 0
    }
}

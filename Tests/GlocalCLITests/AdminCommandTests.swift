import Foundation
import Testing
import Registry

/// `glocal admin create`: the first administrator, with a piped or generated password.
@Suite struct AdminCommandTests {
    private func initialised() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let data = folder.file("data")
        let created = try Executable.glocal("init", "--data", data)
        #expect(created.status == 0, "\(created.stderr)")
        return (folder, data)
    }

    @Test func aPipedPasswordCreatesAnAdminWhoCanLogIn() async throws {
        let (folder, data) = try initialised()
        defer { folder.remove() }
        let result = try Executable.run("glocal", ["admin", "create", "--email", " Admin@Example.org", "--name", "Ада", "--data", data],
                                        input: .text("correct horse battery staple\n"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("created admin acc_"))
        #expect(result.stdout.contains("admin@example.org"))
        #expect(!result.stdout.contains("correct horse"))
        let node = try await DataFolder(path: data).openNode()
        let session = try await node.accounts.login(email: "admin@example.org", password: "correct horse battery staple", address: "test")
        #expect(session.account.roles == [.admin])
        #expect(session.account.displayName == "Ада")
        #expect(result.stdout.contains(session.account.id.rawValue))
    }

    @Test func aTerminalGetsAGeneratedPasswordShownOnce() async throws {
        let (folder, data) = try initialised()
        defer { folder.remove() }
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        let result = try Executable.run("glocal", ["admin", "create", "--email", "admin@example.org", "--data", data],
                                        input: .handle(terminal.secondary))
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  password  ") })
        let password = String(line.dropFirst("  password  ".count))
        #expect(password.count == 24)
        let node = try await DataFolder(path: data).openNode()
        _ = try await node.accounts.login(email: "admin@example.org", password: password, address: "test")
    }

    @Test func badInputIsOneErrorLineAndNothingIsCreated() throws {
        let (folder, data) = try initialised()
        defer { folder.remove() }
        let weak = try Executable.run("glocal", ["admin", "create", "--email", "admin@example.org", "--data", data], input: .text("short\n"))
        #expect(weak.status == 1)
        #expect(weak.stderr == "Error: password: must be at least 12 characters\n")
        let badEmail = try Executable.run("glocal", ["admin", "create", "--email", "admin", "--data", data],
                                          input: .text("correct horse battery staple\n"))
        #expect(badEmail.status == 1)
        #expect(badEmail.stderr.hasPrefix("Error: email: ") && badEmail.stderr.split(separator: "\n").count == 1)
        let first = try Executable.run("glocal", ["admin", "create", "--email", "admin@example.org", "--data", data],
                                       input: .text("correct horse battery staple\n"))
        #expect(first.status == 0, "\(first.stderr)")
        let again = try Executable.run("glocal", ["admin", "create", "--email", "ADMIN@example.org", "--data", data],
                                       input: .text("another long passphrase\n"))
        #expect(again.status == 1)
        #expect(again.stderr == "Error: email: another account already uses this address\n")
    }

    @Test func badUsageExitsTwo() throws {
        let (folder, data) = try initialised()
        defer { folder.remove() }
        for arguments in [["admin", "--email", "a@example.org", "--data", data],
                          ["admin", "delete", "--email", "a@example.org", "--data", data],
                          ["admin", "create", "--data", data],
                          ["admin", "create", "--email", "a@example.org", "--role", "x", "--data", data]] {
            let result = try Executable.run("glocal", arguments, input: .text("correct horse battery staple\n"))
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments)")
        }
        let noPassword = try Executable.run("glocal", ["admin", "create", "--email", "a@example.org", "--data", data], input: .text(""))
        #expect(noPassword.status == 2)
        #expect(noPassword.stderr.contains("no password on standard input"))
        let help = try Executable.glocal("admin", "--help")
        #expect(help.status == 0 && help.stdout.contains("USAGE: glocal admin create"))
    }

    @Test func anUninitialisedFolderFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Executable.run("glocal", ["admin", "create", "--email", "a@example.org", "--data", folder.file("none")],
                                        input: .text("correct horse battery staple\n"))
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}

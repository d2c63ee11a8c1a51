import Foundation
import Testing
import Ledger

@Suite struct CommandLineTests {
    @Test func helpIsPrintedToStdoutWithExitZeroForEveryCommand() throws {
        let top = try Executable.glocal("--help")
        #expect(top.status == 0)
        #expect(top.stdout.contains("USAGE: glocal <command>"))
        for command in ["init", "keygen", "verify", "export", "proof", "checkpoint"] {
            let viaFlag = try Executable.glocal(command, "--help")
            #expect(viaFlag.status == 0, "\(command) --help")
            #expect(viaFlag.stdout.contains("OVERVIEW:") && viaFlag.stdout.contains("USAGE: glocal \(command)"))
            let viaHelp = try Executable.glocal("help", command)
            #expect(viaHelp.stdout == viaFlag.stdout)
        }
    }

    @Test func badUsageIsOneErrorLinePlusUsageAndExitTwo() throws {
        let unknown = try Executable.glocal("frobnicate")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("Error: unknown command 'frobnicate'"))
        let badOption = try Executable.glocal("verify", "--bogus")
        #expect(badOption.status == 2)
        #expect(badOption.stderr.split(separator: "\n").first == "Error: unknown option --bogus")
        let missing = try Executable.glocal("keygen")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing --out"))
        let notNumber = try Executable.glocal("proof", "inclusion", "x")
        #expect(notNumber.status == 2)
    }

    @Test func failuresAreOneLineOnStderrWithExitOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Executable.glocal("verify", "--data", folder.file("absent"))
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: there is no data folder at \(folder.file("absent")); create one with `glocal init --data \(folder.file("absent"))`\n",
                "the error names what is wrong in the user's terms and what to do, not SQLite's code")
        let empty = try Executable.glocal("verify", "--data", folder.path)
        #expect(empty.status == 1 && empty.stderr.contains("holds no Glocal ledger; create one with `glocal init --data"))
    }

    @Test func keygenWritesAPrivateKeyOnlyTheOwnerCanRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("member.key")
        let result = try Executable.glocal("keygen", "--out", path)
        #expect(result.status == 0)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        let key = try KeyFile.readPrivateKey(at: path)
        #expect(result.stdout.contains(key.keyID.hex))
        let again = try Executable.glocal("keygen", "--out", path)
        #expect(again.status == 1, "an existing key file must never be overwritten")
    }

    @Test func initCreatesAVerifiableLedgerAndRefusesToRunTwice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("data")
        let created = try Executable.glocal("init", "--data", data, "--origin", "glocal.test/glazov")
        #expect(created.status == 0, "\(created.stderr)")
        var info = stat()
        #expect(stat(data + "/node.key", &info) == 0 && info.st_mode & 0o777 == 0o600)
        let verified = try Executable.glocal("verify", "--data", data)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.hasPrefix("valid: 1 entries"))
        let twice = try Executable.glocal("init", "--data", data)
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("already holds"))
        let badOrigin = try Executable.glocal("init", "--data", folder.file("other"), "--origin", "has space")
        #expect(badOrigin.status == 1)
    }
}

import Foundation
import Ledger
import Registry
import Testing

/// `glocal witness`: one town's node prints its witness key, another adds it as a witness
/// and follows the first's log by its checkpoint key; both show in `list`; wrong words are
/// one line on stderr with exit 2.
@Suite struct WitnessCommandTests {
    @Test func townsConfigureEachOtherAsWitnesses() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let glazov = folder.file("glazov")
        let kurgan = folder.file("kurgan")
        let made = try Executable.glocal("init", "--data", glazov, "--origin", "glazov.glocal.example/log")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try Executable.glocal("init", "--data", kurgan, "--origin", "kurgan.glocal.example/log").status == 0)
        let key = try Executable.glocal("witness", "key", "--data", kurgan)
        #expect(key.status == 0 && key.stdout.hasPrefix("kurgan.glocal.example/log/witness+"))
        let vkey = key.stdout.trimmingCharacters(in: .newlines)
        #expect(try Executable.glocal("witness", "key", "--data", kurgan).stdout == key.stdout, "the key is made once")
        var status = stat()
        #expect(stat(kurgan + "/witness.key", &status) == 0 && status.st_mode & 0o777 == 0o600)

        let added = try Executable.glocal("witness", "add", "http://127.0.0.1:9/witness", vkey, "--data", glazov)
        #expect(added.status == 0 && added.stdout == "asking kurgan.glocal.example/log/witness\n")
        let glazovKey = try await DataFolder(path: glazov).openNode().ledger.noteVerifier.verifierKey
        let followed = try Executable.glocal("witness", "follow", glazovKey, "--data", kurgan)
        #expect(followed.status == 0 && followed.stdout == "following glazov.glocal.example/log\n")
        #expect(try Executable.glocal("witness", "list", "--data", glazov).stdout
                == "asks     kurgan.glocal.example/log/witness  http://127.0.0.1:9/witness  cosigned 0\n")
        #expect(try Executable.glocal("witness", "list", "--data", kurgan).stdout == "follows  glazov.glocal.example/log  cosigned 0\n")

        #expect(try Executable.glocal("witness", "add", "http://x", "not-a-vkey", "--data", glazov).status == 1)
        let unknown = try Executable.glocal("witness", "fly", "--data", glazov)
        #expect(unknown.status == 2 && unknown.stderr.hasPrefix("Error: unknown witness subcommand 'fly'"))
        #expect(try Executable.glocal("witness", "remove", "nobody", "--data", glazov).status == 2)
        #expect(try Executable.glocal("witness", "remove", "kurgan.glocal.example/log/witness", "--data", glazov).status == 0)
        #expect(try Executable.glocal("witness", "unfollow", "glazov.glocal.example/log", "--data", kurgan).status == 0)
        #expect(try Executable.glocal("witness", "list", "--data", kurgan).stdout.isEmpty)
    }
}

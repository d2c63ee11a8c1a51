import Foundation
import Ledger
import Registry
import Testing

/// `glocal federation`: a town's node follows another's by its address and checkpoint key;
/// `sync` reads it at once, and a node that does not answer is listed with why, its mirror
/// kept; a bad address or key is one line on stderr and a non-zero exit.
@Suite struct FederationCommandTests {
    @Test func aTownFollowsAnotherAndSaysWhenItCannotBeRead() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let glazov = folder.file("glazov")
        let kurgan = folder.file("kurgan")
        #expect(try Executable.glocal("init", "--data", glazov, "--origin", "glazov.glocal.example/log").status == 0)
        let made = try Executable.glocal("init", "--data", kurgan, "--origin", "kurgan.glocal.example/log")
        let vkey = try #require(made.stdout.split(separator: "\n").first { $0.hasPrefix("  verifier  ") }?.dropFirst("  verifier  ".count))

        let followed = try Executable.glocal("federation", "follow", "http://127.0.0.1:9/", String(vkey), "--data", glazov)
        #expect(followed.status == 0 && followed.stdout == "following kurgan.glocal.example/log\n", "\(followed.stderr)")
        let synced = try Executable.glocal("federation", "sync", "--data", glazov)
        #expect(synced.status == 0 && synced.stdout.hasPrefix("follows  kurgan.glocal.example/log  http://127.0.0.1:9  verified 0  cosigned by 0  failed: "),
                "\(synced.stdout)")
        #expect(try await DataFolder(path: glazov).openNode().federation.followed().first?.failureCode == "unreachable")

        let badAddress = try Executable.glocal("federation", "follow", "ftp://127.0.0.1:9", String(vkey), "--data", glazov)
        #expect(badAddress.status != 0 && badAddress.stderr.split(separator: "\n").count == 1)
        #expect(try Executable.glocal("federation", "follow", "http://127.0.0.1:9", "not-a-vkey", "--data", glazov).status != 0)
        #expect(try Executable.glocal("federation", "unfollow", "nobody", "--data", glazov).status == 2)
        #expect(try Executable.glocal("federation", "unfollow", "kurgan.glocal.example/log", "--data", glazov).status == 0)
        #expect(try Executable.glocal("federation", "list", "--data", glazov).stdout.isEmpty)
    }
}

import Foundation
import Ledger
import Registry
import Testing

/// `glocal backup` and `glocal restore`: a copy taken while the node writes, put in place
/// in another data folder with the node's keys, verifies and serves; a copy taken after an
/// erasure holds none of the erased data; wrong inputs are one plain line each.
@Suite struct BackupCommandTests {
    @Test func aBackupTakenUnderWriteLoadRestoresElsewhereAndServes() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("data")
        #expect(try Executable.glocal("init", "--data", data).status == 0)
        let node = try await DataFolder(path: data).openNode()
        let name = "Эрастова Ульяна Петровна"
        let erased = try await node.members.apply(MemberApplication(kind: .person, name: name, email: "uliana@example.org"))
        _ = try await node.members.erase(erased.id)
        let writing = Task {
            var written = 0
            while !Task.isCancelled && written < 2_000 {
                _ = try await node.cities.register(name: "Город \(written)", region: "Область", population: written)
                written += 1
            }
            return written
        }
        try await Task.sleep(for: .milliseconds(100))
        let backup = folder.file("node.backup")
        let made = try Executable.glocal("backup", "--data", data, "--out", backup)
        writing.cancel()
        let written = try await writing.value
        #expect(made.status == 0 && made.stdout.hasPrefix("backed up "), "\(made.stderr)")
        #expect(try Executable.glocal("backup", "--data", data, "--out", backup).stderr == "Error: \(backup) already exists; name a new file\n")
        let copy = try Data(contentsOf: URL(fileURLWithPath: backup))
        #expect(copy.range(of: Data(name.utf8)) == nil, "a backup taken after an erasure holds none of the erased data")

        let restored = folder.file("restored")
        #expect(try Executable.glocal("restore", "--from", backup, "--data", restored).stderr.contains("has no node.key"))
        try FileManager.default.createDirectory(atPath: restored, withIntermediateDirectories: true)
        for key in ["node.key", "node.pub"] { try FileManager.default.copyItem(atPath: data + "/" + key, toPath: restored + "/" + key) }
        let put = try Executable.glocal("restore", "--from", backup, "--data", restored)
        #expect(put.status == 0 && put.stdout.hasPrefix("restored "), "\(put.stderr)")
        #expect(try Executable.glocal("verify", "--data", restored).stdout.hasPrefix("valid: "))
        #expect(try Executable.glocal("restore", "--from", backup, "--data", restored).stderr.contains("already holds a database"))
        let served = try await DataFolder(path: restored).openNode()
        let towns = try await served.cities.all()
        #expect(towns.count > 0 && towns.count <= written, "a consistent moment of the writes: \(towns.count) of \(written)")
        #expect(try await served.members.member(id: erased.id)?.isErased == true)
        _ = try await served.cities.register(name: "После восстановления", region: "Область", population: nil)

        let other = folder.file("other")
        #expect(try Executable.glocal("init", "--data", other).status == 0)
        try FileManager.default.removeItem(atPath: other + "/glocal.sqlite")
        let foreign = try Executable.glocal("restore", "--from", backup, "--data", other)
        #expect(foreign.status == 1 && foreign.stderr.contains("is not a backup of the node"), "\(foreign.stderr)")
    }
}

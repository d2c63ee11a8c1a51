import Foundation
import Registry
import Testing

/// `glocal import` and `glocal export --csv`: all rows or none, every bad row on its
/// own line of stderr, and exports a spreadsheet opens and the importer reads back.
@Suite struct ImportCommandTests {
    private func initialised() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let data = folder.file("data")
        let created = try Executable.glocal("init", "--data", data)
        #expect(created.status == 0, "\(created.stderr)")
        return (folder, data)
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func badRowsAreListedByLineAndNothingIsWritten() async throws {
        let (folder, data) = try initialised()
        defer { folder.remove() }
        let file = folder.file("members.csv")
        try write("kind,name,email\nperson,Анна,anna@example.ru\nrobot,Пётр,\nperson,,x\n", to: file)
        for extra in [["--dry-run"], []] {
            let result = try Executable.run("glocal", ["import", "members", file, "--data", data] + extra)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == """
                line 3: kind: must be one of: person, organisation
                line 4: name: must not be empty
                Error: 2 problem(s) in 2 of 3 rows; nothing was imported

                """)
        }
        #expect(try await DataFolder(path: data).openNode().members.all().isEmpty)
    }

    @Test func aValidFileImportsAndExportsBack() async throws {
        let (folder, data) = try initialised()
        defer { folder.remove() }
        let cities = folder.file("cities.csv")
        try write("\u{FEFF}name,region,population\r\n\"Ёлки, село\",Удмуртия,120\r\n", to: cities)
        let dry = try Executable.glocal("import", "cities", cities, "--dry-run", "--data", data)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout == "dry run: all 1 cities rows are valid; nothing was written\n")
        let real = try Executable.glocal("import", "cities", cities, "--data", data)
        #expect(real.stdout == "imported 1 cities\n")
        let exported = try Executable.glocal("export", "--csv", "cities", "--data", data)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.hasPrefix("\u{FEFF}id,name,region,population\r\ncty_"))
        #expect(exported.stdout.hasSuffix(",\"Ёлки, село\",Удмуртия,120\r\n"))
        let out = folder.file("projects.csv")
        let projects = try Executable.glocal("export", "--csv", "projects", "--out", out, "--data", data)
        #expect(projects.status == 0, "\(projects.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data([0xEF, 0xBB, 0xBF] + Array("id,title,direction,city_id,stage,lead_member_id\r\n".utf8)))
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func mistakesInTheCallAreUsageErrors() throws {
        let (folder, data) = try initialised()
        defer { folder.remove() }
        let projects = try Executable.glocal("import", "projects", "x.csv", "--data", data)
        #expect(projects.status == 2)
        #expect(projects.stderr.hasPrefix("Error: can import cities or members, not 'projects'\n"))
        let both = try Executable.glocal("export", "--csv", "cities", "--ledger", "x", "--data", data)
        #expect(both.status == 2)
        let unreadable = try Executable.glocal("import", "cities", folder.file("missing.csv"), "--data", data)
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr.hasPrefix("Error: cannot read \(folder.file("missing.csv")): "))
        let unwritable = try Executable.glocal("export", "--csv", "members", "--out", folder.file("no/such/dir.csv"), "--data", data)
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr == "Error: cannot write \(folder.file("no/such/dir.csv")): No such file or directory\n")
        let latin1 = folder.file("latin1.csv")
        try Data(Array("name,region\n".utf8) + [0xC9, 0x6C, 0x6B, 0x69, 0x2C, 0x41, 0x0A]).write(to: URL(fileURLWithPath: latin1))
        let invalid = try Executable.glocal("import", "cities", latin1, "--data", data)
        #expect(invalid.status == 1)
        #expect(invalid.stderr == "Error: line 2: the file is not valid UTF-8; save it as \"CSV UTF-8\"\n")
        let help = try Executable.glocal("help", "import")
        #expect(help.status == 0 && help.stdout.contains("--dry-run"))
    }
}

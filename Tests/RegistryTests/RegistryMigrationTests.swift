import Foundation
import Ledger
import Testing

@testable import Registry

/// Upgrades from every earlier schema: a database left at each registry migration, with
/// rows written in that version's shape, opens under this program with its rows intact,
/// the same schema as a fresh database, and search indexes that include the old rows.
@Suite struct RegistryMigrationTests {
    private static let time = "2026-01-01T00:00:00.000Z"
    private static func id(_ prefix: String, _ digit: Character) -> String { prefix + String(repeating: digit, count: 32) }

    /// Rows each migration's tables can hold, written with the SQL of that version.
    private static let rows: [String: [String]] = [
        "registry/0001-accounts": [
            "INSERT INTO account (id, email, display_name, password_hash, created_at) VALUES ('\(id("acc_", "1"))', 'ada@example.org', NULL, 'scrypt$x', '\(time)')",
            "INSERT INTO account_role VALUES ('\(id("acc_", "1"))', 'admin')",
        ],
        "registry/0003-cities-members": [
            "INSERT INTO city VALUES ('\(id("cty_", "1"))', 'Глазов', 'Удмуртия', 90000, '\(time)')",
            """
            INSERT INTO member (id, kind, name, city_id, status, created_at)
            VALUES ('\(id("mem_", "1"))', 'person', 'Анна', '\(id("cty_", "1"))', 'admitted', '\(time)')
            """,
        ],
        "registry/0004-projects": [
            """
            INSERT INTO project VALUES ('\(id("prj_", "1"))', 'Ёлочный базар', 'Продажа ёлок.', 'торговля',
                                        '\(id("cty_", "1"))', 'idea', '\(time)', '\(time)')
            """,
            "INSERT INTO project_team VALUES ('\(id("prj_", "1"))', '\(id("mem_", "1"))', 'lead')",
        ],
        "registry/0005-ip-assets": [
            """
            INSERT INTO ip_asset VALUES ('\(id("ipa_", "1"))', 'software', 'Платформа', 'Бронирование мест.',
                                         '\(String(repeating: "a", count: 64))', 1, '\(time)')
            """,
            """
            INSERT INTO practice VALUES ('\(id("prc_", "1"))', 'Хакатон', 'Школьники.', '\(id("cty_", "1"))', 'Команды.',
                                         '2026-01-01', 2, '\(time)')
            """,
        ],
        "registry/0006-profiles": [
            """
            INSERT INTO mentor_profile VALUES ('\(id("mem_", "1"))', '["маркетинг"]', 4, '["\(id("cty_", "1"))"]', '\(time)')
            """,
            """
            INSERT INTO investor_profile VALUES ('\(id("mem_", "1"))', 'fund', 0, 100, '["агротех"]', '\(time)')
            """,
        ],
    ]

    @Test(arguments: 0..<RegistrySchema.migrations.count)
    func upgradesFromEveryEarlierVersion(appliedBefore: Int) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = DataFolder(path: directory.path("data"))
        _ = try await folder.initialise(origin: "glocal.test/migrations", durability: .normal)
        let earlier = Array(RegistrySchema.migrations.prefix(appliedBefore))
        let connection = try SQLiteConnection(path: folder.databasePath, durability: .normal)
        try Migrator(earlier).migrate(connection)
        for migration in earlier {
            for sql in Self.rows[migration.name] ?? [] { _ = try connection.run(sql) }
        }

        let node = try await folder.openNode(durability: .normal)
        #expect(try schema(connection) == (try await freshSchema()), "the same schema as a fresh database")
        #expect(try connection.query("SELECT name FROM schema_migration WHERE name LIKE 'registry/%' ORDER BY name") { try $0.text("name") }
            == RegistrySchema.migrations.map(\.name))

        let seeded = Set(earlier.map(\.name))
        if seeded.contains("registry/0004-projects") {
            let found = try await node.projects.projects(ProjectFilter(), matching: try SearchQuery("елочный"), page: PageRequest())
            #expect(found.items.map(\.id.rawValue) == [Self.id("prj_", "1")], "an old project is in the new index")
            #expect(found.items.first?.team.map(\.memberID.rawValue) == [Self.id("mem_", "1")])
        }
        if seeded.contains("registry/0005-ip-assets") {
            #expect(try await node.ipAssets.assets(matching: try SearchQuery("бронирование"), page: PageRequest()).items.count == 1)
            #expect(try await node.practices.practices(matching: try SearchQuery("хакатон"), page: PageRequest()).items.count == 1)
        }
        if seeded.contains("registry/0006-profiles") {
            #expect(try await node.profiles.mentorProfiles(matching: try SearchQuery("маркетинг"), page: PageRequest()).items.count == 1)
            #expect(try await node.profiles.investorProfiles(matching: try SearchQuery("агротех"), page: PageRequest()).items.count == 1)
        }
        if seeded.contains("registry/0003-cities-members") {
            #expect(try await node.members.member(id: MemberID(unchecked: Self.id("mem_", "1")))?.name == "Анна")
        }
        if seeded.contains("registry/0001-accounts") {
            #expect(try await node.accounts.account(id: AccountID(unchecked: Self.id("acc_", "1")))?.roles == [.admin])
        }
    }

    @Test func stageMovesMadeBeforeTheirTableAreCopiedFromTheLedger() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = DataFolder(path: directory.path("data"))
        _ = try await folder.initialise(origin: "glocal.test/migrations", durability: .normal)
        let node = try await folder.openNode(durability: .normal)
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let lead = try await node.members.setStatus(.admitted, of: try await node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        var projects: [ProjectID] = []
        for title in ["Гид", "Двор"] {
            projects.append(try await node.projects.create(ProjectDraft(title: title, summary: "Проба.", direction: "туризм", cityID: town.id),
                                                           lead: lead.id).id)
        }
        for stage in [ProjectStage.selected, .accelerating] { _ = try await node.projects.moveStage(of: projects[0], to: stage) }
        _ = try await node.projects.moveStage(of: projects[1], to: .closed)
        let recorded = [try await node.projects.stageMoves(of: projects[0]), try await node.projects.stageMoves(of: projects[1])]
        #expect(recorded.map(\.count) == [2, 1])

        let connection = try SQLiteConnection(path: folder.databasePath, durability: .normal)
        try connection.execute("DROP TABLE project_stage_move; DELETE FROM schema_migration WHERE name = 'registry/0014-project-stage-moves'")
        let reopened = try await folder.openNode(durability: .normal)
        #expect([try await reopened.projects.stageMoves(of: projects[0]), try await reopened.projects.stageMoves(of: projects[1])] == recorded)
    }

    @Test func refusesADatabaseANewerProgramMigrated() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = DataFolder(path: directory.path("data"))
        _ = try await folder.initialise(origin: "glocal.test/migrations", durability: .normal)
        _ = try await folder.openNode(durability: .normal)
        let connection = try SQLiteConnection(path: folder.databasePath, durability: .normal)
        _ = try connection.run("INSERT INTO schema_migration (name) VALUES ('registry/9999-future')")
        await #expect(throws: StorageError.unknownMigrations(["registry/9999-future"])) {
            _ = try await folder.openNode(durability: .normal)
        }
    }

    private func freshSchema() async throws -> [String] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = DataFolder(path: directory.path("data"))
        _ = try await folder.initialise(origin: "glocal.test/migrations", durability: .normal)
        _ = try await folder.openNode(durability: .normal)
        return try schema(try SQLiteConnection(path: folder.databasePath, readOnly: true))
    }

    private func schema(_ connection: SQLiteConnection) throws -> [String] {
        try connection.query("""
            SELECT type || ' ' || name || ': ' || coalesce(sql, '') AS definition FROM sqlite_master
            WHERE name NOT LIKE 'sqlite_%' ORDER BY name
            """) { try $0.text("definition") }
    }
}

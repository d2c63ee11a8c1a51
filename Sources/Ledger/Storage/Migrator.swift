/// Applies migrations in order and refuses a database that a newer program has migrated
/// further than this one knows (running on would corrupt it silently).
public struct Migrator: Sendable {
    public let migrations: [Migration]

    public init(_ migrations: [Migration]) {
        self.migrations = migrations
    }

    /// Applies the missing migrations; returns their names. Other modules sharing the
    /// database keep their own migrations, told apart by the `module/` prefix.
    @discardableResult
    public func migrate(_ database: SQLiteConnection) throws -> [String] {
        try database.execute("""
            CREATE TABLE IF NOT EXISTS schema_migration (
                name TEXT PRIMARY KEY,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            ) STRICT
            """)
        let applied = Set(try database.query("SELECT name FROM schema_migration") { try $0.text("name") })
        let known = Set(migrations.map(\.name))
        let foreign = applied.subtracting(known).filter { name in migrations.contains { sameModule($0.name, name) } }
        guard foreign.isEmpty else { throw StorageError.unknownMigrations(foreign.sorted()) }
        var ran: [String] = []
        for migration in migrations where !applied.contains(migration.name) {
            try database.transaction {
                try database.execute(migration.sql)
                try database.run("INSERT INTO schema_migration (name) VALUES (?)", [.text(migration.name)])
            }
            ran.append(migration.name)
        }
        return ran
    }

    /// Migration names are `module/NNNN-what`; a foreign name in our own module means a newer schema.
    private func sameModule(_ ours: String, _ theirs: String) -> Bool {
        ours.split(separator: "/").first == theirs.split(separator: "/").first
    }
}

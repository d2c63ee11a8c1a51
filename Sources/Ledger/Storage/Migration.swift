/// A named, ordered schema change. Names are recorded in `schema_migration`, so each
/// runs once per database, inside its own transaction.
public struct Migration: Sendable {
    public let name: String
    public let sql: String

    public init(_ name: String, sql: String) {
        self.name = name
        self.sql = sql
    }
}

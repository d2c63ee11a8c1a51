import Ledger

/// The SQL for communities and their members.
struct CommunityStore {
    let database: SQLiteConnection

    private static let columns = "id, kind, name, city_id, created_at"

    func insert(_ community: Community) throws {
        _ = try database.run(
            "INSERT INTO community (id, kind, name, city_id, created_at) VALUES (?, ?, ?, ?, ?)",
            [.text(community.id.rawValue), .text(community.kind.rawValue), .text(community.name),
             community.cityID.map { .text($0.rawValue) } ?? .null, .text(community.createdAt.rfc3339)])
    }

    func community(id: CommunityID) throws -> Community? {
        try database.queryFirst("SELECT \(Self.columns) FROM community WHERE id = ?", [.text(id.rawValue)], community)
    }

    /// Oldest first; nil filters match everything.
    func all(kind: CommunityKind?, cityID: CityID?) throws -> [Community] {
        let kind: SQLiteValue = kind.map { .text($0.rawValue) } ?? .null
        let city: SQLiteValue = cityID.map { .text($0.rawValue) } ?? .null
        return try database.query(
            """
            SELECT \(Self.columns) FROM community WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR city_id = ?2)
            ORDER BY created_at, id
            """, [kind, city], community)
    }

    func exists(kind: CommunityKind, name: String, cityID: CityID?) throws -> Bool {
        try database.queryFirst(
            "SELECT 1 FROM community WHERE kind = ? AND name = ? AND city_id IS ?",
            [.text(kind.rawValue), .text(name), cityID.map { .text($0.rawValue) } ?? .null]) { _ in true } ?? false
    }

    func isMember(_ member: MemberID, of community: CommunityID) throws -> Bool {
        try database.queryFirst(
            "SELECT 1 FROM community_member WHERE community_id = ? AND member_id = ?",
            [.text(community.rawValue), .text(member.rawValue)]) { _ in true } ?? false
    }

    func add(_ member: MemberID, to community: CommunityID, at time: LedgerTime) throws {
        _ = try database.run(
            "INSERT INTO community_member (community_id, member_id, added_at) VALUES (?, ?, ?)",
            [.text(community.rawValue), .text(member.rawValue), .text(time.rfc3339)])
    }

    func remove(_ member: MemberID, from community: CommunityID) throws {
        _ = try database.run(
            "DELETE FROM community_member WHERE community_id = ? AND member_id = ?",
            [.text(community.rawValue), .text(member.rawValue)])
    }

    private func community(_ row: SQLiteRow) throws -> Community {
        let row = TableRow(row, table: "community")
        let id: CommunityID = try row.value("id")
        let members = try database.query(
            "SELECT member_id FROM community_member WHERE community_id = ? ORDER BY member_id", [.text(id.rawValue)]) {
            try TableRow($0, table: "community_member", id: id.rawValue).value("member_id") as MemberID
        }
        return Community(id: id, kind: try row.value("kind"), name: try row.value("name"), cityID: try row.optional("city_id"),
                         memberIDs: members, createdAt: try row.value("created_at"))
    }
}

import Ledger

/// The SQL for members and their roles.
struct MemberStore {
    let database: SQLiteConnection

    private static let columns = "id, kind, name, email, phone, city_id, status, account_id, created_at, erased_at"

    func insert(_ member: Member) throws {
        _ = try database.run(
            """
            INSERT INTO member (id, kind, name, email, phone, city_id, status, account_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [.text(member.id.rawValue), .text(member.kind.rawValue), optional(member.name), optional(member.email),
             optional(member.phone), optional(member.cityID?.rawValue), .text(member.status.rawValue),
             optional(member.accountID?.rawValue), .text(member.createdAt.rfc3339)])
        try setRoles(member.roles, of: member.id)
    }

    func member(id: MemberID) throws -> Member? {
        try database.queryFirst("SELECT \(Self.columns) FROM member WHERE id = ?", [.text(id.rawValue)], member)
    }

    /// The members among `ids` that exist, in one query.
    func members(ids: [MemberID]) throws -> [Member] {
        guard !ids.isEmpty else { return [] }
        let list = try JSONValue.array(ids.map { .string($0.rawValue) }).canonicalBytes()
        return try database.query("SELECT \(Self.columns) FROM member WHERE id IN (SELECT value FROM json_each(?))",
                                  [.text(String(decoding: list, as: UTF8.self))], member)
    }

    func member(account: AccountID) throws -> Member? {
        try database.queryFirst("SELECT \(Self.columns) FROM member WHERE account_id = ?", [.text(account.rawValue)], member)
    }

    /// Every member, or those with `status`, oldest first.
    func all(status: MembershipStatus? = nil) throws -> [Member] {
        try database.query("SELECT \(Self.columns) FROM member WHERE ?1 IS NULL OR status = ?1 ORDER BY created_at, id",
                           [status.map { .text($0.rawValue) } ?? .null], member)
    }

    func saveDetails(_ details: ApplicationDetails, of id: MemberID) throws {
        _ = try database.run(
            """
            INSERT INTO member_application (member_id, motivation, competencies, weekly_hours, ticket_min_kopecks, ticket_max_kopecks)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [.text(id.rawValue), details.motivation.map { .text($0) } ?? .null, .text(try RegistryTags.column(details.competencies)),
             details.weeklyHours.map { .int($0) } ?? .null, details.ticket.map { .integer($0.minimumKopecks) } ?? .null,
             details.ticket.map { .integer($0.maximumKopecks) } ?? .null])
    }

    func details(of id: MemberID) throws -> ApplicationDetails? {
        try database.queryFirst(
            "SELECT motivation, competencies, weekly_hours, ticket_min_kopecks, ticket_max_kopecks FROM member_application WHERE member_id = ?",
            [.text(id.rawValue)]) { found throws -> ApplicationDetails in
            let row = TableRow(found, table: "member_application", id: id.rawValue)
            let minimum: Int64? = try row.optional("ticket_min_kopecks")
            let maximum: Int64? = try row.optional("ticket_max_kopecks")
            return ApplicationDetails(motivation: try row.optional("motivation"), competencies: try row.tags("competencies"),
                                      weeklyHours: try row.optional("weekly_hours"),
                                      ticket: try minimum.flatMap { low in try maximum.map { try TicketRange(minimumKopecks: low, maximumKopecks: $0) } })
        }
    }

    func setStatus(_ status: MembershipStatus, of id: MemberID) throws {
        _ = try database.run("UPDATE member SET status = ? WHERE id = ?", [.text(status.rawValue), .text(id.rawValue)])
    }

    func setRoles(_ roles: Set<MemberRole>, of id: MemberID) throws {
        _ = try database.run("DELETE FROM member_role WHERE member_id = ?", [.text(id.rawValue)])
        for role in roles.sorted() {
            _ = try database.run("INSERT INTO member_role (member_id, role) VALUES (?, ?)", [.text(id.rawValue), .text(role.rawValue)])
        }
    }

    /// Removes the personal data and the link to a login; the id and status stay.
    func erase(_ id: MemberID, at time: LedgerTime) throws {
        _ = try database.run(
            "UPDATE member SET name = NULL, email = NULL, phone = NULL, account_id = NULL, erased_at = ? WHERE id = ?",
            [.text(time.rfc3339), .text(id.rawValue)])
    }

    private func optional(_ text: String?) -> SQLiteValue {
        text.map { .text($0) } ?? .null
    }

    private func member(_ row: SQLiteRow) throws -> Member {
        let row = TableRow(row, table: "member")
        let id: MemberID = try row.value("id")
        let roles = try database.query("SELECT role FROM member_role WHERE member_id = ?", [.text(id.rawValue)]) {
            try TableRow($0, table: "member_role", id: id.rawValue).value("role") as MemberRole
        }
        return Member(id: id, kind: try row.value("kind"), name: try row.optional("name"), email: try row.optional("email"),
                      phone: try row.optional("phone"), cityID: try row.optional("city_id"), roles: Set(roles),
                      status: try row.value("status"), accountID: try row.optional("account_id"),
                      createdAt: try row.value("created_at"), erasedAt: try row.optional("erased_at"))
    }
}

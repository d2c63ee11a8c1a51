import Ledger

/// The SQL for mentor and investor profiles and facilitator records: one row each per
/// member, replaced whole on every edit.
struct ProfileStore {
    let database: SQLiteConnection

    func save(_ profile: MentorProfile) throws {
        _ = try database.run(
            """
            INSERT INTO mentor_profile (member_id, competencies, weekly_hours, city_ids, updated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (member_id) DO UPDATE SET competencies = excluded.competencies,
                weekly_hours = excluded.weekly_hours, city_ids = excluded.city_ids, updated_at = excluded.updated_at
            """,
            [.text(profile.memberID.rawValue), .text(try RegistryTags.column(profile.competencies)),
             .int(profile.weeklyHours), .text(try RegistryTags.column(profile.cityIDs.map(\.rawValue))),
             .text(profile.updatedAt.rfc3339)])
    }

    private static let mentorColumns = ["member_id", "competencies", "weekly_hours", "city_ids", "updated_at"]
    private static let investorColumns = ["member_id", "kind", "ticket_min_kopecks", "ticket_max_kopecks", "directions", "updated_at"]
    /// Profiles are listed and searched for admitted members only, as only theirs are public.
    private static let ofAdmittedMember = "EXISTS (SELECT 1 FROM member m WHERE m.id = t.member_id AND m.status = 'admitted')"

    func mentorProfile(of member: MemberID) throws -> MentorProfile? {
        try database.queryFirst("SELECT \(Self.mentorColumns.joined(separator: ", ")) FROM mentor_profile WHERE member_id = ?",
                                [.text(member.rawValue)], Self.mentorProfile)
    }

    /// One page of admitted members' mentor profiles matching `filter` (and `query`,
    /// most relevant first; otherwise in member id order).
    func mentorProfiles(_ filter: MentorFilter, matching query: SearchQuery?, _ request: PageRequest) throws -> ListPage<MentorProfile> {
        var listing = KeysetListing(table: "mentor_profile", columns: Self.mentorColumns, order: [.text("member_id")])
        listing.filter(Self.ofAdmittedMember)
        if let competency = filter.competency { listing.filter(Self.tagCondition("competencies"), .text(competency)) }
        if let city = filter.cityID { listing.filter(Self.tagCondition("city_ids"), .text(city.rawValue)) }
        return try listing.page(matching: query, request, in: database, row: Self.mentorProfile)
    }

    private static func tagCondition(_ column: String) -> String {
        "EXISTS (SELECT 1 FROM json_each(t.\(column)) WHERE value = ?)"
    }

    private static func mentorProfile(_ row: SQLiteRow) throws -> MentorProfile {
        let row = TableRow(row, table: "mentor_profile", idColumn: "member_id")
        return MentorProfile(memberID: try row.value("member_id"), competencies: try row.tags("competencies"),
                             weeklyHours: try row.value("weekly_hours"), cityIDs: try row.tags("city_ids").map(CityID.init(unchecked:)),
                             updatedAt: try row.value("updated_at"))
    }

    func save(_ profile: InvestorProfile) throws {
        _ = try database.run(
            """
            INSERT INTO investor_profile (member_id, kind, ticket_min_kopecks, ticket_max_kopecks, directions, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (member_id) DO UPDATE SET kind = excluded.kind, ticket_min_kopecks = excluded.ticket_min_kopecks,
                ticket_max_kopecks = excluded.ticket_max_kopecks, directions = excluded.directions,
                updated_at = excluded.updated_at
            """,
            [.text(profile.memberID.rawValue), .text(profile.kind.rawValue), .integer(profile.ticket.minimumKopecks),
             .integer(profile.ticket.maximumKopecks), .text(try RegistryTags.column(profile.directions)),
             .text(profile.updatedAt.rfc3339)])
    }

    func investorProfile(of member: MemberID) throws -> InvestorProfile? {
        try database.queryFirst("SELECT \(Self.investorColumns.joined(separator: ", ")) FROM investor_profile WHERE member_id = ?",
                                [.text(member.rawValue)], Self.investorProfile)
    }

    /// One page of admitted members' investor profiles matching `filter` (and `query`,
    /// most relevant first; otherwise in member id order).
    func investorProfiles(_ filter: InvestorFilter, matching query: SearchQuery?,
                          _ request: PageRequest) throws -> ListPage<InvestorProfile> {
        var listing = KeysetListing(table: "investor_profile", columns: Self.investorColumns, order: [.text("member_id")])
        listing.filter(Self.ofAdmittedMember)
        if let direction = filter.direction { listing.filter(Self.tagCondition("directions"), .text(direction)) }
        if let kind = filter.kind { listing.filter("t.kind = ?", .text(kind.rawValue)) }
        if let amount = filter.ticketKopecks {
            listing.filter("t.ticket_min_kopecks <= ? AND t.ticket_max_kopecks >= ?", .integer(amount), .integer(amount))
        }
        return try listing.page(matching: query, request, in: database, row: Self.investorProfile)
    }

    private static func investorProfile(_ row: SQLiteRow) throws -> InvestorProfile {
        let row = TableRow(row, table: "investor_profile", idColumn: "member_id")
        let minimum: Int64 = try row.value("ticket_min_kopecks")
        let maximum: Int64 = try row.value("ticket_max_kopecks")
        guard let ticket = try? TicketRange(minimumKopecks: minimum, maximumKopecks: maximum) else {
            throw row.corrupted("ticket_min_kopecks or ticket_max_kopecks")
        }
        return InvestorProfile(memberID: try row.value("member_id"), kind: try row.value("kind"), ticket: ticket,
                               directions: try row.tags("directions"), updatedAt: try row.value("updated_at"))
    }

    func save(_ record: FacilitatorRecord) throws {
        _ = try database.run(
            """
            INSERT INTO facilitator_record (member_id, training_completed_on, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (member_id) DO UPDATE SET training_completed_on = excluded.training_completed_on,
                updated_at = excluded.updated_at
            """,
            [.text(record.memberID.rawValue), .text(record.trainingCompletedOn.rfc3339), .text(record.updatedAt.rfc3339)])
    }

    func facilitatorRecord(of member: MemberID) throws -> FacilitatorRecord? {
        try database.queryFirst(
            "SELECT member_id, training_completed_on, updated_at FROM facilitator_record WHERE member_id = ?",
            [.text(member.rawValue)], Self.facilitatorRecord)
    }

    /// One page of admitted members' facilitator records, of members of `city` if given, in
    /// member id order.
    func facilitatorRecords(of city: CityID?, _ request: PageRequest) throws -> ListPage<FacilitatorRecord> {
        var listing = KeysetListing(table: "facilitator_record", columns: ["member_id", "training_completed_on", "updated_at"],
                                    order: [.text("member_id")])
        listing.filter(Self.ofAdmittedMember)
        if let city { listing.filter("EXISTS (SELECT 1 FROM member m WHERE m.id = t.member_id AND m.city_id = ?)", .text(city.rawValue)) }
        return try listing.page(matching: nil, request, in: database, row: Self.facilitatorRecord)
    }

    private static func facilitatorRecord(_ row: SQLiteRow) throws -> FacilitatorRecord {
        let row = TableRow(row, table: "facilitator_record", idColumn: "member_id")
        return FacilitatorRecord(memberID: try row.value("member_id"), trainingCompletedOn: try row.value("training_completed_on"),
                                 updatedAt: try row.value("updated_at"))
    }

    /// Removes every profile of the member, as its erasure does.
    func removeAll(of member: MemberID) throws {
        let id: [SQLiteValue] = [.text(member.rawValue)]
        _ = try database.run("DELETE FROM mentor_profile WHERE member_id = ?", id)
        _ = try database.run("DELETE FROM investor_profile WHERE member_id = ?", id)
        _ = try database.run("DELETE FROM facilitator_record WHERE member_id = ?", id)
    }
}

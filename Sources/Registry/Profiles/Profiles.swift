import Ledger

/// Members' profiles: mentor, investor and facilitator. They describe competencies and
/// interests, not identity, so they hold no personal data and make no ledger entries:
/// a profile grants no rights, and the member edits it freely. Who may edit (the member
/// itself or Union staff) and who may read (anyone, for admitted members) is the
/// server's policy; this service checks the values, and that the member has not left
/// the Union or been erased.
public struct Profiles: Sendable {
    public static let maximumTownsServed = 50

    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Refuses hours outside 1…60 a week and towns the register does not know.
    public func setMentorProfile(of member: MemberID, competencies: [String], weeklyHours: Int,
                                 cityIDs: [CityID]) async throws -> MentorProfile {
        guard MentorProfile.weeklyHoursRange.contains(weeklyHours) else {
            throw RegistryValidationError(field: "weekly_hours", rule: .notInRange(minimum: 1, maximum: 60, unit: .hours))
        }
        let towns = Array(Set(cityIDs)).sorted { $0.rawValue < $1.rawValue }
        guard towns.count <= Self.maximumTownsServed else {
            throw RegistryValidationError(field: "city_ids", rule: .tooMany(maximum: Self.maximumTownsServed))
        }
        let profile = MentorProfile(memberID: member, competencies: try RegistryTags.normalise(competencies, field: "competencies"),
                                    weeklyHours: weeklyHours, cityIDs: towns, updatedAt: clock())
        try await database.write { transaction in
            try Self.requireMember(member, transaction.database)
            let cities = CityStore(database: transaction.database)
            for town in towns where try cities.city(id: town) == nil {
                throw RegistryValidationError(field: "city_ids", rule: .notFound(.city))
            }
            try ProfileStore(database: transaction.database).save(profile)
        }
        return profile
    }

    /// Refuses a negative minimum or a minimum above the maximum (see `TicketRange`).
    public func setInvestorProfile(of member: MemberID, kind: InvestorKind, ticket: TicketRange,
                                   directions: [String]) async throws -> InvestorProfile {
        let profile = InvestorProfile(memberID: member, kind: kind, ticket: ticket,
                                      directions: try RegistryTags.normalise(directions, field: "directions"),
                                      updatedAt: clock())
        try await database.write { transaction in
            try Self.requireMember(member, transaction.database)
            try ProfileStore(database: transaction.database).save(profile)
        }
        return profile
    }

    /// Refuses a training day in the future: the registry lists facilitators who have
    /// been trained, not those who will be.
    public func setFacilitatorRecord(of member: MemberID, trainingCompletedOn day: CalendarDate) async throws -> FacilitatorRecord {
        let record = try Self.facilitatorRecord(of: member, trainingCompletedOn: day, at: clock())
        try await database.write { transaction in try Self.save(record, transaction.database) }
        return record
    }

    /// The record, refused for a training day after `now`.
    static func facilitatorRecord(of member: MemberID, trainingCompletedOn day: CalendarDate,
                                  at now: LedgerTime) throws(RegistryValidationError) -> FacilitatorRecord {
        guard day <= CalendarDate(now) else {
            throw RegistryValidationError(field: "training_completed_on", rule: .inTheFuture)
        }
        return FacilitatorRecord(memberID: member, trainingCompletedOn: day, updatedAt: now)
    }

    /// Writes the record inside a caller's transaction (an edit of the profile, or a
    /// facilitation training of an accelerator cohort).
    static func save(_ record: FacilitatorRecord, _ database: SQLiteConnection) throws {
        try requireMember(record.memberID, database)
        try ProfileStore(database: database).save(record)
    }

    public func mentorProfile(of member: MemberID) async throws -> MentorProfile? {
        try await database.read { try ProfileStore(database: $0).mentorProfile(of: member) }
    }

    public func investorProfile(of member: MemberID) async throws -> InvestorProfile? {
        try await database.read { try ProfileStore(database: $0).investorProfile(of: member) }
    }

    /// One page of admitted members' mentor profiles matching `filter` and `query`.
    public func mentorProfiles(_ filter: MentorFilter = MentorFilter(), matching query: SearchQuery? = nil,
                               page: PageRequest) async throws -> ListPage<MentorProfile> {
        let normalised = try filter.normalised()
        return try await database.read { try ProfileStore(database: $0).mentorProfiles(normalised, matching: query, page) }
    }

    /// One page of admitted members' investor profiles matching `filter` and `query`.
    public func investorProfiles(_ filter: InvestorFilter = InvestorFilter(), matching query: SearchQuery? = nil,
                                 page: PageRequest) async throws -> ListPage<InvestorProfile> {
        let normalised = try filter.normalised()
        return try await database.read { try ProfileStore(database: $0).investorProfiles(normalised, matching: query, page) }
    }

    public func facilitatorRecord(of member: MemberID) async throws -> FacilitatorRecord? {
        try await database.read { try ProfileStore(database: $0).facilitatorRecord(of: member) }
    }

    /// One page of the registry of facilitators: admitted members' records, of members of
    /// `city` if given.
    public func facilitatorRecords(of city: CityID? = nil, page: PageRequest) async throws -> ListPage<FacilitatorRecord> {
        try await database.read { try ProfileStore(database: $0).facilitatorRecords(of: city, page) }
    }

    private static func requireMember(_ id: MemberID, _ database: SQLiteConnection) throws {
        guard let member = try MemberStore(database: database).member(id: id) else {
            throw RegistryNotFound(.member, id)
        }
        guard !member.isErased, member.status != .left else {
            throw MembershipConflict.hasLeft(id)
        }
    }
}

import Ledger

/// The business accelerator (DOMAIN.md, step 3), an event of kind `accelerator`: a
/// cohort of projects selected at a Game, each matched with mentors by competencies
/// and weekly capacity, advised in consultations both sides confirm, and certified
/// once it meets the cohort's completion rule. Facilitation trainings held with the
/// cohort add members to the registry of facilitators.
///
/// Each act checks the cohort's kind and status inside its own write transaction.
/// Admissions, matches, confirmed consultations and certificates are ledger entries
/// (`accelerator.project`, `accelerator.match`, `accelerator.consultation`,
/// `accelerator.certificate`) holding ids, hours and dates only.
public struct Accelerators: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Sets the cohort's completion rule before it closes.
    public func configure(_ id: EventID, _ settings: AcceleratorSettings) async throws -> AcceleratorSettings {
        guard AcceleratorSettings.requiredHoursRange.contains(settings.requiredHours) else {
            throw RegistryValidationError(field: "required_hours", rule: .notInRange(minimum: 1, maximum: 1_000, unit: .hours))
        }
        guard AcceleratorSettings.requiredMilestonesRange.contains(settings.requiredMilestones) else {
            throw RegistryValidationError(field: "required_milestones", rule: .notInRange(minimum: 0, maximum: 100, unit: .number))
        }
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.draft, .open, .running], toDo: "its completion rule can change", transaction)
            try AcceleratorStore(database: transaction.database).save(settings, of: id)
            return settings
        }
    }

    /// Adds a project at stage `selected` to the cohort, moving it to `accelerating`,
    /// with the needs (tags) mentors are matched on.
    public func admit(_ project: ProjectID, needs: [String], to id: EventID) async throws -> CohortProject {
        let tags = try RegistryTags.normalise(needs, field: "needs")
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.open, .running], toDo: "projects can join", transaction)
            let store = AcceleratorStore(database: transaction.database)
            if let cohort = try store.cohort(of: project) {
                throw AcceleratorConflict.alreadyInCohort(project, cohort: cohort)
            }
            _ = try Projects.move(project, to: .accelerating, in: transaction, signer: signer, at: now)
            try store.insert(project, needs: tags, in: id, at: now)
            _ = try transaction.append(kind: "accelerator.project", payload: [
                "event_id": .string(id.rawValue), "project_id": .string(project.rawValue),
            ], author: signer)
            return try Self.requireProject(project, of: id, store)
        }
    }

    /// Mentors for a project, most shared tags first, then most hours left, then by id:
    /// admitted members whose competencies share at least one tag with the project's
    /// direction and needs, who are not on its team nor matched to it yet, and who have
    /// at least `weeklyHours` left in their week.
    public func proposals(for project: ProjectID, in id: EventID,
                          weeklyHours: Int = MentorMatch.standardWeeklyHours) async throws -> [MentorProposal] {
        try await database.read { database in
            let store = AcceleratorStore(database: database)
            let entrant = try Self.requireProject(project, of: id, store)
            let found = try Projects.require(project, ProjectStore(database: database))
            let wanted = Set(entrant.needs + [found.direction])
            let excluded = Set(found.team.map(\.memberID) + (try store.matches(of: project, in: id)).map(\.mentorID))
            let proposals = try store.mentorCapacities().compactMap { mentor -> MentorProposal? in
                let shared = wanted.intersection(mentor.competencies).sorted()
                guard !shared.isEmpty, mentor.remainingHours >= weeklyHours, !excluded.contains(mentor.mentorID) else { return nil }
                return MentorProposal(mentorID: mentor.mentorID, sharedTags: shared, remainingWeeklyHours: mentor.remainingHours)
            }
            return proposals.sorted {
                ($1.sharedTags.count, $1.remainingWeeklyHours, $0.mentorID.rawValue)
                    < ($0.sharedTags.count, $0.remainingWeeklyHours, $1.mentorID.rawValue)
            }
        }
    }

    /// Staff confirm a mentor for a project: the mentor must have a profile, be admitted
    /// and have `weeklyHours` left in its week.
    public func confirmMatch(mentor: MemberID, for project: ProjectID, in id: EventID,
                             weeklyHours: Int = MentorMatch.standardWeeklyHours) async throws -> MentorMatch {
        guard MentorProfile.weeklyHoursRange.contains(weeklyHours) else {
            throw RegistryValidationError(field: "weekly_hours", rule: .notInRange(minimum: 1, maximum: 60, unit: .hours))
        }
        let match = MentorMatch(cohortID: id, projectID: project, mentorID: mentor, weeklyHours: weeklyHours, confirmedAt: clock())
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.open, .running], toDo: "mentors can be matched", transaction)
            let store = AcceleratorStore(database: transaction.database)
            _ = try Self.requireProject(project, of: id, store)
            guard try !store.matches(of: project, in: id).contains(where: { $0.mentorID == mentor }) else {
                throw AcceleratorConflict.alreadyMatched(mentor: mentor, project: project)
            }
            guard let capacity = try store.mentorCapacities().first(where: { $0.mentorID == mentor }) else {
                throw AcceleratorConflict.notAMentor(mentor)
            }
            guard capacity.remainingHours >= weeklyHours else {
                throw AcceleratorConflict.hoursExhausted(mentor: mentor, remaining: capacity.remainingHours, asked: weeklyHours)
            }
            try store.insert(match)
            _ = try transaction.append(kind: "accelerator.match", payload: [
                "event_id": .string(id.rawValue), "project_id": .string(project.rawValue),
                "mentor_id": .string(mentor.rawValue), "weekly_hours": .integer(Int64(weeklyHours)),
            ], author: signer)
            return match
        }
    }

    /// Records that `member` completed the facilitation training held with the cohort
    /// on `day`, entering it in the registry of facilitators.
    public func recordTraining(of member: MemberID, on day: CalendarDate, in id: EventID) async throws -> FacilitatorRecord {
        let record = try Profiles.facilitatorRecord(of: member, trainingCompletedOn: day, at: clock())
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.running, .closed], toDo: "trainings can be recorded", transaction)
            try Profiles.save(record, transaction.database)
            return record
        }
    }

    public func settings(of id: EventID) async throws -> AcceleratorSettings {
        try await database.read { try AcceleratorStore(database: $0).settings(of: id) }
    }

    /// The cohort's projects in the order admitted, with their confirmed hours.
    public func projects(of id: EventID) async throws -> [CohortProject] {
        try await database.read { try AcceleratorStore(database: $0).projects(of: id) }
    }

    public func matches(of project: ProjectID, in id: EventID) async throws -> [MentorMatch] {
        try await database.read { try AcceleratorStore(database: $0).matches(of: project, in: id) }
    }

    static func require(_ id: EventID, in statuses: Set<EventStatus>, toDo act: String,
                        _ transaction: LedgerTransaction) throws -> Event {
        try EventStore(database: transaction.database).require(id, kind: .accelerator, in: statuses, toDo: act)
    }

    static func requireProject(_ project: ProjectID, of id: EventID, _ store: AcceleratorStore) throws -> CohortProject {
        guard let found = try store.project(project, of: id) else {
            throw RegistryNotFound(.cohortEntrant, project)
        }
        return found
    }
}

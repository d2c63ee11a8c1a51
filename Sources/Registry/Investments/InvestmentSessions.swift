import Ledger

/// The investment session (DOMAIN.md, step 5): projects pitch in the order and slots staff
/// set, registered investors pledge, the project (its lead or Union staff) accepts pledges,
/// which become tranche contracts or priced rounds, and the Union's option in each pitched
/// project is granted. Every act is a ledger entry of ids and amounts (`investment.*`);
/// sealing writes the hash of the summary table.
///
/// The agenda is set while the session is `draft` or `open`, investors register while it is
/// `open`, pledges are made and withdrawn while it is `running`, and pledges are accepted
/// while it is `running` or `closed`.
public struct InvestmentSessions: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Replaces the agenda with `slots` in pitch order. Slots must start in that order
    /// without overlapping; each project pitches once and must be `accelerated` (it then
    /// moves to `pitched`) or already `pitched`.
    public func setAgenda(_ slots: [PitchSlot], of event: EventID) async throws -> [PitchSlot] {
        try Self.checkOrder(slots)
        let now = clock()
        let signer = database.ledger.nodeKey
        try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .investmentSession, in: [.draft, .open],
                                                                       toDo: "the agenda can be set")
            let projects = ProjectStore(database: transaction.database)
            for (index, slot) in slots.enumerated() {
                guard let project = try projects.project(id: slot.projectID) else {
                    throw RegistryValidationError(field: "slots/\(index)/project_id", rule: .notFound(.project))
                }
                switch project.stage {
                case .pitched: break
                case .accelerated:
                    try projects.setStage(.pitched, of: project.id, at: now)
                    try Projects.appendStageEntry(transaction, project: project.id, from: .accelerated, to: .pitched, signer: signer)
                default:
                    throw InvestmentConflict.cannotPitch(project.id, stage: project.stage)
                }
            }
            try InvestmentStore(database: transaction.database).replaceAgenda(slots, of: event)
            try transaction.append(kind: "investment.agenda", payload: [
                "event_id": .string(event.rawValue),
                "slots": .array(slots.map { slot in
                    ["project_id": .string(slot.projectID.rawValue), "starts_at": .string(slot.startsAt.rfc3339),
                     "minutes": .integer(Int64(slot.minutes))]
                }),
            ], author: signer)
        }
        return slots
    }

    /// Registers an admitted member with an investor profile while the session is open;
    /// answers the session's investors, the new one among them.
    @discardableResult
    public func registerInvestor(_ investor: MemberID, in event: EventID) async throws -> [MemberID] {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .investmentSession, in: [.open],
                                                                       toDo: "investors can register")
            _ = try Challenges.admittedMember(investor, transaction.database)
            guard try ProfileStore(database: transaction.database).investorProfile(of: investor) != nil else {
                throw InvestmentConflict.noInvestorProfile(investor)
            }
            let store = InvestmentStore(database: transaction.database)
            guard try !store.isRegistered(investor, in: event) else {
                throw InvestmentConflict.investorAlreadyRegistered(investor)
            }
            try store.register(investor, in: event, at: now)
            try transaction.append(kind: "investment.investor", payload: [
                "event_id": .string(event.rawValue), "member_id": .string(investor.rawValue),
            ], author: signer)
            return try store.investors(of: event)
        }
    }

    public func agenda(of event: EventID) async throws -> [PitchSlot] {
        try await database.read { try InvestmentStore(database: $0).agenda(of: event) }
    }

    public func investors(of event: EventID) async throws -> [MemberID] {
        try await database.read { try InvestmentStore(database: $0).investors(of: event) }
    }

    private static func checkOrder(_ slots: [PitchSlot]) throws(RegistryValidationError) {
        var seen = Set<ProjectID>()
        for (index, slot) in slots.enumerated() {
            guard PitchSlot.allowedMinutes.contains(slot.minutes) else {
                throw RegistryValidationError(field: "slots/\(index)/minutes",
                                              rule: .notInRange(minimum: Int64(PitchSlot.allowedMinutes.lowerBound), maximum: Int64(PitchSlot.allowedMinutes.upperBound), unit: .minutes))
            }
            guard seen.insert(slot.projectID).inserted else {
                throw RegistryValidationError(field: "slots/\(index)/project_id", rule: .usedTwice)
            }
            if index > 0, slot.startsAt < slots[index - 1].endsAt {
                throw RegistryValidationError(field: "slots/\(index)/starts_at",
                                              rule: .overlapsPreviousPitch(endsAt: slots[index - 1].endsAt))
            }
        }
    }
}

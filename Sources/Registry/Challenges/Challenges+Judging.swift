import Ledger

extension Challenges {
    /// The conflicts that keep `judge` from marking `team`; empty when there are none.
    static func conflicts(of judge: Member, with team: ChallengeTeam, _ database: SQLiteConnection) throws -> [ConflictOfInterest] {
        var found: [ConflictOfInterest] = []
        if judge.cityID == team.cityID { found.append(.ownTown) }
        var ownTeam = team.memberIDs.contains(judge.id)
        if let projectID = team.projectID, let project = try ProjectStore(database: database).project(id: projectID),
           let place = project.team.first(where: { $0.memberID == judge.id }) {
            switch place.role {
            case .lead, .member: ownTeam = true
            case .mentor: found.append(.mentor)
            case .investor: found.append(.investor)
            }
        }
        if ownTeam { found.append(.ownTeam) }
        return found
    }

    /// Assigns the judges so every team gets `judgesPerTeam` judges without a conflict,
    /// spreading the load evenly: teams with the fewest eligible judges are served
    /// first, each taking the eligible judges with the fewest teams so far (then by id).
    /// Adds to assignments already made; refuses, naming the team, if one cannot be served.
    @discardableResult
    public func assignJudges(in event: EventID) async throws -> [(judge: MemberID, team: ChallengeTeamID)] {
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .challenge, in: [.open, .running],
                                                                       toDo: "judges can be assigned")
            let store = ChallengeStore(database: transaction.database)
            guard let rules = try store.rules(of: event)?.rules else {
                throw ChallengeConflict.noRules
            }
            let judges = try store.judges(of: event).map { try Self.admittedMember($0, transaction.database) }
            let existing = try store.assignments(of: event)
            var load = Dictionary(judges.map { ($0.id, 0) }, uniquingKeysWith: { first, _ in first })
            for assignment in existing { load[assignment.judge, default: 0] += 1 }
            var plan: [(teamID: ChallengeTeamID, eligible: [MemberID], has: Set<MemberID>)] = []
            for team in try store.teams(of: event) {
                let has = Set(existing.filter { $0.team == team.id }.map(\.judge))
                let eligible = try judges.filter { try !has.contains($0.id) && Self.conflicts(of: $0, with: team, transaction.database).isEmpty }
                if has.count + eligible.count < rules.judgesPerTeam {
                    throw ChallengeConflict.tooFewJudgesWithoutConflict(team.id, available: has.count + eligible.count, needed: rules.judgesPerTeam)
                }
                plan.append((team.id, eligible.map(\.id), has))
            }
            var made: [(judge: MemberID, team: ChallengeTeamID)] = []
            for entry in plan.sorted(by: { ($0.eligible.count, $0.teamID.rawValue) < ($1.eligible.count, $1.teamID.rawValue) }) {
                let needed = rules.commonPanel == true ? entry.eligible.count : rules.judgesPerTeam - entry.has.count
                guard needed > 0 else { continue }
                let chosen = entry.eligible.sorted { (load[$0] ?? 0, $0.rawValue) < (load[$1] ?? 0, $1.rawValue) }.prefix(needed)
                for judge in chosen {
                    load[judge, default: 0] += 1
                    try store.assign(judge, to: entry.teamID, in: event)
                    try transaction.append(kind: "challenge.assign", payload: [
                        "event_id": .string(event.rawValue), "judge": .string(judge.rawValue), "team_id": .string(entry.teamID.rawValue),
                    ], author: signer)
                    made.append((judge, entry.teamID))
                }
            }
            return made
        }
    }

    /// Records `judge`'s mark for `team` on a criterion. New marks only while judging is
    /// open (`running`); corrections of a mark already given until sealing. Refuses a
    /// judge not assigned to the team, a conflicted judge, and marks off the scale.
    public func mark(_ team: ChallengeTeamID, on criterionID: String, value: Int, by judge: MemberID,
                     in event: EventID) async throws -> ChallengeMarkRecord {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write(reach: .judging) { transaction in
            let store = ChallengeStore(database: transaction.database)
            let found = try EventStore(database: transaction.database).require(event, kind: .challenge, in: [.running, .closed],
                                                                               toDo: "marks can be given")
            guard let rules = try store.rules(of: event)?.rules,
                  let criterion = rules.criteria.first(where: { $0.id == criterionID }) else {
                throw RegistryValidationError(field: "criterion_id", rule: .notFound(.criterion))
            }
            _ = try criterion.onScale(value, field: "value")
            guard let target = try store.team(team), target.eventID == event else { throw RegistryNotFound(.team, team) }
            guard try store.isAssigned(judge, to: team, in: event) else {
                throw ChallengeConflict.judgeNotAssigned(judge, team: team)
            }
            let conflicts = try Self.conflicts(of: try Self.admittedMember(judge, transaction.database), with: target, transaction.database)
            guard conflicts.isEmpty else {
                throw ChallengeConflict.conflictOfInterest(conflicts)
            }
            let revision = try store.latestRevision(event: event, team: team, judge: judge, criterion: criterionID) + 1
            guard found.status == .running || revision > 1 else {
                throw ChallengeConflict.judgingClosed
            }
            let receipt = try transaction.append(kind: "challenge.mark", payload: [
                "event_id": .string(event.rawValue), "team_id": .string(team.rawValue), "judge": .string(judge.rawValue),
                "criterion_id": .string(criterionID), "value": .integer(Int64(value)), "revision": .integer(Int64(revision)),
            ], author: signer)
            let record = ChallengeMarkRecord(team: team, judge: judge, criterionID: criterionID, value: value, revision: revision,
                                             markedAt: now, ledgerSeq: receipt.seq)
            try store.insert(record, in: event)
            return record
        }
    }

    /// The teams assigned to `judge` and those it has marked on every criterion.
    public func progress(of judge: MemberID, in event: EventID) async throws -> JudgeProgress {
        try await database.read { database in
            let store = ChallengeStore(database: database)
            let criteria = Set(try store.rules(of: event)?.rules.criteria.map(\.id) ?? [])
            let assigned = try store.assignments(of: event).filter { $0.judge == judge }.map(\.team)
            let marks = try store.currentMarks(of: event, by: judge)
            let complete = assigned.filter { team in criteria.isSubset(of: Set(marks.filter { $0.team == team }.map(\.criterionID))) }
            return JudgeProgress(judge: judge, assigned: assigned, complete: complete)
        }
    }

    /// Each team of the challenge with the conflicts that keep `judge` from marking it,
    /// so the committee's scoring form can show the rules at work.
    public func conflicts(of judge: MemberID, in event: EventID) async throws -> [(team: ChallengeTeamID, conflicts: [ConflictOfInterest])] {
        try await database.read { database in
            guard let member = try MemberStore(database: database).member(id: judge) else {
                throw RegistryNotFound(.member, judge)
            }
            return try ChallengeStore(database: database).teams(of: event).map { ($0.id, try Self.conflicts(of: member, with: $0, database)) }
        }
    }

    /// `judge`'s current marks in the challenge (the latest revision of each).
    public func marks(by judge: MemberID, in event: EventID) async throws -> [ChallengeMark] {
        try await database.read { try ChallengeStore(database: $0).currentMarks(of: event, by: judge) }
    }

    /// Every assignment of the challenge.
    public func assignments(in event: EventID) async throws -> [(judge: MemberID, team: ChallengeTeamID)] {
        try await database.read { try ChallengeStore(database: $0).assignments(of: event) }
    }

    /// Every mark and correction, oldest first, each with who gave it and when.
    public func markHistory(of event: EventID) async throws -> [ChallengeMarkRecord] {
        try await database.read { try ChallengeStore(database: $0).markHistory(of: event) }
    }
}

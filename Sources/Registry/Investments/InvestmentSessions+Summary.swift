import Ledger

extension InvestmentSessions {
    /// Records the Union's option in a project on the agenda: `grant`, which must carry the
    /// Union's-option flag, goes on the project's cap table (`cap.grant`) and the session
    /// links to it (`investment.union_option`). One per project per session, before sealing.
    public func recordUnionOption(_ grant: OptionGrant, for project: ProjectID, in event: EventID) async throws -> UnionOption {
        guard grant.isUnionOption else {
            throw RegistryValidationError(field: "union_option", rule: .unionOptionRequired)
        }
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .investmentSession, in: [.open, .running, .closed],
                                                                       toDo: "the Union's option can be recorded")
            let store = InvestmentStore(database: transaction.database)
            guard try store.isOnAgenda(project, of: event) else {
                throw InvestmentConflict.notOnAgenda(project)
            }
            guard try !store.unionOptions(of: event).contains(where: { $0.projectID == project }) else {
                throw InvestmentConflict.unionOptionRecorded(project)
            }
            let capEvent = CapTableEvent.grantOption(grant)
            _ = try CapTables.append(capEvent, in: project, payload: capEvent.ledgerPayload(in: project), transaction: transaction,
                                     author: signer)
            let receipt = try transaction.append(kind: "investment.union_option", payload: [
                "event_id": .string(event.rawValue), "project_id": .string(project.rawValue), "grant_id": .string(grant.id.rawValue),
            ], author: signer)
            let option = UnionOption(projectID: project, grantID: grant.id, shareClassID: grant.shareClass, units: grant.units,
                                     ledgerSeq: receipt.seq)
            try store.insertUnionOption(option, of: event)
            return option
        }
    }

    public func summary(of event: EventID) async throws -> InvestmentSummary {
        try await database.read { try Self.summary(of: event, $0) }
    }

    /// Seals the closed session: its summary becomes the results table whose hash the
    /// ledger holds.
    public func seal(_ event: EventID) async throws -> EventSeal {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let summary = try Self.summary(of: event, transaction.database)
            return try Events.seal(event, kind: .investmentSession, results: summary.json, in: transaction, signer: signer, at: now)
        }
    }

    static func summary(of event: EventID, _ database: SQLiteConnection) throws -> InvestmentSummary {
        _ = try EventStore(database: database).require(event, kind: .investmentSession, in: Set(EventStatus.allCases),
                                                       toDo: "the summary can be read")
        let store = InvestmentStore(database: database)
        let projects = ProjectStore(database: database)
        let agenda = try store.agenda(of: event).map { slot in
            (projectID: slot.projectID, cityID: try Projects.require(slot.projectID, projects).cityID)
        }
        return try InvestmentSummary(eventID: event, agenda: agenda, pledges: try store.pledges(of: event),
                                     options: try store.unionOptions(of: event))
    }
}

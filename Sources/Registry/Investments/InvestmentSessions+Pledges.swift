import Ledger

extension InvestmentSessions {
    /// The longest conditions text kept with a pledge, in characters.
    public static let maximumConditionsCharacters = 4_000

    /// Records `investor`'s pledge while the session is running. Refuses an investor not
    /// registered for the session, a project not on its agenda, and an amount outside the
    /// ticket range of the investor's profile (the profile is what teams pitched to, so
    /// a pledge beyond it is refused rather than flagged: the investor updates its
    /// profile first). A tranche plan must sum to the amount, name each milestone once and
    /// name the same admitted attesters for every tranche, as its contract will.
    public func pledge(_ draft: PledgeDraft, by investor: MemberID, in event: EventID) async throws -> Pledge {
        let conditions = try RegistryText.optional(draft.conditions, field: "conditions",
                                                   maximumCharacters: Self.maximumConditionsCharacters) ?? ""
        let form = try Self.checked(draft.form, amount: draft.amount)
        let now = clock()
        let id: PledgeID = try .generate()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .investmentSession, in: [.running],
                                                                       toDo: "pledges can be made")
            let store = InvestmentStore(database: transaction.database)
            guard try store.isRegistered(investor, in: event) else {
                throw InvestmentConflict.investorNotRegistered(investor)
            }
            guard try store.isOnAgenda(draft.projectID, of: event) else {
                throw InvestmentConflict.notOnAgenda(draft.projectID)
            }
            if let ticket = try ProfileStore(database: transaction.database).investorProfile(of: investor)?.ticket,
               !(ticket.minimumKopecks...ticket.maximumKopecks).contains(draft.amount.value) {
                throw RegistryValidationError(field: "amount_kopecks", rule: .outsideTicket(minimumKopecks: ticket.minimumKopecks,
                                                                                             maximumKopecks: ticket.maximumKopecks))
            }
            if case let .tranches(tranches) = form {
                for attester in Set(tranches.flatMap(\.attesters)) { _ = try Challenges.admittedMember(attester, transaction.database) }
            }
            var payload: JSONObject = [
                "event_id": .string(event.rawValue), "pledge_id": .string(id.rawValue), "investor": .string(investor.rawValue),
                "project_id": .string(draft.projectID.rawValue), "amount_kopecks": .integer(draft.amount.value),
                "form": .string(form.name),
            ]
            switch form {
            case let .tranches(tranches): payload["tranche_kopecks"] = .array(tranches.map { .integer($0.amount.value) })
            case let .equity(preMoney, _): payload["pre_money_kopecks"] = .integer(preMoney.value)
            }
            let receipt = try transaction.append(kind: "investment.pledge", payload: payload, author: signer)
            let pledge = Pledge(id: id, eventID: event, investor: investor, projectID: draft.projectID, amount: draft.amount,
                                conditions: conditions, form: form, status: .pledged, pledgedAt: now, ledgerSeq: receipt.seq,
                                decidedAt: nil, acceptance: nil)
            try store.insert(pledge)
            return pledge
        }
    }

    /// Withdraws a pledge while the session is running; only the investor who made it may.
    public func withdraw(_ id: PledgeID, by investor: MemberID, in event: EventID) async throws -> Pledge {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .investmentSession, in: [.running],
                                                                       toDo: "pledges can be withdrawn")
            let store = InvestmentStore(database: transaction.database)
            let pledge = try Self.require(id, in: event, store)
            guard pledge.investor == investor else {
                throw InvestmentConflict.notYourPledge(id)
            }
            try Self.requirePledged(pledge)
            try store.withdraw(id, at: now)
            try transaction.append(kind: "investment.withdraw", payload: [
                "event_id": .string(event.rawValue), "pledge_id": .string(id.rawValue),
            ], author: signer)
            return try Self.require(id, in: event, store)
        }
    }

    public func pledges(of event: EventID) async throws -> [Pledge] {
        try await database.read { try InvestmentStore(database: $0).pledges(of: event) }
    }

    public func pledge(id: PledgeID) async throws -> Pledge? {
        try await database.read { try InvestmentStore(database: $0).pledge(id) }
    }

    static func require(_ id: PledgeID, in event: EventID, _ store: InvestmentStore) throws -> Pledge {
        guard let pledge = try store.pledge(id), pledge.eventID == event else {
            throw RegistryNotFound(.pledge, id)
        }
        return pledge
    }

    static func requirePledged(_ pledge: Pledge) throws(InvestmentConflict) {
        guard pledge.status == .pledged else {
            throw InvestmentConflict.pledgeNotStanding(pledge.id, status: pledge.status)
        }
    }

    /// The form with its texts checked; a tranche plan must sum to `amount`.
    private static func checked(_ form: PledgeForm, amount: Kopecks) throws(RegistryValidationError) -> PledgeForm {
        guard amount.value > 0 else { throw RegistryValidationError(field: "amount_kopecks", rule: .notMoreThanZero) }
        switch form {
        case let .tranches(tranches):
            guard !tranches.isEmpty else { throw RegistryValidationError(field: "tranches", rule: .tooFew(minimum: 1)) }
            var sum = Kopecks.zero
            var milestones = Set<String>()
            let checkedTranches = try tranches.enumerated().map { index, tranche throws(RegistryValidationError) in
                let milestone = try RegistryText.required(tranche.milestone, field: "tranches/\(index)/milestone", maximumCharacters: 200)
                guard milestones.insert(milestone).inserted else {
                    throw RegistryValidationError(field: "tranches/\(index)/milestone", rule: .usedTwice)
                }
                guard tranche.amount.value > 0, let next = sum.adding(tranche.amount) else {
                    throw RegistryValidationError(field: "tranches/\(index)/amount_kopecks", rule: .notMoreThanZero)
                }
                guard !tranche.attesters.isEmpty else {
                    throw RegistryValidationError(field: "tranches/\(index)/attester_ids", rule: .tooFew(minimum: 1))
                }
                sum = next
                return PledgedTranche(milestone: milestone, amount: tranche.amount,
                                      attesters: Array(Set(tranche.attesters)).sorted { $0.rawValue < $1.rawValue })
            }
            guard Set(checkedTranches.map(\.attesters)).count == 1 else {
                throw RegistryValidationError(field: "tranches",
                                              rule: .attestersDiffer)
            }
            guard sum == amount else {
                throw RegistryValidationError(field: "tranches", rule: .sumMismatch(expected: amount.value, actual: sum.value, unit: .kopecks))
            }
            return .tranches(checkedTranches)
        case let .equity(preMoney, name):
            guard preMoney.value > 0 else {
                throw RegistryValidationError(field: "pre_money_kopecks", rule: .notMoreThanZero)
            }
            return .equity(preMoney: preMoney, shareClassName: try RegistryText.required(name, field: "share_class_name", maximumCharacters: 100))
        }
    }
}

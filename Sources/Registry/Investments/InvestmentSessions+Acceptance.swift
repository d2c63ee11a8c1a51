import Ledger

extension InvestmentSessions {
    /// Accepts a standing pledge while the session is running or closed, with the consent
    /// of the project's lead or of Union staff. A tranche pledge becomes a proposed
    /// `milestone_tranches` contract (`TrancheAgreement`); an equity pledge becomes a priced
    /// round on the project's cap table, creating a class named by the pledge's id. The
    /// project moves from `pitched` to `funded` on its first accepted pledge. All of it is
    /// written in one transaction, or nothing is.
    public func accept(_ id: PledgeID, consent: PledgeConsent, in event: EventID) async throws -> Pledge {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .investmentSession, in: [.running, .closed],
                                                                       toDo: "pledges can be accepted")
            let store = InvestmentStore(database: transaction.database)
            let pledge = try Self.require(id, in: event, store)
            try Self.requirePledged(pledge)
            let projects = ProjectStore(database: transaction.database)
            let project = try Projects.require(pledge.projectID, projects)
            if case let .lead(member) = consent, member != project.lead {
                throw InvestmentConflict.notTheLead(member, project: project.id)
            }
            let outcome = try Self.outcome(of: pledge, project: project, transaction: transaction, signer: signer, at: now)
            var payload: JSONObject = [
                "event_id": .string(event.rawValue), "pledge_id": .string(id.rawValue), "accepted_by": .string(consent.recorded),
            ]
            switch outcome {
            case let .contract(contract): payload["contract_id"] = .string(contract.rawValue)
            case let .round(round): payload["cap_table_event_id"] = .string(round.rawValue)
            }
            let receipt = try transaction.append(kind: "investment.accept", payload: payload, author: signer)
            try store.accept(id, PledgeAcceptance(acceptedBy: consent.recorded, outcome: outcome, acceptedAt: now), ledgerSeq: receipt.seq)
            if project.stage == .pitched {
                try projects.setStage(.funded, of: project.id, at: now)
                try Projects.appendStageEntry(transaction, project: project.id, from: .pitched, to: .funded, signer: signer)
            }
            return try Self.require(id, in: event, store)
        }
    }

    private static func outcome(of pledge: Pledge, project: Project, transaction: LedgerTransaction, signer: any EntrySigner,
                                at now: LedgerTime) throws -> PledgeAcceptance.Outcome {
        switch pledge.form {
        case let .tranches(tranches):
            guard let lead = project.lead else {
                throw InvestmentConflict.noLead(project.id)
            }
            let proposal = try TrancheAgreement.proposal(for: pledge, tranches: tranches, lead: lead, in: transaction.database)
            return .contract(try Contracts.propose(proposal, in: transaction, signer: signer, at: now).id)
        case let .equity(preMoney, name):
            let round = PricedRound(id: CapTableEventID("ev_" + Hex.encode(try SecureRandom.bytes(16))), date: CalendarDate(now),
                                    shareClass: ShareClassID(pledge.id.rawValue), name: name, investment: pledge.amount,
                                    preMoney: preMoney,
                                    investors: [RoundInvestment(investor: StakeholderID(pledge.investor.rawValue), amount: pledge.amount)])
            let event = CapTableEvent.pricedRound(round)
            _ = try CapTables.append(event, in: project.id, payload: event.ledgerPayload(in: project.id), transaction: transaction,
                                     author: signer)
            return .round(round.id)
        }
    }
}

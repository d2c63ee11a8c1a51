import Registry

/// The investment session, left running: staff set the pitch agenda (an accelerated
/// project moves to `pitched`), investors register, the Union's option is granted on the
/// cap table of a project on the agenda, investors pledge equity or tranches with their
/// conditions, and the project's lead (or Union staff) accepts some — an equity pledge
/// becoming a priced round, a tranche pledge a proposed contract. The same registry calls
/// the investment-session API makes.
extension DemoLoader {
    func loadInvestmentSession() async throws {
        let seed = seeds.events.investmentSession
        let session = try await node.events.create(EventDraft(
            kind: .investmentSession, title: seed.title, cityIDs: [try town(seed.town)],
            startsOn: seed.startsOn.value, endsOn: seed.endsOn.value))
        for event in try foundingEvents(seed.founders.common, issues: seed.founders.issues) {
            _ = try await node.capTables.record(event, in: try project(seed.founders.project))
        }
        _ = try await node.investmentSessions.setAgenda(
            try seed.agenda.map { PitchSlot(projectID: try project($0.project), startsAt: $0.startsAt.value, minutes: $0.minutes) },
            of: session.id)
        _ = try await node.events.move(session.id, to: .open)
        for key in seed.investors {
            try await node.investmentSessions.registerInvestor(try member(key), in: session.id)
        }
        for (index, option) in seed.unionOptions.enumerated() {
            _ = try await node.investmentSessions.recordUnionOption(
                try unionOption(option.terms, id: CapTableEventID("ev_session_union_option_\(index + 1)")),
                for: try project(option.project), in: session.id)
        }
        _ = try await node.events.move(session.id, to: .running)
        for pledge in seed.pledges {
            let made = try await node.investmentSessions.pledge(
                PledgeDraft(projectID: try project(pledge.project), amount: Kopecks(pledge.amountKopecks),
                            conditions: pledge.conditions, form: try form(of: pledge)),
                by: try member(pledge.investor), in: session.id)
            if let acceptor = pledge.acceptedBy {
                _ = try await node.investmentSessions.accept(made.id, consent: try consent(acceptor, for: made), in: session.id)
            }
        }
    }

    private func form(of pledge: DemoEvents.Pledge) throws -> PledgeForm {
        switch (pledge.equity, pledge.tranches) {
        case let (equity?, nil):
            return .equity(preMoney: Kopecks(equity.preMoneyKopecks), shareClassName: equity.shareClassName)
        case let (nil, tranches?):
            return .tranches(try tranches.map {
                PledgedTranche(milestone: $0.milestone, amount: Kopecks($0.amountKopecks), attesters: try $0.attesters.map { try member($0) })
            })
        default:
            throw DemoError.invalidValue(field: "investment_session.pledges",
                                         reason: "must give either equity or tranches for \(pledge.investor)'s pledge to \(pledge.project)")
        }
    }

    /// `lead`: the project's lead accepts; `union`: Union staff accept for the Union.
    private func consent(_ acceptor: String, for pledge: Pledge) async throws -> PledgeConsent {
        switch acceptor {
        case "union":
            return .union
        case "lead":
            guard let lead = try await node.projects.project(id: pledge.projectID)?.lead else {
                throw DemoError.invalidValue(field: "investment_session.pledges.accepted_by", reason: "names a project without a lead")
            }
            return .lead(lead)
        default:
            throw DemoError.invalidValue(field: "investment_session.pledges.accepted_by", reason: "must be lead or union, not \(acceptor)")
        }
    }
}

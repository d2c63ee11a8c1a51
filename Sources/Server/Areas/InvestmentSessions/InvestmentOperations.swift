import Registry

/// The acts on pledges at an investment session, run alike by the JSON routes and the
/// session's page: an investor pledges and withdraws its own, the project's lead or Union
/// staff accept. Each tells the session's live totals (`LiveEventFeed`).
struct InvestmentOperations: Sendable {
    /// A pledge made at the session in the path.
    struct PledgeInput: Sendable {
        let event: EventID
        let draft: PledgeDraft
    }

    /// An investor registered at a session: the member itself, or anyone by Union staff.
    let registerInvestor: Operation<Change<EventID, MemberID>, [MemberID]>
    /// The session's pitch order and slots, replaced whole (Union staff).
    let setAgenda: Operation<Change<EventID, [PitchSlot]>, [PitchSlot]>
    let pledge: Operation<PledgeInput, Pledge>
    let withdraw: Operation<Pledge, Pledge>
    let accept: Operation<Pledge, Pledge>

    init(sessions: InvestmentSessions, members: Members, projects: Projects, summaries: LiveEventFeed) {
        let access = PledgeAccess(members: members, projects: projects)
        setAgenda = Operation("setInvestmentAgenda", action: .runInvestmentSession) { _, change in
            try await sessions.setAgenda(change.value, of: change.record)
        }
        registerInvestor = Operation("registerSessionInvestor", action: .registerInvestor, resource: { _, change in
            .ownedBy(accountID: try await access.account(of: change.value))
        }, perform: { _, change in
            try await sessions.registerInvestor(change.value, in: change.record)
        })
        pledge = Operation("pledgeInvestment", action: .pledgeInvestment, resource: { context, _ in
            .ownedBy(accountID: try await access.account(of: try await context.callerMember(members).id))
        }, perform: { context, input in
            try await sessions.pledge(input.draft, by: try await context.callerMember(members).id, in: input.event)
        }, effect: { _, pledge in await summaries.changed(pledge.eventID) })
        withdraw = Operation("withdrawPledge", action: .pledgeInvestment, resource: { _, pledge in
            .ownedBy(accountID: try await access.account(of: pledge.investor))
        }, perform: { _, pledge in
            try await sessions.withdraw(pledge.id, by: pledge.investor, in: pledge.eventID)
        }, effect: { _, pledge in await summaries.changed(pledge.eventID) })
        accept = Operation("acceptPledge", action: .acceptPledge, resource: { _, pledge in
            .project(leadAccountID: try await access.lead(of: pledge.projectID)?.account)
        }, perform: { context, pledge in
            let lead = try await access.lead(of: pledge.projectID)
            let consent: PledgeConsent = if let lead, lead.account == context.actor?.accountID { .lead(lead.member) } else { .union }
            return try await sessions.accept(pledge.id, consent: consent, in: pledge.eventID)
        }, effect: { _, pledge in await summaries.changed(pledge.eventID) })
    }
}

import Registry

/// The accounts behind a pledge that the policy needs: its investor's and its project's
/// lead's, and from them whether a caller reads the pledge's conditions.
struct PledgeAccess: Sendable {
    let members: Members
    let projects: Projects

    /// The member's account, or "" (which no caller is) when it has no login.
    func account(of member: MemberID) async throws -> String {
        try await members.member(id: member)?.accountID?.rawValue ?? ""
    }

    /// The project's lead and its account (nil when the project has no lead).
    func lead(of project: ProjectID) async throws -> (member: MemberID, account: String)? {
        guard let lead = try await projects.project(id: project)?.lead else { return nil }
        return (lead, try await account(of: lead))
    }

    /// Withdraws `pledge` for the caller, who must be signed in as its investor.
    func withdraw(_ pledge: Pledge, by context: RequestContext, in sessions: InvestmentSessions) async throws -> Pledge {
        try Policy.require(context.actor, .pledgeInvestment, on: .ownedBy(accountID: try await account(of: pledge.investor)))
        return try await sessions.withdraw(pledge.id, by: pledge.investor, in: pledge.eventID)
    }

    /// Accepts `pledge` for the caller: its project's lead consents for the team, Union
    /// staff for the Union.
    func accept(_ pledge: Pledge, by context: RequestContext, in sessions: InvestmentSessions) async throws -> Pledge {
        let lead = try await lead(of: pledge.projectID)
        try Policy.require(context.actor, .acceptPledge, on: .project(leadAccountID: lead?.account))
        let consent: PledgeConsent = if let lead, lead.account == context.actor?.accountID { .lead(lead.member) } else { .union }
        return try await sessions.accept(pledge.id, consent: consent, in: pledge.eventID)
    }

    func showsConditions(_ pledge: Pledge, to context: RequestContext) async throws -> Bool {
        guard let actor = context.actor else { return false }
        let resource = Policy.Resource.pledge(investorAccountID: try await account(of: pledge.investor),
                                              leadAccountID: try await lead(of: pledge.projectID)?.account)
        return Policy.decide(actor: actor, action: .readPledgeConditions, resource: resource) == .allow
    }
}

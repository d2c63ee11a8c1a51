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

    func showsConditions(_ pledge: Pledge, to context: RequestContext) async throws -> Bool {
        guard let actor = context.actor else { return false }
        let resource = Policy.Resource.pledge(investorAccountID: try await account(of: pledge.investor),
                                              leadAccountID: try await lead(of: pledge.projectID)?.account)
        return Policy.decide(actor: actor, action: .readPledgeConditions, resource: resource) == .allow
    }
}

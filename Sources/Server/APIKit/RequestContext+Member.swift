import Registry

extension RequestContext {
    /// The signed-in account's member: acts of participants, judges, mentors and
    /// investors are their member's own. An account that is no member is refused.
    func callerMember(_ members: Members) async throws -> Member {
        guard let member = try await members.member(account: AccountID(unchecked: try signedIn.accountID)) else {
            throw APIError.forbidden(detail: "This account is not a member of the Union.")
        }
        return member
    }
}

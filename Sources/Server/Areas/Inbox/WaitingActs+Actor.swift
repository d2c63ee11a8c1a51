import Registry

extension WaitingActs {
    /// What waits for the signed-in account: for the member it belongs to (unless the
    /// member has left the Union), and for its roles.
    func waiting(for actor: Actor, members: Members) async throws -> [WaitingAct] {
        guard let account = AccountID(rawValue: actor.accountID) else { return [] }
        let member = try await members.member(account: account)
        return try await waiting(for: member?.status == .left ? nil : member?.id, roles: actor.roles)
    }
}

import Ledger

/// What waits for a person's action across the registry, read in one read transaction:
/// the inbox every signed-in page counts in its header.
public struct WaitingActs: Sendable {
    let database: RegistryDatabase

    /// The acts waiting for `member` (nil: an account with no member record) and for the
    /// account's `roles`, the oldest first within each kind.
    public func waiting(for member: MemberID?, roles: Set<Role>) async throws -> [WaitingAct] {
        try await database.read { connection in
            var acts: [WaitingAct] = []
            if let member {
                let store = WaitingActStore(database: connection)
                acts += try store.ipConsents(of: member)
                acts += try store.contractsToSign(by: member)
                acts += try store.milestonesToAttest(by: member)
                acts += try store.pledgesToAccept(by: member)
                acts += try store.consultationsToConfirm(by: member)
                acts += try store.teamsToMark(by: member)
            }
            if roles.contains(.unionStaff) {
                let count = try WaitingActStore(database: connection).applications()
                if count > 0 { acts.append(.decideApplications(count: count)) }
            }
            return acts
        }
    }
}

import Ledger

extension Projects {
    /// Starts a project at stage `idea` led by `lead` and, when `contentSHA256` is given,
    /// deposits that hash as the idea's IP held wholly by the lead — both in one
    /// transaction, so a refused deposit (a hash deposited before) leaves no project
    /// behind. The entries are the same as a separate creation and deposit would write.
    public func create(_ draft: ProjectDraft, lead: MemberID, depositing contentSHA256: SHA256Digest?) async throws -> (Project, IPAsset?) {
        let now = clock()
        let project = try Self.newIdea(draft, lead: lead, at: now)
        let deposit = try contentSHA256.map { hash in
            try IPAssets.checked(IPDeposit(kind: .idea, title: project.title, contentSHA256: hash,
                                           holders: [IPHolding(memberID: lead, units: .whole)]))
        }
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            try Self.insert(project, lead: lead, in: transaction, signer: signer)
            return (project, try deposit.map { try IPAssets.deposit($0, in: transaction, signer: signer, at: now) })
        }
    }
}

import Ledger

/// Transfers and attestations: the seller's or the attester's own act, recorded only with
/// their signature over the entry's payload (`act`, `signer` and all), which the ledger
/// checks again on append and on every verification.
extension CapTables {
    /// What the signer of `event` signs: its ledger payload, naming the act and the signer.
    public func statement(for event: CapTableEvent, in project: ProjectID) throws -> PartyStatement {
        try PartyStatement(act: event.entryKind, signer: try Self.signer(of: event), fields: event.ledgerPayload(in: project))
    }

    /// Records a transfer or an attestation carrying `signature`, refused unless an active
    /// key of the signer made it over `statement(for:in:)`.
    public func record(_ event: CapTableEvent, in project: ProjectID,
                       signedWith signature: PartySignature) async throws -> RecordedCapTableEvent {
        let statement = try statement(for: event, in: project)
        if case let .transferShares(transfer) = event, transfer.signedBy != signature.keyID {
            throw CapTableSigningError.keyMismatch(signedBy: transfer.signedBy.hex, signatureKey: signature.keyID.hex)
        }
        try await memberKeys.verify(signature, of: statement, by: try Self.signer(of: event))
        return try await append(event, in: project, payload: try statement.signed(by: signature))
    }

    /// Records a transfer or an attestation signed by the node with the signer's custodial key.
    public func recordSignedWithCustodialKey(_ event: CapTableEvent, in project: ProjectID) async throws -> RecordedCapTableEvent {
        let signature = try await memberKeys.sign(try statement(for: event, in: project), as: try Self.signer(of: event))
        return try await record(event, in: project, signedWith: signature)
    }

    /// The member who must sign `event`.
    static func signer(of event: CapTableEvent) throws(CapTableSigningError) -> MemberID {
        guard let stakeholder = event.requiredSigner else { throw .signatureNotExpected(event: event.id) }
        guard let member = MemberID(rawValue: stakeholder.rawValue) else { throw .signerNotAMember(stakeholder) }
        return member
    }
}

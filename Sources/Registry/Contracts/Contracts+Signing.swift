import Ledger

/// Parties' consent: signatures of the terms (`contract.sign`) and attestations of
/// milestones (`contract.attest`). A member's entry carries the member's own signature
/// over the payload (`act`, `signer`, `party_signature`), which the ledger checks
/// against the member's registered key; the Union's carries only the node's signature.
extension Contracts {
    /// Signs the terms for `party`, today. A member's signature names the contract, the
    /// legal text's and the terms' SHA-256 and the party's role, so it binds that text.
    public func sign(_ id: ContractID, party: PartyID, consent: PartyConsent) async throws -> Contract {
        let contract = try await require(id)
        let date = today
        return try await consented(contract, party: party, consent: consent, fields: Self.signingFields(of: contract, party: party)) {
            ContractEvent(.signed(party: party, keyID: $0), on: date)
        }
    }

    /// Attests `milestone` for `attester`, today.
    public func attest(_ id: ContractID, milestone: String, attester: PartyID, consent: PartyConsent) async throws -> Contract {
        let contract = try await require(id)
        let event = ContractEvent(.milestoneAttested(milestone: milestone, attester: attester), on: today)
        return try await consented(contract, party: attester, consent: consent, fields: [:]) { _ in event }
    }

    /// The statement `member` signs today to sign the contract for `party` with `keyID`
    /// (its newest custodial key when nil): exactly the payload `sign` will append.
    public func signingStatement(_ id: ContractID, party: PartyID, member: MemberID, keyID: KeyID?) async throws -> PartyStatement {
        let contract = try await require(id)
        let event = ContractEvent(.signed(party: party, keyID: try await key(keyID, of: member)), on: today)
        return try statement(event, in: contract, party: party, member: member, fields: Self.signingFields(of: contract, party: party))
    }

    /// The statement `member` signs today to attest `milestone` for `attester`.
    public func attestationStatement(_ id: ContractID, milestone: String, attester: PartyID,
                                     member: MemberID) async throws -> PartyStatement {
        let contract = try await require(id)
        let event = ContractEvent(.milestoneAttested(milestone: milestone, attester: attester), on: today)
        return try statement(event, in: contract, party: attester, member: member, fields: [:])
    }

    /// Refuses consent for `party` by anyone but the one who acts for it: Union staff
    /// (`member` nil) for the Union, the member itself or its named representative otherwise.
    static func checkActing(_ contract: Contract, party: PartyID, member: MemberID?) throws(ContractError) {
        let acting = party == .union ? nil : contract.actingMember(for: party)
        guard member == acting, party == .union || acting != nil else {
            throw .cannotActFor(party: party, member: member?.rawValue, actingMember: acting?.rawValue)
        }
    }

    private func consented(_ contract: Contract, party: PartyID, consent: PartyConsent, fields: JSONObject,
                           event makeEvent: (KeyID) -> ContractEvent) async throws -> Contract {
        switch consent {
        case .union:
            try Self.checkActing(contract, party: party, member: nil)
            let event = makeEvent(database.ledger.nodeKey.keyID)
            return try await append(event, to: contract.id, payload: try Self.fields(of: event, in: contract.id).merging(fields))
        case let .member(member, given):
            let event = makeEvent(try await key(given?.keyID, of: member))
            let statement = try statement(event, in: contract, party: party, member: member, fields: fields)
            let signature: PartySignature
            if let given { signature = given } else { signature = try await memberKeys.sign(statement, as: member) }
            // The statement names the key that must sign it; another key's signature is refused.
            if case let .signed(_, keyID) = event.action, keyID != signature.keyID {
                throw MemberKeyError.invalidSignature(signature.keyID)
            }
            try await memberKeys.verify(signature, of: statement, by: member)
            return try await append(event, to: contract.id, payload: try statement.signed(by: signature))
        }
    }

    private func statement(_ event: ContractEvent, in contract: Contract, party: PartyID, member: MemberID,
                           fields: JSONObject) throws -> PartyStatement {
        try Self.checkActing(contract, party: party, member: member)
        return try PartyStatement(act: event.entryKind(in: contract.kind), signer: member,
                                  fields: try Self.fields(of: event, in: contract.id).merging(fields))
    }

    /// `keyID`, or the member's newest active custodial key, which `MemberKeys.sign` uses.
    private func key(_ keyID: KeyID?, of member: MemberID) async throws -> KeyID {
        if let keyID { return keyID }
        guard let key = await memberKeys.keys(of: member).last(where: { $0.custodial && $0.revokedAtSeq == nil }) else {
            throw MemberKeyError.noCustodialKey(member)
        }
        return key.keyID
    }

    private static func signingFields(of contract: Contract, party: PartyID) -> JSONObject {
        var fields: JSONObject = ["text_sha256": .string(contract.terms.textSHA256.hex),
                                  "terms_sha256": .string(contract.termsSHA256.hex)]
        if let role = contract.terms.parties.first(where: { $0.id == party })?.role { fields["role"] = .string(role) }
        return fields
    }
}

extension JSONObject {
    /// This object with `other`'s members added, `other` winning on a shared name.
    func merging(_ other: JSONObject) -> JSONObject {
        var merged = self
        for (key, value) in other { merged[key] = value }
        return merged
    }
}

import Ledger
import Registry

/// The acts on contracts, run alike by the JSON routes and the contract desk: Union staff
/// propose contracts, account their money and end them; each party consents (signs,
/// attests, pledges) through the one who acts for it — staff for the Union, the acting
/// member for anyone else — decided by that party.
struct ContractOperations: Sendable {
    /// A party's consent to an act on a contract, with the signature made by a key its
    /// member holds (none: the member's custodial key, or the node's for the Union).
    struct Consent<Act: Sendable>: Sendable {
        let contract: Contract
        let party: PartyID
        let signature: PartySignature?
        let act: Act
    }

    let propose: Operation<ContractProposal, Contract>
    let sign: Operation<Consent<Void>, Contract>
    /// The statement a member signs for `sign`, for the key given (or the signature's).
    let signStatement: Operation<Consent<KeyID?>, PartyStatement>
    let attest: Operation<Consent<String>, Contract>
    let attestStatement: Operation<Consent<String>, PartyStatement>
    let pledge: Operation<Consent<Int64>, Contract>
    let withdrawPledge: Operation<Consent<Int64>, Contract>
    let reportCost: Operation<Change<Contract, Int64>, Contract>
    /// Revenue split among the holders given, or when none are, as the terms or the project's cap table say.
    let reportRevenue: Operation<Change<Contract, (amount: Int64, holders: [PartyID: Int64]?)>, Contract>
    let recordSubscription: Operation<Change<Contract, (party: PartyID, amount: Int64)>, Contract>
    let close: Operation<Contract, Contract>
    let terminate: Operation<Change<Contract, [PartyID]>, Contract>

    init(contracts: Contracts, members: Members, capTables: CapTables) {
        @Sendable func party<Act>(_: RequestContext, _ consent: Consent<Act>) async throws -> Policy.Resource {
            guard consent.party != .union else { return .contractParty(isUnion: true, actingAccountID: nil) }
            let acting = consent.contract.actingMember(for: consent.party)
            let account = if let acting { try await members.member(id: acting)?.accountID?.rawValue } else { String?.none }
            return .contractParty(isUnion: false, actingAccountID: account)
        }
        propose = Operation("proposeContract", action: .proposeContract) { _, proposal in try await contracts.propose(proposal) }
        sign = Operation("signContract", action: .signContract, resource: party) { _, consent in
            try await contracts.sign(consent.contract.id, party: consent.party, consent: try Self.given(consent))
        }
        signStatement = Operation("signContractStatement", action: .signContract, resource: party) { _, consent in
            try await contracts.signingStatement(consent.contract.id, party: consent.party, member: try Self.member(consent),
                                                 keyID: consent.act ?? consent.signature?.keyID)
        }
        attest = Operation("attestMilestone", action: .attestMilestone, resource: party) { _, consent in
            try await contracts.attest(consent.contract.id, milestone: consent.act, attester: consent.party, consent: try Self.given(consent))
        }
        attestStatement = Operation("attestMilestoneStatement", action: .attestMilestone, resource: party) { _, consent in
            try await contracts.attestationStatement(consent.contract.id, milestone: consent.act, attester: consent.party,
                                                     member: try Self.member(consent))
        }
        pledge = Operation("pledgeToContract", action: .pledgeToContract, resource: party) { _, consent in
            try await contracts.pledge(consent.act, by: consent.party, actingMember: try Self.pledger(consent), to: consent.contract.id)
        }
        withdrawPledge = Operation("withdrawContractPledge", action: .pledgeToContract, resource: party) { _, consent in
            try await contracts.withdraw(consent.act, by: consent.party, actingMember: try Self.pledger(consent), from: consent.contract.id)
        }
        reportCost = Operation("reportContractCost", action: .reportContractMoney) { _, change in
            try await contracts.reportCost(change.value, to: change.record.id)
        }
        reportRevenue = Operation("reportContractRevenue", action: .reportContractMoney) { _, change in
            let found = change.record
            if change.value.holders == nil, found.projectID != nil, case .revenueShare(let terms) = found.terms.parameters,
               terms.fixedShares.isEmpty {
                return try await contracts.reportRevenue(change.value.amount, toHoldersIn: capTables, of: found.id)
            }
            return try await contracts.reportRevenue(change.value.amount, holders: change.value.holders ?? [:], to: found.id)
        }
        recordSubscription = Operation("recordContractSubscription", action: .reportContractMoney) { _, change in
            try await contracts.recordSubscription(change.value.amount, from: change.value.party, to: change.record.id)
        }
        close = Operation("closeContract", action: .endContract) { _, found in try await contracts.close(found.id) }
        terminate = Operation("terminateContract", action: .endContract) { _, change in
            try await contracts.terminate(change.record.id, by: change.value)
        }
    }

    /// The consent the caller gives, once the policy has allowed it: the Union's, or the
    /// acting member's with its signature.
    private static func given<Act>(_ consent: Consent<Act>) throws -> PartyConsent {
        consent.party == .union ? .union : .member(try actingMember(consent), signature: consent.signature)
    }

    /// The member whose statement is asked for: the Union signs with the node's key and has none.
    private static func member<Act>(_ consent: Consent<Act>) throws -> MemberID {
        guard consent.party != .union else {
            throw APIError.validation([.init(pointer: "/party", detail: "The Union consents with the node key; there is no statement to sign.")])
        }
        return try actingMember(consent)
    }

    /// The member pledging for a town: the Union does not pledge.
    private static func pledger<Act>(_ consent: Consent<Act>) throws -> MemberID {
        guard consent.party != .union else {
            throw APIError.validation([.init(pointer: "/party", detail: "The Union does not pledge to a crowdfunding.")])
        }
        return try actingMember(consent)
    }

    private static func actingMember<Act>(_ consent: Consent<Act>) throws -> MemberID {
        guard let acting = consent.contract.actingMember(for: consent.party) else {
            throw APIError.forbidden(detail: "Nobody acts for \(consent.party) in this contract.")
        }
        return acting
    }
}

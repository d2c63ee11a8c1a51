/// Which milestones have been attested by whom, and which tranches released.
struct TrancheProgress: Sendable, Equatable {
    var attestations: [String: Set<PartyID>] = [:]
    var released: Set<String> = []
}

extension ContractState {
    /// The milestones whose tranches have been released.
    public var releasedMilestones: Set<String> { tranches.released }

    /// The milestones of an active contract that wait for `attester`'s attestation, in the
    /// terms' order: named in the terms, not yet released, not yet attested by it.
    public func milestonesAwaitingAttestation(by attester: PartyID) -> [String] {
        guard status == .active, case let .milestoneTranches(terms) = terms.parameters, terms.attesters.contains(attester) else { return [] }
        return terms.tranches.map(\.milestone).filter {
            !tranches.released.contains($0) && !tranches.attestations[$0, default: []].contains(attester)
        }
    }

    /// On activation the investor's whole commitment is debited into the contract.
    mutating func commit(_ terms: TrancheTerms, on date: CalendarDate) throws(ContractError) {
        var commitment: Int64 = 0
        for tranche in terms.tranches { commitment = try Self.sum(commitment, tranche.amount) }
        post(-commitment, to: terms.investor, what: "commitment", on: date)
    }

    /// Records one attester's signature; the tranche is released to the recipient when the
    /// last of the named attesters has signed.
    mutating func attest(_ milestone: String, by attester: PartyID, on date: CalendarDate) throws(ContractError) {
        guard case let .milestoneTranches(terms) = terms.parameters else { return }
        guard terms.attesters.contains(attester) else { throw .notAnAttester(attester) }
        guard let tranche = terms.tranches.first(where: { $0.milestone == milestone }) else { throw .unknownMilestone(milestone) }
        guard !tranches.released.contains(milestone) else { throw .milestoneAlreadyReleased(milestone) }
        guard tranches.attestations[milestone, default: []].insert(attester).inserted else {
            throw .alreadyAttested(milestone: milestone, attester: attester)
        }
        if tranches.attestations[milestone, default: []].count == Set(terms.attesters).count {
            tranches.released.insert(milestone)
            distribute(tranche.amount, on: date, event: "milestone_attested",
                           lines: [(terms.recipient, "tranche", tranche.amount)])
        }
    }

    /// On termination every tranche not yet released goes back to the investor.
    mutating func returnUnreleased(_ terms: TrancheTerms, on date: CalendarDate) throws(ContractError) {
        var unreleased: Int64 = 0
        for tranche in terms.tranches where !tranches.released.contains(tranche.milestone) {
            unreleased = try Self.sum(unreleased, tranche.amount)
        }
        distribute(unreleased, on: date, event: "terminated", lines: [(terms.investor, "refund", unreleased)])
    }
}

/// The rule for each kind of event: check everything, then change the state.
extension CapTable {
    mutating func createShareClass(_ creation: ShareClassCreation) throws(CapTableError) {
        guard shareClasses[creation.shareClass] == nil else { throw .duplicateShareClass(creation.shareClass) }
        try requireNonNegative(creation.pricePerUnit ?? .zero, creation.id)
        shareClasses[creation.shareClass] = ShareClassState(
            id: creation.shareClass, name: creation.name, kind: creation.kind, createdOn: creation.date,
            initialAuthorised: creation.authorised, authorised: creation.authorised, issued: .zero, reserved: .zero,
            pricePerUnit: creation.pricePerUnit)
    }

    mutating func changeAuthorised(_ change: AuthorisedChange) throws(CapTableError) {
        let state = try shareClass(change.shareClass)
        let used = state.issued.value + state.reserved.value
        guard change.authorised.value >= used else {
            throw .exceedsAuthorised(shareClass: change.shareClass, authorised: change.authorised, issued: state.issued,
                                     reserved: state.reserved, requested: .zero)
        }
        shareClasses[change.shareClass]?.authorised = change.authorised
    }

    mutating func issueShares(_ issuance: ShareIssuance) throws(CapTableError) {
        try requirePositive(issuance.units, issuance.id)
        try requireNonNegative(issuance.pricePerUnit, issuance.id)
        let state = try reserveRoom(for: issuance.units, in: issuance.shareClass)
        shareClasses[issuance.shareClass]?.issued = ShareCount(unchecked: state.issued.value + issuance.units.value)
        addUnits(issuance.units, to: issuance.holder, in: issuance.shareClass)
    }

    mutating func grantOption(_ grant: OptionGrant) throws(CapTableError) {
        try requirePositive(grant.units, grant.id)
        try requireNonNegative(grant.exercisePrice, grant.id)
        if let problem = grant.vesting.problem(forUnits: grant.units) {
            throw .invalidVesting(grant: grant.id, reason: problem)
        }
        let state = try reserveRoom(for: grant.units, in: grant.shareClass)
        shareClasses[grant.shareClass]?.reserved = ShareCount(unchecked: state.reserved.value + grant.units.value)
        grants[grant.id] = GrantState(grant: grant)
    }

    mutating func attestMilestone(_ attestation: MilestoneAttestation) throws(CapTableError) {
        let state = try grantState(attestation.grant)
        guard case let .milestones(tranches) = state.grant.vesting,
              let tranche = tranches.first(where: { $0.milestone == attestation.milestone }) else {
            throw .unknownMilestone(grant: attestation.grant, milestone: attestation.milestone)
        }
        guard tranche.attesters.contains(attestation.attester) else {
            throw .notAnAttester(grant: attestation.grant, milestone: attestation.milestone, attester: attestation.attester)
        }
        guard state.attestations[attestation.milestone]?[attestation.attester] == nil else {
            throw .alreadyAttested(grant: attestation.grant, milestone: attestation.milestone, attester: attestation.attester)
        }
        grants[attestation.grant]?.attestations[attestation.milestone, default: [:]][attestation.attester] = attestation.date
    }

    mutating func exerciseOption(_ exercise: OptionExercise) throws(CapTableError) {
        try requirePositive(exercise.units, exercise.id)
        let state = try grantState(exercise.grant)
        guard !state.isExpired(on: exercise.date) else {
            throw .optionExpired(grant: exercise.grant, expiry: state.grant.expiry, date: exercise.date)
        }
        guard exercise.units <= state.exercisable(on: exercise.date) else {
            throw .insufficientVestedUnits(grant: exercise.grant, requested: exercise.units,
                                           vested: state.vested(asOf: exercise.date), alreadyExercised: state.exercised)
        }
        let shareClass = state.grant.shareClass
        grants[exercise.grant]?.exercised = ShareCount(unchecked: state.exercised.value + exercise.units.value)
        if let classState = shareClasses[shareClass] {
            shareClasses[shareClass]?.reserved = ShareCount(unchecked: classState.reserved.value - exercise.units.value)
            shareClasses[shareClass]?.issued = ShareCount(unchecked: classState.issued.value + exercise.units.value)
        }
        addUnits(exercise.units, to: state.grant.grantee, in: shareClass)
    }

    mutating func cancelOption(_ cancellation: OptionCancellation) throws(CapTableError) {
        try requirePositive(cancellation.units, cancellation.id)
        let state = try grantState(cancellation.grant)
        guard cancellation.units <= state.unexercised else {
            throw .insufficientOutstandingUnits(grant: cancellation.grant, requested: cancellation.units,
                                                outstanding: state.unexercised)
        }
        let shareClass = state.grant.shareClass
        grants[cancellation.grant]?.cancelled = ShareCount(unchecked: state.cancelled.value + cancellation.units.value)
        if let classState = shareClasses[shareClass] {
            shareClasses[shareClass]?.reserved = ShareCount(unchecked: classState.reserved.value - cancellation.units.value)
        }
    }

    mutating func transferShares(_ transfer: ShareTransfer) throws(CapTableError) {
        try requirePositive(transfer.units, transfer.id)
        _ = try shareClass(transfer.shareClass)
        guard transfer.from != transfer.to else { throw .transferToSelf(holder: transfer.from) }
        let owned = units(of: transfer.from, in: transfer.shareClass)
        guard transfer.units <= owned else {
            throw .insufficientUnits(holder: transfer.from, shareClass: transfer.shareClass, owned: owned,
                                     requested: transfer.units)
        }
        removeUnits(transfer.units, from: transfer.from, in: transfer.shareClass)
        addUnits(transfer.units, to: transfer.to, in: transfer.shareClass)
    }

    mutating func priceRound(_ round: PricedRound) throws(CapTableError) {
        guard shareClasses[round.shareClass] == nil else { throw .duplicateShareClass(round.shareClass) }
        let allocation = try RoundAllocation(round, fullyDilutedBefore: fullyDiluted(asOf: round.date).total)
        shareClasses[round.shareClass] = ShareClassState(
            id: round.shareClass, name: round.name, kind: round.kind, createdOn: round.date,
            initialAuthorised: allocation.total, authorised: allocation.total, issued: allocation.total,
            reserved: .zero, pricePerUnit: nil)
        for (investor, units) in allocation.units where units > .zero {
            addUnits(units, to: investor, in: round.shareClass)
        }
    }

    private func shareClass(_ id: ShareClassID) throws(CapTableError) -> ShareClassState {
        guard let state = shareClasses[id] else { throw .unknownShareClass(id) }
        return state
    }

    private func grantState(_ id: CapTableEventID) throws(CapTableError) -> GrantState {
        guard let state = grants[id] else { throw .unknownGrant(id) }
        return state
    }

    private func requirePositive(_ units: ShareCount, _ event: CapTableEventID) throws(CapTableError) {
        guard units > .zero else { throw .zeroUnits(event: event) }
    }

    private func requireNonNegative(_ price: Kopecks, _ event: CapTableEventID) throws(CapTableError) {
        guard price >= .zero else { throw .negativePrice(event: event, kopecks: price) }
    }

    /// Refuses `units` more in `id` beyond its authorised units, counting issued and reserved;
    /// returns the class as it is before the change.
    private func reserveRoom(for units: ShareCount, in id: ShareClassID) throws(CapTableError) -> ShareClassState {
        let state = try shareClass(id)
        guard units.value <= state.available else {
            throw .exceedsAuthorised(shareClass: id, authorised: state.authorised, issued: state.issued,
                                     reserved: state.reserved, requested: units)
        }
        return state
    }
}

/// Read-only views of a cap table.
extension CapTable {
    /// The table as it stood at the end of `date`: the replay of the events dated on or before it.
    public func asOf(_ date: CalendarDate) -> CapTable {
        var table = CapTable()
        // Events are in date order, so these form a prefix, and each was accepted on exactly
        // this prefix: replaying them cannot be refused.
        for event in events where event.date <= date {
            try? table.record(event)
        }
        return table
    }

    /// Issued units per class.
    public var issuedByClass: [ShareClassID: ShareCount] {
        shareClasses.mapValues(\.issued)
    }

    /// Issued units per holder, all classes together, with their basis points.
    public var issuedByHolder: FullyDiluted {
        FullyDiluted(units: holdings.mapValues { ShareCount(unchecked: $0.values.reduce(0) { $0 + $1.value }) })
    }

    /// Issued units plus unexercised units of options not expired on `date`, per holder.
    public func fullyDiluted(asOf date: CalendarDate) -> FullyDiluted {
        var units = issuedByHolder.units
        for state in grants.values {
            let outstanding = state.outstanding(on: date)
            guard outstanding > .zero else { continue }
            units[state.grant.grantee] = ShareCount(unchecked: (units[state.grant.grantee]?.value ?? 0) + outstanding.value)
        }
        return FullyDiluted(units: units)
    }

    /// What `holder` has, with vesting computed on `date`.
    public func position(of holder: StakeholderID, asOf date: CalendarDate) -> HolderPosition {
        let options = grants.values.filter { $0.grant.grantee == holder }.sorted { $0.grant.id < $1.grant.id }.map { state in
            OptionPosition(grant: state.grant.id, shareClass: state.grant.shareClass, granted: state.grant.units,
                           vested: state.vested(asOf: date), exercised: state.exercised, cancelled: state.cancelled,
                           isExpired: state.isExpired(on: date), isUnionOption: state.grant.isUnionOption)
        }
        return HolderPosition(holder: holder, units: holdings[holder] ?? [:], options: options)
    }

    /// The events that touched `holder`, in order: shares issued to or transferred from or to
    /// them, round investments, their option grants and what happened to those grants, and
    /// the attestations they gave.
    public func history(of holder: StakeholderID) -> [CapTableEvent] {
        events.filter { stakeholders(touchedBy: $0).contains(holder) }
    }

    func stakeholders(touchedBy event: CapTableEvent) -> [StakeholderID] {
        switch event {
        case .createShareClass, .changeAuthorised: []
        case let .issueShares(issuance): [issuance.holder]
        case let .grantOption(grant): [grant.grantee]
        case let .attestMilestone(attestation): [attestation.attester] + grantee(of: attestation.grant)
        case let .exerciseOption(exercise): grantee(of: exercise.grant)
        case let .cancelOption(cancellation): grantee(of: cancellation.grant)
        case let .transferShares(transfer): [transfer.from, transfer.to]
        case let .pricedRound(round): round.investors.map(\.investor)
        }
    }

    private func grantee(of grant: CapTableEventID) -> [StakeholderID] {
        grants[grant].map { [$0.grant.grantee] } ?? []
    }
}

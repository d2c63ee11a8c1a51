import Ledger

/// Turns a cap table's events into OCF transactions, in event order.
///
/// OCF tracks shares as securities (lots), each made by one issuance. A transfer consumes the
/// seller's lots oldest first: each lot it touches yields a `TX_STOCK_TRANSFER`, a new issuance
/// to the buyer and, when the lot is only partly sold, a balance issuance back to the seller.
struct OCFTransactions {
    private struct Lot {
        let security: String
        var units: Int64
        let price: JSONValue
    }

    private(set) var items: [JSONValue] = []
    /// Price per unit of each class a priced round created.
    private(set) var roundPrices: [ShareClassID: JSONValue] = [:]
    /// Everyone who held shares or options at some point, in order of appearance.
    private(set) var stakeholders: [StakeholderID] = []
    private var seen: Set<StakeholderID> = []
    private var lots: [StakeholderID: [ShareClassID: [Lot]]] = [:]
    private var table = CapTable()

    init(events: [CapTableEvent]) {
        for event in events {
            add(event)
            // Each event was accepted on exactly this prefix, so replaying it cannot be refused.
            try? table.record(event)
        }
    }

    private mutating func add(_ event: CapTableEvent) {
        switch event {
        case let .changeAuthorised(change):
            items.append(["object_type": "TX_STOCK_CLASS_AUTHORIZED_SHARES_ADJUSTMENT", "id": .string("tx_\(change.id)"),
                          "date": OCFValue.date(change.date), "stock_class_id": .string(change.shareClass.rawValue),
                          "new_shares_authorized": OCFValue.numeric(change.authorised.value)])
        case let .issueShares(issuance):
            issue("sec_\(issuance.id)", to: issuance.holder, issuance.shareClass, issuance.units.value,
                  price: OCFValue.money(issuance.pricePerUnit), on: issuance.date)
        case let .grantOption(grant):
            addOption(grant)
        case let .attestMilestone(attestation):
            addVestingEvent(attestation)
        case let .exerciseOption(exercise):
            guard let grant = table.grants[exercise.grant]?.grant else { return }
            items.append(["object_type": "TX_EQUITY_COMPENSATION_EXERCISE", "id": .string("tx_\(exercise.id)"),
                          "date": OCFValue.date(exercise.date), "security_id": .string("sec_\(grant.id)"),
                          "quantity": OCFValue.numeric(exercise.units.value),
                          "resulting_security_ids": [.string("sec_\(exercise.id)")]])
            issue("sec_\(exercise.id)", to: grant.grantee, grant.shareClass, exercise.units.value,
                  price: OCFValue.money(grant.exercisePrice), on: exercise.date)
        case let .cancelOption(cancellation):
            items.append(["object_type": "TX_EQUITY_COMPENSATION_CANCELLATION", "id": .string("tx_\(cancellation.id)"),
                          "date": OCFValue.date(cancellation.date), "security_id": .string("sec_\(cancellation.grant)"),
                          "quantity": OCFValue.numeric(cancellation.units.value),
                          "reason_text": "Unexercised units returned to the pool"])
        case let .transferShares(transfer):
            addTransfer(transfer)
        case let .pricedRound(round):
            addRound(round)
        case .createShareClass:
            break
        }
    }

    private mutating func note(_ stakeholder: StakeholderID) {
        if seen.insert(stakeholder).inserted { stakeholders.append(stakeholder) }
    }

    private mutating func issue(_ security: String, to holder: StakeholderID, _ shareClass: ShareClassID, _ units: Int64,
                                price: JSONValue, on date: CalendarDate) {
        note(holder)
        items.append(["object_type": "TX_STOCK_ISSUANCE", "id": .string("tx_\(security)"), "date": OCFValue.date(date),
                      "security_id": .string(security), "custom_id": .string(security),
                      "stakeholder_id": .string(holder.rawValue), "stock_class_id": .string(shareClass.rawValue),
                      "share_price": price, "quantity": OCFValue.numeric(units), "security_law_exemptions": [],
                      "stock_legend_ids": []])
        lots[holder, default: [:]][shareClass, default: []].append(Lot(security: security, units: units, price: price))
    }

    private mutating func addOption(_ grant: OptionGrant) {
        note(grant.grantee)
        var item: JSONObject = [
            "object_type": "TX_EQUITY_COMPENSATION_ISSUANCE", "id": .string("tx_\(grant.id)"), "date": OCFValue.date(grant.date),
            "security_id": .string("sec_\(grant.id)"), "custom_id": .string(grant.id.rawValue),
            "stakeholder_id": .string(grant.grantee.rawValue), "stock_class_id": .string(grant.shareClass.rawValue),
            "compensation_type": "OPTION", "quantity": OCFValue.numeric(grant.units.value),
            "exercise_price": OCFValue.money(grant.exercisePrice), "expiration_date": OCFValue.date(grant.expiry),
            "termination_exercise_windows": [], "security_law_exemptions": [],
            "vesting_terms_id": .string(OCFVestingTerms.id(of: grant.id)),
        ]
        if grant.isUnionOption { item["comments"] = ["The Union's option, taken in exchange for running the project's operations"] }
        items.append(.object(item))
        let start: CalendarDate
        switch grant.vesting {
        case let .cliffMonthly(vestingStart, _, _): start = vestingStart
        case .milestones: start = grant.date
        }
        items.append(["object_type": "TX_VESTING_START", "id": .string("tx_\(grant.id)_vesting_start"),
                      "date": OCFValue.date(start), "security_id": .string("sec_\(grant.id)"),
                      "vesting_condition_id": .string(OCFVestingTerms.startCondition)])
    }

    /// A `TX_VESTING_EVENT` when this attestation is the last one its tranche was waiting for.
    private mutating func addVestingEvent(_ attestation: MilestoneAttestation) {
        guard let state = table.grants[attestation.grant], case let .milestones(tranches) = state.grant.vesting,
              let tranche = tranches.first(where: { $0.milestone == attestation.milestone }) else { return }
        var attested = state.attestations
        attested[attestation.milestone, default: [:]][attestation.attester] = attestation.date
        guard VestingSchedule.vestingDate(of: tranche, attestations: attested) != nil else { return }
        items.append(["object_type": "TX_VESTING_EVENT", "id": .string("tx_\(attestation.id)"),
                      "date": OCFValue.date(attestation.date), "security_id": .string("sec_\(attestation.grant)"),
                      "vesting_condition_id": .string(OCFVestingTerms.condition(of: tranche.milestone))])
    }

    private mutating func addTransfer(_ transfer: ShareTransfer) {
        var remaining = transfer.units.value
        var part = 0
        while remaining > 0, var lot = lots[transfer.from]?[transfer.shareClass]?.first {
            lots[transfer.from]?[transfer.shareClass]?.removeFirst()
            part += 1
            let moved = min(remaining, lot.units)
            remaining -= moved
            lot.units -= moved
            let resulting = "sec_\(transfer.id)_\(part)"
            var item: JSONObject = [
                "object_type": "TX_STOCK_TRANSFER", "id": .string("tx_\(transfer.id)_\(part)"), "date": OCFValue.date(transfer.date),
                "security_id": .string(lot.security), "quantity": OCFValue.numeric(moved),
                "resulting_security_ids": [.string(resulting)],
            ]
            if lot.units > 0 { item["balance_security_id"] = .string("\(resulting)_balance") }
            items.append(.object(item))
            issue(resulting, to: transfer.to, transfer.shareClass, moved, price: lot.price, on: transfer.date)
            if lot.units > 0 {
                issue("\(resulting)_balance", to: transfer.from, transfer.shareClass, lot.units, price: lot.price, on: transfer.date)
                // The balance lot takes the sold lot's place at the front, keeping oldest-first order.
                if var remainingLots = lots[transfer.from]?[transfer.shareClass], let balance = remainingLots.popLast() {
                    remainingLots.insert(balance, at: 0)
                    lots[transfer.from]?[transfer.shareClass] = remainingLots
                }
            }
        }
    }

    private mutating func addRound(_ round: PricedRound) {
        let before = table.fullyDiluted(asOf: round.date).total
        guard let allocation = try? RoundAllocation(round, fullyDilutedBefore: before) else { return }
        let price = OCFValue.price(round.preMoney, perUnits: before)
        roundPrices[round.shareClass] = price
        for (investor, units) in allocation.units where units > .zero {
            issue("sec_\(round.id)_\(investor)", to: investor, round.shareClass, units.value, price: price, on: round.date)
        }
    }
}

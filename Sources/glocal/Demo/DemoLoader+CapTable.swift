import Registry

/// The funded project's cap table: common shares issued to the founders, the Union's
/// option granted with vesting, and a priced seed round — each a `cap.*` ledger entry.
extension DemoLoader {
    func loadCapTable() async throws {
        let seed = seeds.deals.capTable
        let id = try project(seed.project)
        var events: [CapTableEvent] = [
            .createShareClass(ShareClassCreation(id: "ev_common", date: seed.common.on.value, shareClass: "common",
                                                 name: seed.common.name, kind: .common,
                                                 authorised: try units(seed.common.authorised, "common.authorised"),
                                                 pricePerUnit: Kopecks(seed.common.pricePerUnitKopecks))),
        ]
        for (index, issue) in seed.issues.enumerated() {
            events.append(.issueShares(ShareIssuance(
                id: CapTableEventID("ev_issue_\(index + 1)"), date: issue.on.value, holder: try stakeholder(issue.holder),
                shareClass: "common", units: try units(issue.units, "issues.units"),
                pricePerUnit: Kopecks(seed.common.pricePerUnitKopecks))))
        }
        let option = seed.unionOption
        events.append(.grantOption(OptionGrant(
            id: "ev_union_option", date: option.on.value, grantee: "union", shareClass: "common",
            units: try units(option.units, "union_option.units"), exercisePrice: Kopecks(option.exercisePriceKopecks),
            expiry: option.expiry.value,
            vesting: .cliffMonthly(start: option.on.value, cliffMonths: option.cliffMonths, totalMonths: option.totalMonths),
            isUnionOption: true)))
        let round = seed.round
        let investors = try round.investors.map {
            RoundInvestment(investor: try stakeholder($0.investor), amount: Kopecks($0.amountKopecks))
        }
        events.append(.pricedRound(PricedRound(
            id: CapTableEventID("ev_round_" + round.shareClass), date: round.on.value, shareClass: ShareClassID(round.shareClass),
            name: round.name, investment: Kopecks(round.investors.reduce(0) { $0 + $1.amountKopecks }),
            preMoney: Kopecks(round.preMoneyKopecks), investors: investors)))
        for event in events {
            _ = try await node.capTables.record(event, in: id)
        }
    }

    private func stakeholder(_ key: String) throws(DemoError) -> StakeholderID {
        StakeholderID(try member(key).rawValue)
    }

    private func units(_ value: Int64, _ field: String) throws(DemoError) -> ShareCount {
        guard let count = ShareCount(value) else {
            throw .invalidValue(field: "cap_table.\(field)", reason: "must be a whole number of shares not below 0, not \(value)")
        }
        return count
    }
}

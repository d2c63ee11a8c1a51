import Registry

/// The funded project's cap table: common shares issued to the founders, the Union's
/// option granted with vesting, and a priced seed round — each a `cap.*` ledger entry.
extension DemoLoader {
    func loadCapTable() async throws {
        let seed = seeds.deals.capTable
        let id = try project(seed.project)
        var events = try foundingEvents(seed.common, issues: seed.issues)
        events.append(.grantOption(try unionOption(seed.unionOption, id: "ev_union_option")))
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

    /// The common class and its issue to the founders, in that order.
    func foundingEvents(_ common: DemoDeals.ShareClass, issues: [DemoDeals.Issue]) throws -> [CapTableEvent] {
        var events: [CapTableEvent] = [
            .createShareClass(ShareClassCreation(id: "ev_common", date: common.on.value, shareClass: "common",
                                                 name: common.name, kind: .common,
                                                 authorised: try units(common.authorised, "common.authorised"),
                                                 pricePerUnit: Kopecks(common.pricePerUnitKopecks))),
        ]
        for (index, issue) in issues.enumerated() {
            events.append(.issueShares(ShareIssuance(
                id: CapTableEventID("ev_issue_\(index + 1)"), date: issue.on.value, holder: try stakeholder(issue.holder),
                shareClass: "common", units: try units(issue.units, "issues.units"),
                pricePerUnit: Kopecks(common.pricePerUnitKopecks))))
        }
        return events
    }

    /// The Union's option in the common class, vesting monthly after a cliff.
    func unionOption(_ option: DemoDeals.UnionOption, id: CapTableEventID) throws(DemoError) -> OptionGrant {
        OptionGrant(
            id: id, date: option.on.value, grantee: "union", shareClass: "common",
            units: try units(option.units, "union_option.units"), exercisePrice: Kopecks(option.exercisePriceKopecks),
            expiry: option.expiry.value,
            vesting: .cliffMonthly(start: option.on.value, cliffMonths: option.cliffMonths, totalMonths: option.totalMonths),
            isUnionOption: true)
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

import Registry

/// `deals.json`: the money side of the demo — a funded project's cap table with the
/// Union's option and a priced round, a revenue-share contract, and the three towns'
/// crowdfunding of a service.
struct DemoDeals: Decodable, Sendable {
    struct CapTable: Decodable, Sendable {
        let project: String
        let common: ShareClass
        let issues: [Issue]
        let unionOption: UnionOption
        let round: Round
    }

    struct ShareClass: Decodable, Sendable {
        let name: String
        let authorised: Int64
        let pricePerUnitKopecks: Int64
        let on: SeedDate
    }

    struct Issue: Decodable, Sendable {
        let holder: String
        let units: Int64
        let on: SeedDate
    }

    struct UnionOption: Decodable, Sendable {
        let units: Int64
        let exercisePriceKopecks: Int64
        let on: SeedDate
        let expiry: SeedDate
        let cliffMonths: Int
        let totalMonths: Int
    }

    struct Round: Decodable, Sendable {
        let name: String
        let shareClass: String
        let on: SeedDate
        let preMoneyKopecks: Int64
        let investors: [Investment]
    }

    struct Investment: Decodable, Sendable {
        let investor: String
        let amountKopecks: Int64
    }

    struct RevenueShare: Decodable, Sendable {
        let project: String
        let legalText: String
        let townFund: String
        let townFundBasisPoints: Int64
        let shares: [Share]
        let costsKopecks: [Int64]
        let revenueKopecks: [Int64]
    }

    struct Share: Decodable, Sendable {
        let member: String
        let role: String
        let weight: Int64
    }

    struct Crowdfunding: Decodable, Sendable {
        let project: String
        let legalText: String
        let developer: String
        let targetKopecks: Int64
        let deadline: SeedDate
        let pledges: [Pledge]
    }

    /// A town's pledge, made by the member who represents the town in the contract.
    struct Pledge: Decodable, Sendable {
        let town: String
        let representative: String
        let amountKopecks: Int64
    }

    let capTable: CapTable
    let revenueShare: RevenueShare
    let crowdfunding: Crowdfunding
}

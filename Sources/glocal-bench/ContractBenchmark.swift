import Ledger
import Registry

/// `glocal-bench contracts`: one revenue report distributed by the waterfall among 1 000
/// holders (a tenth of them capped), period after period, beside a plain integer loop
/// computing the floor shares of the same 1 000 weights.
enum ContractBenchmark {
    static let holders = 1_000
    static let periods = 200

    static func run(emit: @Sendable (BenchmarkFigure) -> Void) throws {
        var weights: [(party: PartyID, weight: Int64)] = []
        var caps: [PartyID: Int64] = [:]
        var seed: UInt64 = 0x2027
        for index in 0..<holders {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            guard let party = PartyID(rawValue: "mem_\(index)") else { throw BenchmarkError.cannotSetUpContract }
            weights.append((party, Int64(1 + (seed >> 44))))
            if index % 10 == 0 { caps[party] = 5_000_000 }
        }
        guard let fund = PartyID.townFund("cty_bench"), let start = CalendarDate(rfc3339: "2027-01-01") else {
            throw BenchmarkError.cannotSetUpContract
        }
        let terms = ContractTerms(
            textSHA256: SHA256.hash(Array("Договор о распределении выручки".utf8)),
            parties: [ContractParty(id: .union, role: "union")], termination: .byUnion,
            parameters: .revenueShare(RevenueShareTerms(townFund: fund, townFundBasisPoints: 1_000, caps: caps)))
        var state = try ContractState(proposal: terms, on: start)
        try state.apply(ContractEvent(.signed(party: .union, keyID: KeyID(hex: String(repeating: "ab", count: 32))), on: start))

        var contract: [Double] = []
        var baseline: [Double] = []
        var checksum: Int64 = 0
        for period in 0..<periods {
            let revenue = Int64(10_000_000 + period * 7_919)
            try state.apply(ContractEvent(.costReported(amount: 100_000), on: start))
            let clock = Stopwatch()
            try state.apply(ContractEvent(.revenueReported(amount: revenue, holders: weights), on: start))
            contract.append(clock.seconds * 1000)

            let rawClock = Stopwatch()
            checksum &+= floorShares(revenue, weights)
            baseline.append(rawClock.seconds * 1000)
        }
        contract.sort()
        baseline.sort()
        progress("contracts: checksum \(checksum), \(state.distributions.count) distributions")
        emit(BenchmarkFigure(name: "contracts.revenue_share.1000_holders.p50", value: percentile(contract, 50),
                             unit: "ms per revenue report (median of \(periods))",
                             baselineName: "raw_floor_shares_1000_weights", baselineValue: percentile(baseline, 50), target: "< 5 ms"))
        emit(BenchmarkFigure(name: "contracts.revenue_share.1000_holders.p99", value: percentile(contract, 99),
                             unit: "ms per revenue report", baselineName: "raw_floor_shares_1000_weights",
                             baselineValue: percentile(baseline, 99), target: "< 5 ms"))
    }

    /// The floor of each weight's share in one plain loop: the least any split must do.
    private static func floorShares(_ total: Int64, _ weights: [(party: PartyID, weight: Int64)]) -> Int64 {
        var sum: Int64 = 0
        for entry in weights { sum &+= entry.weight }
        var shares: Int64 = 0
        for entry in weights {
            let product = UInt64(total).multipliedFullWidth(by: UInt64(entry.weight))
            shares &+= Int64(UInt64(sum).dividingFullWidth(product).quotient)
        }
        return shares
    }
}

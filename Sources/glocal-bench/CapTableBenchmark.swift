import Ledger
import Registry

/// `glocal-bench captable`: replaying a project of 10 000 events (issuances, transfers, option
/// grants, exercises, cancellations and a priced round), against a plain loop that adds the same
/// number of integer deltas into a dictionary, measured in the same run.
enum CapTableBenchmark {
    static let eventCount = 10_000

    static func run(emit: @Sendable (BenchmarkFigure) -> Void) throws {
        guard let start = CalendarDate(rfc3339: "2026-01-01") else { return }
        let events = try project(from: start)
        let table = try CapTable.replay(events)
        guard table.events.count == eventCount else {
            throw CapTableError.invalidPayload(field: "benchmark", reason: "accepted \(table.events.count) of \(eventCount) events")
        }
        let replay = medianSeconds { _ = try? CapTable.replay(events) }
        let baseline = medianSeconds {
            var totals: [String: Int64] = [:]
            for index in 0..<eventCount { totals["mem_\(index % 200)", default: 0] += Int64(index % 7) - 3 }
            precondition(totals.count == 200)
        }
        emit(BenchmarkFigure(name: "captable.replay", value: replay * 1000, unit: "ms per replay of \(eventCount) events (median of 7)",
                             baselineName: "dictionary.sum.\(eventCount)", baselineValue: baseline * 1000, target: "< 50 ms"))
        let payloads = events.map(\.payload)
        let decoded = medianSeconds { _ = try? CapTable.replay(payloads.map { try CapTableEvent(payload: $0) }) }
        emit(BenchmarkFigure(name: "captable.replay.from_payloads", value: decoded * 1000,
                             unit: "ms to decode and replay \(eventCount) events (median of 7)",
                             baselineName: "captable.replay", baselineValue: replay * 1000))
        let issuer = OCFIssuer(legalName: "Benchmark project", formationDate: start)
        let asOf = table.latestDate ?? start
        let export = medianSeconds { _ = try? OCFExport(table: table, issuer: issuer, asOf: asOf) }
        emit(BenchmarkFigure(name: "captable.ocf_export", value: export * 1000,
                             unit: "ms to export \(eventCount) events as OCF 1.2.0 (median of 7)",
                             baselineName: "captable.replay", baselineValue: replay * 1000))
    }

    /// A valid history: every event is accepted. A month passes every 300 events.
    static func project(from start: CalendarDate) throws -> [CapTableEvent] {
        var events: [CapTableEvent] = [.createShareClass(ShareClassCreation(
            id: "ev_class", date: start, shareClass: "common", name: "Common", kind: .common, authorised: 100_000_000))]
        let signer = try KeyID(hex: String(repeating: "ab", count: 32))
        for index in 1..<eventCount {
            let day = start.addingMonths(index / 300)
            let holder = StakeholderID("mem_\(index % 200)")
            let id = CapTableEventID("ev_\(index)")
            switch index % 10 {
            case 4 where index > 400, 5 where index > 400:
                // From a holder that an issuance tops up every 200 events, so the units are owned.
                let seller = StakeholderID("mem_\((index - index % 10) % 200)")
                events.append(.transferShares(ShareTransfer(id: id, date: day, from: seller, to: holder, shareClass: "common",
                                                            units: 10, signedBy: signer)))
            case 6:
                events.append(.grantOption(OptionGrant(id: id, date: day, grantee: holder, shareClass: "common", units: 1_000,
                                                       exercisePrice: Kopecks(100), expiry: day.addingMonths(120),
                                                       vesting: .cliffMonthly(start: day, cliffMonths: 0, totalMonths: 1))))
            case 7 where index > 1_000:
                events.append(.exerciseOption(OptionExercise(id: id, date: day, grant: CapTableEventID("ev_\(index - 1_001)"), units: 10)))
            case 8 where index > 1_000:
                events.append(.cancelOption(OptionCancellation(id: id, date: day, grant: CapTableEventID("ev_\(index - 1_002)"), units: 10)))
            case 9 where index == 5_009:
                events.append(.pricedRound(PricedRound(id: id, date: day, shareClass: "seed", name: "Seed", investment: Kopecks(250_000_000),
                                                       preMoney: Kopecks(1_000_000_000),
                                                       investors: [RoundInvestment(investor: "fund_town", amount: Kopecks(250_000_000))])))
            default:
                events.append(.issueShares(ShareIssuance(id: id, date: day, holder: holder, shareClass: "common", units: 100,
                                                         pricePerUnit: Kopecks(1))))
            }
        }
        return events
    }
}

import Ledger
import Testing
import TestSupport

@testable import Registry

/// The summary's sums: whatever the pledges, every project line is the sum of its standing
/// and accepted pledges, the towns and the totals add up to the same kopecks, and withdrawn
/// pledges count nowhere.
@Suite struct InvestmentSummaryTests {
    private static let event = EventID(unchecked: "evt_" + String(repeating: "0", count: 32))

    private static func id<T: PrefixedID>(_ type: T.Type, _ index: Int) -> T {
        let digits = String(index)
        return T(unchecked: T.prefix + String(repeating: "0", count: 32 - digits.count) + digits)
    }

    private static func pledge(_ index: Int, to project: ProjectID, amount: Int64, status: PledgeStatus) -> Pledge {
        Pledge(id: id(PledgeID.self, index), eventID: event, investor: id(MemberID.self, index % 5), projectID: project,
               amount: Kopecks(amount), conditions: "", form: .equity(preMoney: Kopecks(1_000_000), shareClassName: "A"), status: status,
               pledgedAt: LedgerTime(millisecondsSinceEpoch: 0), ledgerSeq: index, decidedAt: nil, acceptance: nil)
    }

    @Test(arguments: 0..<200 as Range<UInt64>)
    func everySumIsExact(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let towns = (0..<(1 + random.next(below: 3))).map { Self.id(CityID.self, $0) }
        let agenda = (0..<(1 + random.next(below: 6))).map { (projectID: Self.id(ProjectID.self, $0), cityID: towns[random.next(below: towns.count)]) }
        let pledges = (0..<random.next(below: 30)).map { index in
            Self.pledge(index, to: agenda[random.next(below: agenda.count)].projectID, amount: Int64(1 + random.next(below: 100_000_000)),
                   status: PledgeStatus.allCases[random.next(below: 3)])
        }
        let summary = try InvestmentSummary(eventID: Self.event, agenda: agenda, pledges: pledges, options: [])
        let counted = pledges.filter { $0.status != .withdrawn }
        #expect(summary.pledged.value == counted.reduce(0) { $0 + $1.amount.value }, "seed \(seed)")
        #expect(summary.accepted.value == counted.filter { $0.status == .accepted }.reduce(0) { $0 + $1.amount.value }, "seed \(seed)")
        #expect(summary.projects.map(\.projectID) == agenda.map(\.projectID), "pitch order, seed \(seed)")
        for line in summary.projects {
            let own = counted.filter { $0.projectID == line.projectID }
            #expect(line.pledged.value == own.reduce(0) { $0 + $1.amount.value } && line.pledgeCount == own.count, "seed \(seed)")
        }
        #expect(summary.towns.reduce(0) { $0 + $1.pledged.value } == summary.pledged.value, "seed \(seed)")
        #expect(summary.towns.reduce(0) { $0 + $1.accepted.value } == summary.accepted.value, "seed \(seed)")
    }

    @Test func sumsBeyondTheRangeOfKopecksAreRefused() {
        let project = Self.id(ProjectID.self, 1)
        let pledges = [Self.pledge(1, to: project, amount: .max, status: .pledged), Self.pledge(2, to: project, amount: 1, status: .pledged)]
        #expect(throws: InvestmentConflict.self) {
            try InvestmentSummary(eventID: Self.event, agenda: [(project, Self.id(CityID.self, 1))], pledges: pledges, options: [])
        }
    }
}

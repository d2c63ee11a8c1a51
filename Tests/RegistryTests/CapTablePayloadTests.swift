import Ledger
import Testing

@testable import Registry

/// Events survive the trip to a ledger payload and back, and malformed payloads are refused by field.
@Suite struct CapTablePayloadTests {
    typealias S = CapTableScenario

    static let everyKind: [CapTableEvent] = [
        S.createCommon(),
        .changeAuthorised(AuthorisedChange(id: "ev_auth", date: S.day(2026, 1, 16), shareClass: "common", authorised: 3_000_000)),
        S.issue("ev_anna", to: "mem_anna", 600_000),
        S.grant("ev_grant", to: "mem_vera", 48_000, vesting: S.fourYears()),
        S.grant("ev_union", to: "union", 50, vesting: .milestones([
            MilestoneTranche(milestone: "mvp", units: 20, attesters: ["mem_mentor", "union"]),
            MilestoneTranche(milestone: "revenue", units: 30, attesters: ["union"]),
        ]), union: true),
        S.attest("ev_att", "ev_union", "mvp", by: "union", on: S.day(2026, 5, 1)),
        S.exercise("ev_x", "ev_grant", 12_000, on: S.day(2027, 2, 1)),
        .cancelOption(OptionCancellation(id: "ev_c", date: S.day(2027, 3, 1), grant: "ev_grant", units: 1_000)),
        S.transfer("ev_t", from: "mem_anna", to: "mem_boris", 5_000),
        .pricedRound(PricedRound(id: "ev_seed", date: S.day(2027, 6, 1), shareClass: "seed", name: "Seed", kind: .preferred,
                                 investment: Kopecks(250_000_000), preMoney: Kopecks(1_000_000_000),
                                 investors: [RoundInvestment(investor: "fund_town", amount: Kopecks(250_000_000))])),
    ]

    @Test(arguments: everyKind)
    func everyEventRoundTripsThroughItsCanonicalPayload(event: CapTableEvent) throws {
        let bytes = try event.payload.canonicalBytes()
        let decoded = try CapTableEvent(payload: JSONValue.parse(bytes))
        #expect(decoded == event)
        #expect(try decoded.payload.canonicalBytes() == bytes)
    }

    @Test func malformedPayloadsAreRefusedNamingTheField() throws {
        let grant = try #require(Self.everyKind[3].payload.objectValue)
        let cases: [(key: String, value: JSONValue, field: String, reason: String)] = [
            ("units", -1, "units", "must not be negative"),
            ("expiry", "2036-02-30", "expiry", "must be a date written YYYY-MM-DD"),
            ("vesting", ["kind": "cliff_monthly", "start": "2026-02-01", "cliff_months": 12], "vesting.total_months", "is missing"),
            ("type", "burn_shares", "type", "names no cap table event: burn_shares"),
        ]
        for change in cases {
            var payload = grant
            payload[change.key] = change.value
            #expect(throws: CapTableError.invalidPayload(field: change.field, reason: change.reason)) {
                try CapTableEvent(payload: .object(payload))
            }
        }
    }
}

import Ledger
import Testing

@testable import Registry

/// Contract events as ledger payloads: they round-trip through canonical JSON exactly and
/// carry ids, amounts, dates and hashes only.
@Suite struct ContractEventTests {
    @Test(arguments: ["revenue_share_waterfall", "crowdfunding_missed", "crowdfunding_excess_refunded",
                      "subscription_loyalty_return"])
    func eventsRoundTripThroughCanonicalJSON(name: String) throws {
        for event in try ContractFixture(name).events {
            let bytes = try event.payload.canonicalBytes()
            let read = try ContractEvent(payload: try JSONValue.parse(bytes))
            #expect(read == event)
            #expect(try read.payload.canonicalBytes() == bytes)
        }
    }

    @Test func everyKindOfTermsRoundTrips() throws {
        let digest = SHA256.hash(Array("Опционный договор".utf8))
        let parties = [ContractParty(id: .union, role: "union"), ContractParty(id: PartyID(rawValue: "mem_a")!, role: "investor")]
        let parameters: [ContractParameters] = [
            .optionAgreement(OptionTerms(grantID: "grt_0001", units: 500, exercisePrice: Kopecks(1_000))),
            .milestoneTranches(TrancheTerms(investor: PartyID(rawValue: "mem_a")!, recipient: PartyID(rawValue: "mem_team")!,
                                            attesters: [.union], tranches: [.init(milestone: "mil_1", amount: 10)])),
            .revenueShare(RevenueShareTerms(townFund: PartyID.townFund("cty_1")!, townFundBasisPoints: 500,
                                            fixedShares: [(PartyID(rawValue: "mem_a")!, 3)], caps: [.union: 7])),
        ]
        for (index, parameter) in parameters.enumerated() {
            let rule: TerminationRule = index == 0 ? .onDate(CalendarDate(rfc3339: "2030-01-01")!) : .byAllParties
            let terms = ContractTerms(textSHA256: digest, parties: parties, termination: rule, parameters: parameter)
            #expect(try ContractTerms(json: try JSONValue.parse(try terms.json.canonicalBytes())) == terms)
        }
    }

    @Test func malformedPayloadsAreRefusedWithTheField() {
        #expect(throws: ContractError.malformed(field: "kopecks", reason: "must be an integer from 1 to \(Int64.max)")) {
            try ContractEvent(payload: ["event": "pledged", "date": "2027-01-01", "party": "cty_a", "kopecks": 0])
        }
        #expect(throws: ContractError.malformed(field: "date", reason: "must be a day written YYYY-MM-DD")) {
            try ContractEvent(payload: ["event": "pledged", "date": "2027-02-30", "party": "cty_a", "kopecks": 5])
        }
        #expect(throws: ContractError.malformed(field: "party", reason: "must be a party id (lowercase letters, digits, _ and :)")) {
            try ContractEvent(payload: ["event": "pledged", "date": "2027-02-01", "party": "Анна", "kopecks": 5])
        }
        #expect(throws: ContractError.malformed(field: "event", reason: "unknown event paid")) {
            try ContractEvent(payload: ["event": "paid", "date": "2027-02-01"])
        }
    }
}

import Ledger
import Registry

/// Short builders for contract terms and events in tests.
enum ContractScenario {
    static func party(_ raw: String) -> PartyID {
        PartyID(rawValue: raw)!
    }

    static func day(_ text: String) -> CalendarDate {
        CalendarDate(rfc3339: text)!
    }

    static func key(_ index: Int) -> KeyID {
        try! KeyID(hex: String(repeating: String(index % 10), count: 64))
    }

    static func terms(_ parameters: ContractParameters, parties: [String] = ["union", "mem_dev"],
                      termination: TerminationRule = .byUnion) -> ContractTerms {
        ContractTerms(textSHA256: SHA256.hash(Array("Текст договора".utf8)),
                      parties: parties.map { ContractParty(id: party($0), role: $0 == "union" ? "union" : "party") },
                      termination: termination, parameters: parameters)
    }

    /// The proposal and every party's signature, all on `date`.
    static func signed(_ terms: ContractTerms, on date: String = "2027-01-01") -> [ContractEvent] {
        [ContractEvent(.proposed(terms), on: day(date))]
            + terms.parties.enumerated().map { ContractEvent(.signed(party: $0.element.id, keyID: key($0.offset)), on: day(date)) }
    }

    static let crowdfunding = ContractParameters.crowdfunding(
        CrowdfundingTerms(target: 1_000, deadline: day("2027-03-31"), developer: party("mem_dev"), excess: .refundExcessProRata))

    static let tranches = ContractParameters.milestoneTranches(TrancheTerms(
        investor: party("mem_inv"), recipient: party("mem_dev"), attesters: [.union, party("mem_mentor")],
        tranches: [.init(milestone: "mil_mvp", amount: 300), .init(milestone: "mil_pilot", amount: 700)]))

    static let revenueShare = ContractParameters.revenueShare(
        RevenueShareTerms(townFund: PartyID.townFund("cty_glazov")!, townFundBasisPoints: 1_500))
}

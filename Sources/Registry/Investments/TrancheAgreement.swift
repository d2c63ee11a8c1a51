import Ledger

/// The `milestone_tranches` contract an accepted tranche pledge becomes: the Union, the
/// investor, the project's lead as recipient and the plan's attesters as parties, the
/// tranches as its milestones, and a short Russian legal text filled with the pledge's
/// numbers whose SHA-256 the terms carry. Ids only, never names, as in every contract.
enum TrancheAgreement {
    static func proposal(for pledge: Pledge, tranches: [PledgedTranche], lead: MemberID) throws -> ContractProposal {
        let investor = party(pledge.investor), recipient = party(lead)
        let attesters = Array(Set(tranches.flatMap(\.attesters))).sorted { $0.rawValue < $1.rawValue }
        var parties = [ContractParty(id: .union, role: "union"), ContractParty(id: investor, role: "investor"),
                       ContractParty(id: recipient, role: "recipient")]
        for attester in attesters.map(party) where !parties.contains(where: { $0.id == attester }) {
            parties.append(ContractParty(id: attester, role: "attester"))
        }
        let text = legalText(for: pledge, tranches: tranches, lead: lead, attesters: attesters)
        let terms = ContractTerms(
            textSHA256: SHA256.hash(Array(text.utf8)), parties: parties, termination: .byUnion,
            parameters: .milestoneTranches(TrancheTerms(investor: investor, recipient: recipient, attesters: attesters.map(party),
                                                        tranches: tranches.map { .init(milestone: $0.milestone, amount: $0.amount.value) })))
        return ContractProposal(terms: terms, legalText: text, projectID: pledge.projectID)
    }

    static func legalText(for pledge: Pledge, tranches: [PledgedTranche], lead: MemberID, attesters: [MemberID]) -> String {
        let lines = tranches.enumerated().map { index, tranche in
            "\(index + 1). Веха «\(tranche.milestone)»: \(roubles(tranche.amount))."
        }
        return """
            ДОГОВОР О ПОЭТАПНОМ ФИНАНСИРОВАНИИ ПРОЕКТА \(pledge.projectID.rawValue)

            Заключён по обещанию инвестора \(pledge.id.rawValue), данному на инвестиционной сессии \(pledge.eventID.rawValue).
            Инвестор \(pledge.investor.rawValue) обязуется передать получателю \(lead.rawValue), руководителю команды проекта, \
            \(roubles(pledge.amount)) частями:
            \(lines.joined(separator: "\n"))
            Каждая часть передаётся, когда все подтверждающие (\(attesters.map(\.rawValue).joined(separator: ", "))) \
            подпишут достижение её вехи.
            Особые условия инвестора: \(pledge.conditions.isEmpty ? "нет" : pledge.conditions)
            Договор вступает в силу, когда его подпишут все стороны; прекратить его может Союз «Смарт-Город».
            """
    }

    /// `1 234 567 руб. 89 коп.` in whole roubles and kopecks.
    static func roubles(_ amount: Kopecks) -> String {
        let kopecks = amount.value % 100
        return "\(amount.value / 100) руб. \(kopecks < 10 ? "0" : "")\(kopecks) коп."
    }

    private static func party(_ member: MemberID) -> PartyID { PartyID(unchecked: member.rawValue) }
}

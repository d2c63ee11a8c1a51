import Ledger

/// The `milestone_tranches` contract an accepted tranche pledge becomes: the Union, the
/// investor, the project's lead as recipient and the plan's attesters as parties, the
/// tranches as its milestones, and a Russian legal text whose SHA-256 the terms carry. The
/// text names the project, the session and the parties as the registry holds them and
/// writes each sum in figures and in words; the ids are in the terms, which the signatures
/// bind too. A name in it is personal data kept off the ledger (the ledger holds the
/// hash), and an erasure takes it out of the text.
enum TrancheAgreement {
    /// What the text calls the things the pledge concerns.
    struct Names {
        let project: String
        let session: String
        let sessionDay: CalendarDate?
        let members: [MemberID: String]

        /// The names the registry holds for the pledge's project, session, investor, lead and attesters.
        static func read(for pledge: Pledge, lead: MemberID, attesters: [MemberID], in database: SQLiteConnection) throws -> Names {
            let event = try EventStore(database: database).event(id: pledge.eventID)
            let people = try MemberStore(database: database).members(ids: [pledge.investor, lead] + attesters)
            return Names(project: try ProjectStore(database: database).project(id: pledge.projectID)?.title ?? pledge.projectID.rawValue,
                         session: event?.title ?? pledge.eventID.rawValue, sessionDay: event?.startsOn,
                         members: Dictionary(people.compactMap { member in member.name.map { (member.id, $0) } }, uniquingKeysWith: { first, _ in first }))
        }

        func member(_ id: MemberID) -> String { members[id] ?? "участник Союза" }
    }

    static func proposal(for pledge: Pledge, tranches: [PledgedTranche], lead: MemberID, in database: SQLiteConnection) throws -> ContractProposal {
        let investor = party(pledge.investor), recipient = party(lead)
        let attesters = Array(Set(tranches.flatMap(\.attesters))).sorted { $0.rawValue < $1.rawValue }
        var parties = [ContractParty(id: .union, role: "union"), ContractParty(id: investor, role: "investor"),
                       ContractParty(id: recipient, role: "recipient")]
        for attester in attesters.map(party) where !parties.contains(where: { $0.id == attester }) {
            parties.append(ContractParty(id: attester, role: "attester"))
        }
        let names = try Names.read(for: pledge, lead: lead, attesters: attesters, in: database)
        let text = legalText(for: pledge, tranches: tranches, lead: lead, attesters: attesters, names: names)
        let terms = ContractTerms(
            textSHA256: SHA256.hash(Array(text.utf8)), parties: parties, termination: .byUnion,
            parameters: .milestoneTranches(TrancheTerms(investor: investor, recipient: recipient, attesters: attesters.map(party),
                                                        tranches: tranches.map { .init(milestone: $0.milestone, amount: $0.amount.value) })))
        return ContractProposal(terms: terms, legalText: text, projectID: pledge.projectID)
    }

    static func legalText(for pledge: Pledge, tranches: [PledgedTranche], lead: MemberID, attesters: [MemberID], names: Names) -> String {
        let lines = tranches.enumerated().map { index, tranche in
            "\(index + 1). Веха «\(tranche.milestone)»: \(RussianMoneyWords.figuresAndWords(kopecks: tranche.amount.value))."
        }
        let day = names.sessionDay.map { " \($0.russianDay)" } ?? ""
        let attesting = attesters.map(names.member).joined(separator: ", ")
        return """
            ДОГОВОР О ПОЭТАПНОМ ФИНАНСИРОВАНИИ ПРОЕКТА «\(names.project)»

            Заключён по обещанию инвестора, данному на инвестиционной сессии «\(names.session)»\(day).
            Инвестор \(names.member(pledge.investor)) обязуется передать получателю \(names.member(lead)), руководителю команды \
            проекта, \(RussianMoneyWords.figuresAndWords(kopecks: pledge.amount.value)) частями:
            \(lines.joined(separator: "\n"))
            Каждая часть передаётся, когда все подтверждающие (\(attesting.isEmpty ? "Союз умных городов" : attesting)) \
            подпишут достижение её вехи.
            Особые условия инвестора: \(pledge.conditions.isEmpty ? "нет" : pledge.conditions)
            Договор вступает в силу, когда его подпишут все стороны; прекратить его может Союз умных городов.
            """
    }

    private static func party(_ member: MemberID) -> PartyID { PartyID(unchecked: member.rawValue) }
}

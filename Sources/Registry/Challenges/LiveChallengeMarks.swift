/// A Challenge's current marks held in memory, already indexed for scoring, and brought
/// up to date from the marks entered since it last looked (by ledger seq). A board is
/// then computed from what it holds, without reading and indexing every mark again, and
/// not at all while no mark or tie decision has changed it.
///
/// It is valid for one set of rules and teams (`fits`); they are fixed once judging opens.
struct LiveChallengeMarks {
    let rules: ChallengeRules
    let teams: [(id: ChallengeTeamID, cityID: CityID)]
    /// The ledger seq of the newest mark applied; -1 before any.
    private(set) var lastSeq = -1
    private var marks: [ChallengeMarkSheet.IndexedMark] = []
    /// Where each (judge, team, criterion) mark sits in `marks`, so a correction replaces it.
    private var positions: [Int: Int] = [:]
    private var judgeIndex: [MemberID: Int] = [:]
    private let teamIndex: [ChallengeTeamID: Int]
    private let criterionIndex: [String: Int]
    private var computed: (seq: Int, chairOrder: [ChallengeTeamID], board: ChallengeLeaderboard)?

    init(rules: ChallengeRules, teams: [(id: ChallengeTeamID, cityID: CityID)]) {
        self.rules = rules
        self.teams = teams
        teamIndex = Dictionary(teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        criterionIndex = Dictionary(uniqueKeysWithValues: rules.criteria.enumerated().map { ($1.id, $0) })
    }

    /// Whether these marks were indexed for `rules` and `teams`.
    func fits(rules: ChallengeRules, teams: [(id: ChallengeTeamID, cityID: CityID)]) -> Bool {
        self.rules == rules && self.teams.elementsEqual(teams) { $0.id == $1.id && $0.cityID == $1.cityID }
    }

    /// Takes in marks entered after `lastSeq`, in ledger order: a later revision of a mark
    /// replaces the earlier one. Marks naming unknown teams or criteria are left out.
    mutating func apply(_ records: [ChallengeMarkRecord]) {
        for record in records where record.ledgerSeq > lastSeq {
            lastSeq = record.ledgerSeq
            guard let team = teamIndex[record.team], let criterion = criterionIndex[record.criterionID] else { continue }
            let judge: Int
            if let known = judgeIndex[record.judge] {
                judge = known
            } else {
                judge = judgeIndex.count
                judgeIndex[record.judge] = judge
            }
            let key = (judge * teams.count + team) * rules.criteria.count + criterion
            let mark = (judge: judge, team: team, criterion: criterion, value: Double(record.value))
            if let position = positions[key] {
                marks[position] = mark
            } else {
                positions[key] = marks.count
                marks.append(mark)
            }
        }
    }

    /// The board from the marks held, computed again only when marks or the chair's order
    /// changed since the last time.
    mutating func leaderboard(chairOrder: [ChallengeTeamID]) -> ChallengeLeaderboard {
        if let computed, computed.seq == lastSeq, computed.chairOrder == chairOrder { return computed.board }
        let sheet = ChallengeMarkSheet(rules: rules, teams: teams, indexed: marks, judges: judgeIndex.count)
        let board = ChallengeLeaderboard(sheet, chairOrder: chairOrder)
        computed = (lastSeq, chairOrder, board)
        return board
    }
}

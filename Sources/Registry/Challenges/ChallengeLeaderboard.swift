import Ledger

/// The team and town leaderboards of a Challenge and its award winners, computed from
/// the judges' current marks by the rules `ChallengeRules` documents. A pure function
/// of its input: the same marks give the same board, which is what sealing hashes.
public struct ChallengeLeaderboard: Hashable, Sendable {
    public let teams: [ChallengeStanding]
    public let towns: [TownStanding]
    public let awards: [AwardWinner]

    /// Totals closer than this are equal: marks are whole numbers, so real differences
    /// are far larger, and floating-point noise far smaller.
    static let tolerance = 1e-9

    /// - Parameters:
    ///   - teams: every registered team with its town, marked or not.
    ///   - chairOrder: the chair's recorded order for teams the ladder left tied.
    public init(rules: ChallengeRules, teams: [(id: ChallengeTeamID, cityID: CityID)], marks: [ChallengeMark],
                chairOrder: [ChallengeTeamID] = []) {
        self.init(ChallengeMarkSheet(rules: rules, teams: teams, marks: marks), chairOrder: chairOrder)
    }

    init(_ sheet: ChallengeMarkSheet, chairOrder: [ChallengeTeamID]) {
        let rules = sheet.rules
        let rows = sheet.teamRows()
        let ladder = TieBreakLadder(rules: rules, chairOrder: chairOrder)
        let ranked = ladder.rank(rows)
        self.teams = ranked
        towns = Self.towns(ranked)
        awards = rules.awards.map { award in
            let best = ladder.rank(rows.filter { $0.criterionMarks[award.criterionID] != nil }, by: award.criterionID).first
            return AwardWinner(award: award, team: best?.team, mark: best?.criterionMarks[award.criterionID])
        }
    }

    private static func towns(_ standings: [ChallengeStanding]) -> [TownStanding] {
        var sums: [CityID: (total: Double, count: Int)] = [:]
        for standing in standings {
            guard let total = standing.total else { continue }
            sums[standing.cityID, default: (0, 0)].total += total
            sums[standing.cityID, default: (0, 0)].count += 1
        }
        let ordered = sums.map { (city: $0.key, score: $0.value.total / Double($0.value.count), teams: $0.value.count) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.city.rawValue < $1.city.rawValue }
        var result: [TownStanding] = []
        for (index, town) in ordered.enumerated() {
            let tied = result.last.map { abs($0.score - town.score) < tolerance } ?? false
            result.append(TownStanding(rank: tied ? result[result.count - 1].rank : index + 1, cityID: town.city,
                                       score: town.score, teams: town.teams))
        }
        return result
    }

    /// The board as the JSON table that sealing hashes and the results page publishes.
    public var json: JSONValue {
        .object([
            "teams": .array(teams.map { standing in
                var object: JSONObject = [
                    "rank": .integer(Int64(standing.rank)), "team_id": .string(standing.team.rawValue),
                    "city_id": .string(standing.cityID.rawValue), "judges": .integer(Int64(standing.judges)),
                    "first_places": .integer(Int64(standing.firstPlaces)),
                ]
                var criteria = JSONObject()
                for (criterion, mark) in standing.criterionMarks.sorted(by: { $0.key < $1.key }) {
                    criteria[criterion] = .double(Self.rounded(mark))
                }
                object["criteria"] = .object(criteria)
                object["total"] = standing.total.map { .double(Self.rounded($0)) } ?? .null
                object["tie_break"] = standing.tieBreak.map(JSONValue.string) ?? .null
                return .object(object)
            }),
            "towns": .array(towns.map { town in
                ["rank": .integer(Int64(town.rank)), "city_id": .string(town.cityID.rawValue),
                 "score": .double(Self.rounded(town.score)), "teams": .integer(Int64(town.teams))]
            }),
            "awards": .array(awards.map { winner in
                ["name": .string(winner.award.name), "criterion_id": .string(winner.award.criterionID),
                 "team_id": winner.team.map { .string($0.rawValue) } ?? .null,
                 "mark": winner.mark.map { .double(Self.rounded($0)) } ?? .null]
            }),
        ])
    }

    /// Six decimals: enough to show every real difference, and stable to publish.
    static func rounded(_ value: Double) -> Double {
        (value * 1_000_000).rounded() / 1_000_000
    }
}

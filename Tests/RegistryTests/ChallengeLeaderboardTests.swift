import Testing
import TestSupport

@testable import Registry

/// The leaderboard's published rules, worked by hand: z-scores per judge and criterion,
/// raw marks rescaled below the threshold, weighted totals, the tie-break ladder, towns
/// and awards; and that the board does not depend on the order marks arrive in.
@Suite struct ChallengeLeaderboardTests {
    private static func team(_ digit: Character) -> ChallengeTeamID { ChallengeTeamID(unchecked: "tea_" + String(repeating: digit, count: 32)) }
    private static func judge(_ digit: Character) -> MemberID { MemberID(unchecked: "mem_" + String(repeating: digit, count: 32)) }
    private static let glazov = CityID(unchecked: "cty_" + String(repeating: "1", count: 32))
    private static let kurgan = CityID(unchecked: "cty_" + String(repeating: "2", count: 32))
    private static let oneCriterion = ChallengeRules(criteria: [ChallengeCriterion(id: "impact", name: "Влияние", weight: 1)],
                                                     zScoreMinimumTeams: 3)

    private func marks(_ judge: MemberID, _ values: [(ChallengeTeamID, Int)], criterion: String = "impact") -> [ChallengeMark] {
        values.map { ChallengeMark(judge: judge, team: $0.0, criterionID: criterion, value: $0.1) }
    }

    @Test func aStrictAndALenientJudgeCountTheSameThroughZScores() {
        let teams = [(Self.team("a"), Self.glazov), (Self.team("b"), Self.glazov), (Self.team("c"), Self.kurgan)]
        // Judge 1 marks 6, 7, 8; judge 2 marks 2, 6, 10: the same order, different habits.
        let board = ChallengeLeaderboard(rules: Self.oneCriterion, teams: teams.map { ($0.0, $0.1) },
                                         marks: marks(Self.judge("1"), [(Self.team("a"), 6), (Self.team("b"), 7), (Self.team("c"), 8)])
                                             + marks(Self.judge("2"), [(Self.team("a"), 2), (Self.team("b"), 6), (Self.team("c"), 10)]))
        // Both judges give z = −1.2247…, 0, +1.2247… (population deviation √(2/3) and √(32/3)).
        let z = (2.0 / 3.0).squareRoot().reciprocal
        #expect(board.teams.map(\.team) == [Self.team("c"), Self.team("b"), Self.team("a")])
        #expect(abs((board.teams[0].total ?? 0) - z) < 1e-12 && abs(board.teams[1].total ?? 1) < 1e-12)
        #expect(board.teams.map(\.rank) == [1, 2, 3] && board.teams.allSatisfy { $0.tieBreak == nil })
        #expect(board.towns.map(\.cityID) == [Self.kurgan, Self.glazov])
        #expect(abs(board.towns[1].score - (-z / 2)) < 1e-12, "Glazov: the mean of 0 and −z")
    }

    @Test func belowTheThresholdRawMarksAreRescaledToTheSameFooting() {
        let board = ChallengeLeaderboard(rules: Self.oneCriterion, teams: [(Self.team("a"), Self.glazov), (Self.team("b"), Self.glazov)],
                                         marks: marks(Self.judge("1"), [(Self.team("a"), 10), (Self.team("b"), 4)]))
        #expect(board.teams.map(\.total) == [2.0, -0.4], "(10 − 5) ÷ 2.5 and (4 − 5) ÷ 2.5")
    }

    @Test func equalTotalsFollowTheLadderAndOnlyTheChairSettlesTheRest() {
        let rules = ChallengeRules(criteria: [ChallengeCriterion(id: "impact", name: "Влияние", weight: 3),
                                              ChallengeCriterion(id: "design", name: "Дизайн", weight: 1)],
                                   zScoreMinimumTeams: 50, awards: [AwardCategory(name: "Лучший дизайн", criterionID: "design")])
        let teams = [(Self.team("a"), Self.glazov), (Self.team("b"), Self.kurgan)].map { (id: $0.0, cityID: $0.1) }
        // Same weighted total (3·6 + 1·2 = 3·5 + 1·5 = 20 in raw marks); a is better on impact, the heaviest.
        let heaviest = ChallengeLeaderboard(rules: rules, teams: teams, marks:
            marks(Self.judge("1"), [(Self.team("a"), 6), (Self.team("b"), 5)]) + marks(Self.judge("1"), [(Self.team("a"), 2), (Self.team("b"), 5)], criterion: "design"))
        #expect(heaviest.teams.map(\.team) == [Self.team("a"), Self.team("b")])
        #expect(heaviest.teams.map(\.rank) == [1, 2] && heaviest.teams.map(\.tieBreak) == ["heaviest_criterion", "heaviest_criterion"])
        #expect(heaviest.awards.map(\.team) == [Self.team("b")], "b has the best design mark")

        // Identical marks from two judges: nothing separates them until the chair decides.
        let same = marks(Self.judge("1"), [(Self.team("a"), 5), (Self.team("b"), 5)])
            + marks(Self.judge("1"), [(Self.team("a"), 5), (Self.team("b"), 5)], criterion: "design")
        let tied = ChallengeLeaderboard(rules: rules, teams: teams, marks: same)
        #expect(tied.teams.map(\.rank) == [1, 1] && tied.teams.map(\.tieBreak) == ["unresolved", "unresolved"])
        let decided = ChallengeLeaderboard(rules: rules, teams: teams, marks: same, chairOrder: [Self.team("b"), Self.team("a")])
        #expect(decided.teams.map(\.team) == [Self.team("b"), Self.team("a")] && decided.teams.map(\.rank) == [1, 2])
        #expect(decided.teams.map(\.tieBreak) == ["chair", "chair"])
    }

    @Test func moreFirstPlacesBreakATieTheHeaviestCriterionLeaves() {
        let teams = [(Self.team("a"), Self.glazov), (Self.team("b"), Self.glazov), (Self.team("c"), Self.glazov)].map { (id: $0.0, cityID: $0.1) }
        let rules = ChallengeRules(criteria: [ChallengeCriterion(id: "impact", name: "Влияние", weight: 1)], zScoreMinimumTeams: 50)
        // a: 9 and 1, b: 5 and 5 (mean 5 each); judge 1 ranks a first, judge 2 ranks b first, judge 3 ranks a first.
        let board = ChallengeLeaderboard(rules: rules, teams: teams, marks:
            marks(Self.judge("1"), [(Self.team("a"), 9), (Self.team("b"), 5)]) + marks(Self.judge("2"), [(Self.team("a"), 1), (Self.team("b"), 5)])
            + marks(Self.judge("3"), [(Self.team("a"), 5), (Self.team("c"), 4)]) + marks(Self.judge("4"), [(Self.team("b"), 5), (Self.team("c"), 6)]))
        #expect(board.teams.prefix(2).map(\.team) == [Self.team("a"), Self.team("b")])
        #expect(board.teams[0].firstPlaces == 2 && board.teams[1].firstPlaces == 1 && board.teams[0].tieBreak == "first_places")
    }

    @Test func theBoardDoesNotDependOnTheOrderOfMarks() {
        var random = SplitMix64(seed: 2026)
        let teams = (0..<12).map { index in
            (id: ChallengeTeamID(unchecked: "tea_" + String(format: "%032x", index)), cityID: index % 2 == 0 ? Self.glazov : Self.kurgan)
        }
        var all: [ChallengeMark] = []
        for judge in 0..<6 {
            for team in teams where random.next(below: 3) > 0 {
                all.append(ChallengeMark(judge: MemberID(unchecked: "mem_" + String(format: "%032x", judge)), team: team.id,
                                         criterionID: "impact", value: random.next(below: 11)))
            }
        }
        let board = ChallengeLeaderboard(rules: Self.oneCriterion, teams: teams, marks: all)
        var shuffled = all
        shuffled.shuffle(using: &random)
        #expect(ChallengeLeaderboard(rules: Self.oneCriterion, teams: teams.reversed(), marks: shuffled).json == board.json)
        #expect(board.teams.count == 12 && Set(board.teams.map(\.team)).count == 12)
    }
}

private extension Double {
    var reciprocal: Double { 1 / self }
}

/// The marks of a Challenge indexed for scoring: each judge's habits per criterion (the
/// mean and spread of its marks), then each team's normalised marks, totals and first
/// places, as `ChallengeRules` describes. Ids become small integers first, so the
/// arithmetic over hundreds of thousands of marks touches arrays, not dictionaries.
struct ChallengeMarkSheet {
    /// One team's figures before ranking.
    struct Row {
        let team: ChallengeTeamID
        let cityID: CityID
        let total: Double?
        let criterionMarks: [String: Double]
        let judges: Int
        let firstPlaces: Int
    }

    /// A mark with its judge, team and criterion as indexes: the team's position in
    /// `teams`, the criterion's in the rules, and a judge number below `judges`.
    typealias IndexedMark = (judge: Int, team: Int, criterion: Int, value: Double)

    let rules: ChallengeRules
    let teams: [(id: ChallengeTeamID, cityID: CityID)]
    let marks: [IndexedMark]
    let judges: Int

    /// Marks already indexed, as `LiveChallengeMarks` keeps them.
    init(rules: ChallengeRules, teams: [(id: ChallengeTeamID, cityID: CityID)], indexed marks: [IndexedMark], judges: Int) {
        self.rules = rules
        self.teams = teams
        self.marks = marks
        self.judges = judges
    }

    /// Marks by id; those naming unknown teams or criteria are left out.
    init(rules: ChallengeRules, teams: [(id: ChallengeTeamID, cityID: CityID)], marks: [ChallengeMark]) {
        let indexed = Self.indexed(marks, rules: rules, teams: teams)
        self.init(rules: rules, teams: teams, indexed: indexed.marks, judges: indexed.judges)
    }

    func teamRows() -> [Row] {
        let criteria = rules.criteria
        let judgeCount = judges
        let habits = Self.habits(of: marks, judges: judgeCount, criteria: criteria.count)
        var sums = [Double](repeating: 0, count: teams.count * criteria.count)
        var counts = [Int](repeating: 0, count: teams.count * criteria.count)
        // Each judge's raw weighted total per team, NaN where the judge marked nothing.
        var rawTotals = [Double](repeating: .nan, count: judgeCount * teams.count)
        for mark in marks {
            let habit = habits[mark.judge * criteria.count + mark.criterion]
            let criterion = criteria[mark.criterion]
            let normalised: Double
            if habit.count >= rules.zScoreMinimumTeams {
                normalised = habit.deviation > 0 ? (mark.value - habit.mean) / habit.deviation : 0
            } else {
                let middle = Double(criterion.scaleMinimum + criterion.scaleMaximum) / 2
                normalised = (mark.value - middle) / (Double(criterion.scaleMaximum - criterion.scaleMinimum) / 4)
            }
            sums[mark.team * criteria.count + mark.criterion] += normalised
            counts[mark.team * criteria.count + mark.criterion] += 1
            let slot = mark.judge * teams.count + mark.team
            rawTotals[slot] = (rawTotals[slot].isNaN ? 0 : rawTotals[slot]) + Double(criterion.weight) * mark.value
        }
        var firstPlaces = [Int](repeating: 0, count: teams.count)
        var judgesOfTeam = [Int](repeating: 0, count: teams.count)
        for judge in 0..<judgeCount {
            let row = rawTotals[(judge * teams.count)..<((judge + 1) * teams.count)]
            guard let best = row.filter({ !$0.isNaN }).max() else { continue }
            for (team, total) in zip(0..., row) where !total.isNaN {
                judgesOfTeam[team] += 1
                if total >= best - ChallengeLeaderboard.tolerance { firstPlaces[team] += 1 }
            }
        }
        return teams.enumerated().map { index, team in
            var marks: [String: Double] = [:]
            var weighted = 0.0
            var weights = 0.0
            for (position, criterion) in criteria.enumerated() where counts[index * criteria.count + position] > 0 {
                let mean = sums[index * criteria.count + position] / Double(counts[index * criteria.count + position])
                marks[criterion.id] = mean
                weighted += Double(criterion.weight) * mean
                weights += Double(criterion.weight)
            }
            return Row(team: team.id, cityID: team.cityID, total: weights > 0 ? weighted / weights : nil, criterionMarks: marks,
                       judges: judgesOfTeam[index], firstPlaces: firstPlaces[index])
        }
    }

    /// The marks with ids turned into array indexes; marks naming unknown teams or criteria
    /// are left out. Consecutive marks usually share a judge and team (the store reads them
    /// so), so the previous lookup is tried before hashing an id again.
    private static func indexed(_ marks: [ChallengeMark], rules: ChallengeRules,
                                teams: [(id: ChallengeTeamID, cityID: CityID)]) -> (marks: [IndexedMark], judges: Int) {
        let criterionIndex = Dictionary(uniqueKeysWithValues: rules.criteria.enumerated().map { ($1.id, $0) })
        let teamIndex = Dictionary(teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var judgeIndex: [MemberID: Int] = [:]
        var indexed: [IndexedMark] = []
        indexed.reserveCapacity(marks.count)
        var last: (judge: MemberID, judgeIndex: Int, team: ChallengeTeamID, teamIndex: Int?)?
        for mark in marks {
            let judge: Int
            if let last, last.judge == mark.judge {
                judge = last.judgeIndex
            } else if let known = judgeIndex[mark.judge] {
                judge = known
            } else {
                judge = judgeIndex.count
                judgeIndex[mark.judge] = judge
            }
            let team = last.flatMap { $0.team == mark.team ? $0.teamIndex : nil } ?? teamIndex[mark.team]
            last = (mark.judge, judge, mark.team, team)
            guard let team, let criterion = criterionIndex[mark.criterionID] else { continue }
            indexed.append((judge, team, criterion, Double(mark.value)))
        }
        return (indexed, judgeIndex.count)
    }

    /// Each judge's mean and population standard deviation per criterion.
    private static func habits(of marks: [IndexedMark], judges: Int,
                               criteria: Int) -> [(count: Int, mean: Double, deviation: Double)] {
        var count = [Int](repeating: 0, count: judges * criteria)
        var sum = [Double](repeating: 0, count: judges * criteria)
        var squares = [Double](repeating: 0, count: judges * criteria)
        for mark in marks {
            let slot = mark.judge * criteria + mark.criterion
            count[slot] += 1
            sum[slot] += mark.value
            squares[slot] += mark.value * mark.value
        }
        return (0..<(judges * criteria)).map { slot in
            guard count[slot] > 0 else { return (0, 0, 0) }
            let mean = sum[slot] / Double(count[slot])
            let variance = max(0, squares[slot] / Double(count[slot]) - mean * mean)
            return (count[slot], mean, variance.squareRoot())
        }
    }
}

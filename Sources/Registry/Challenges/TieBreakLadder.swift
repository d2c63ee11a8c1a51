/// Orders teams by total, and settles equal totals by the published ladder: the mark on
/// the heaviest-weighted criterion, then more first places, then the chair's recorded
/// order. Teams the ladder cannot separate share a rank and are marked `unresolved`.
struct TieBreakLadder {
    let rules: ChallengeRules
    let chairOrder: [ChallengeTeamID]

    /// Ranks `rows` by their total, or by their mark on `criterionID` for an award.
    func rank(_ rows: [ChallengeMarkSheet.Row], by criterionID: String? = nil) -> [ChallengeStanding] {
        let heaviest = rules.heaviestCriterion?.id
        let chair = Dictionary(chairOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func primary(_ row: ChallengeMarkSheet.Row) -> Double? {
            criterionID.map { row.criterionMarks[$0] } ?? row.total
        }
        // The rung at which two rows differ, and which comes first; nil when none separates them.
        func compare(_ lhs: ChallengeMarkSheet.Row, _ rhs: ChallengeMarkSheet.Row) -> (first: Bool, rung: String?)? {
            switch (primary(lhs), primary(rhs)) {
            case (nil, nil): return nil
            case (nil, _): return (false, nil)
            case (_, nil): return (true, nil)
            case let (left?, right?) where abs(left - right) >= ChallengeLeaderboard.tolerance: return (left > right, nil)
            default: break
            }
            if let heaviest, let left = lhs.criterionMarks[heaviest], let right = rhs.criterionMarks[heaviest],
               abs(left - right) >= ChallengeLeaderboard.tolerance {
                return (left > right, "heaviest_criterion")
            }
            if lhs.firstPlaces != rhs.firstPlaces { return (lhs.firstPlaces > rhs.firstPlaces, "first_places") }
            switch (chair[lhs.team], chair[rhs.team]) {
            case let (left?, right?): return (left < right, "chair")
            default: return nil
            }
        }
        let sorted = rows.sorted { lhs, rhs in
            compare(lhs, rhs)?.first ?? (lhs.team < rhs.team)
        }
        var standings: [ChallengeStanding] = []
        for (index, row) in sorted.enumerated() {
            let previous = index > 0 ? sorted[index - 1] : nil
            let next = index + 1 < sorted.count ? sorted[index + 1] : nil
            let withPrevious = previous.map { compare($0, row) }
            let withNext = next.map { compare(row, $0) }
            let tiedWithPrevious: Bool
            if case .some(.none) = withPrevious { tiedWithPrevious = true } else { tiedWithPrevious = false }
            let rank = tiedWithPrevious ? standings[index - 1].rank : index + 1
            let tieBreak = Self.tieBreak(withPrevious, withNext, hasTotal: primary(row) != nil)
            standings.append(ChallengeStanding(rank: rank, team: row.team, cityID: row.cityID, total: row.total,
                                               criterionMarks: row.criterionMarks, judges: row.judges,
                                               firstPlaces: row.firstPlaces, tieBreak: tieBreak))
        }
        return standings
    }

    /// How this row's tie with a neighbour was settled, if it had one.
    private static func tieBreak(_ previous: (first: Bool, rung: String?)??, _ next: (first: Bool, rung: String?)??,
                                 hasTotal: Bool) -> String? {
        guard hasTotal else { return nil }
        for neighbour in [previous, next] {
            guard let comparison = neighbour else { continue }
            guard let settled = comparison else { return "unresolved" }
            if let rung = settled.rung { return rung }
        }
        return nil
    }
}

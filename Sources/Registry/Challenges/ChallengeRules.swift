/// How a Challenge is judged, fixed before judging opens and published with the event,
/// so that teams know the rules and the tie-break ladder in advance.
///
/// **Normalisation.** Judges mark differently (one gives 6–9, another 2–10), so a mark
/// counts through its judge's habits: when a judge has marked at least
/// `zScoreMinimumTeams` teams on a criterion, the mark becomes a z-score among that
/// judge's marks on that criterion (population standard deviation; 0 when the judge gave
/// all teams the same mark). Below that, too few marks make a mean and spread
/// meaningless, so the raw mark is put on the same footing: `(mark − middle of the
/// scale) ÷ (range ÷ 4)`, which maps the scale's ends to ±2, about where z-scores lie.
///
/// **Totals.** A team's mark on a criterion is the mean of its judges' normalised marks;
/// its total is the weighted mean over criteria. **Ties** (totals equal to 1e-9) are
/// broken by the ladder: (1) the mark on the heaviest-weighted criterion (the first of
/// equal weights, in the order listed), (2) more first places — judges who marked the
/// team highest among the teams they marked, by raw weighted total, (3) the committee
/// chair's recorded decision. No coin flips: teams still tied share a rank and are
/// flagged. **Towns** score the mean of their teams' totals.
public struct ChallengeRules: Hashable, Sendable, Codable {
    public var criteria: [ChallengeCriterion]
    /// Every team gets at least this many judges.
    public var judgesPerTeam: Int
    public var zScoreMinimumTeams: Int
    public var awards: [AwardCategory]
    /// A final round's one panel: every judge marks every team it has no conflict with,
    /// since marks of separate panels do not compare.
    public var commonPanel: Bool?
    /// The preliminary Challenge (event id) whose best teams this final round takes.
    public var finalOf: String?

    public init(criteria: [ChallengeCriterion], judgesPerTeam: Int = 3, zScoreMinimumTeams: Int = 5, awards: [AwardCategory] = [],
                commonPanel: Bool = false) {
        self.criteria = criteria
        self.judgesPerTeam = judgesPerTeam
        self.zScoreMinimumTeams = zScoreMinimumTeams
        self.awards = awards
        self.commonPanel = commonPanel
    }

    /// A Challenge is judged on at most this many criteria.
    public static let maximumCriteria = 20

    /// Refuses rules that cannot be applied, naming the field.
    public func validated() throws(RegistryValidationError) -> ChallengeRules {
        guard !criteria.isEmpty, criteria.count <= Self.maximumCriteria else {
            throw RegistryValidationError(field: "criteria",
                                          rule: criteria.isEmpty ? .tooFew(minimum: 1) : .tooMany(maximum: Self.maximumCriteria))
        }
        var seen = Set<String>()
        for (index, criterion) in criteria.enumerated() {
            guard !criterion.id.isEmpty, criterion.id.count <= 40,
                  criterion.id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else {
                throw RegistryValidationError(field: "criteria/\(index)/id", rule: .notACode(maximumCharacters: 40))
            }
            guard seen.insert(criterion.id).inserted else {
                throw RegistryValidationError(field: "criteria/\(index)/id", rule: .usedTwice)
            }
            _ = try RegistryText.required(criterion.name, field: "criteria/\(index)/name", maximumCharacters: 200)
            guard (1...100).contains(criterion.weight) else {
                throw RegistryValidationError(field: "criteria/\(index)/weight", rule: .notInRange(minimum: 1, maximum: 100, unit: .number))
            }
            guard criterion.scaleMinimum < criterion.scaleMaximum, criterion.scaleMinimum >= 0, criterion.scaleMaximum <= 1_000 else {
                throw RegistryValidationError(field: "criteria/\(index)/scale_maximum",
                                              rule: .scaleNotUpwards(maximum: 1_000))
            }
        }
        guard (1...50).contains(judgesPerTeam) else {
            throw RegistryValidationError(field: "judges_per_team", rule: .notInRange(minimum: 1, maximum: 50, unit: .number))
        }
        guard (2...1_000).contains(zScoreMinimumTeams) else {
            throw RegistryValidationError(field: "z_score_minimum_teams", rule: .notInRange(minimum: 2, maximum: 1_000, unit: .number))
        }
        for (index, award) in awards.enumerated() {
            _ = try RegistryText.required(award.name, field: "awards/\(index)/name", maximumCharacters: 200)
            guard seen.contains(award.criterionID) else {
                throw RegistryValidationError(field: "awards/\(index)/criterion_id", rule: .notFound(.criterion))
            }
        }
        return self
    }

    /// The tie-break's first rung: the heaviest criterion, the first listed among equals.
    var heaviestCriterion: ChallengeCriterion? {
        criteria.enumerated().max { lhs, rhs in
            lhs.element.weight != rhs.element.weight ? lhs.element.weight < rhs.element.weight : lhs.offset > rhs.offset
        }?.element
    }
}

import Registry

/// How fast one judge may give marks (`ActPace` on the marking act, through the API and
/// the scoring form alike): a burst of two sheets of the most criteria a Challenge has,
/// then a steady rate faster than anyone reads a team's work and slower than a client
/// gone wrong.
public enum JudgePace {
    public static let marksAtOnce = 2 * ChallengeRules.maximumCriteria
    public static let marksPerSecond = 10
}

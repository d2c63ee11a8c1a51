/// One line of a Game's results table: an idea, its place in the ranking, and whether
/// the selection rule picked it.
public struct IdeaResult: Hashable, Sendable {
    public let idea: GameIdea
    /// From 1, in the order `SelectionRule.rank` gives.
    public let rank: Int
    public let selected: Bool
}

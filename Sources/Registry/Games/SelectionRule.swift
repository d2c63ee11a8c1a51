/// How the commission's approvals pick ideas at a Glocal City Game, fixed per game
/// before it runs.
///
/// Ideas are ranked by approvals, most first; ties are broken by earlier submission
/// (the lower ledger seq of the idea's `game.idea` entry), which the ledger fixes for
/// good, so the order never depends on chance or on when it is computed.
/// - `threshold(k)`: every idea with at least `k` approvals is selected, however many.
/// - `top(n)`: the first `n` ideas of the ranking that have at least one approval.
public enum SelectionRule: Hashable, Sendable {
    case threshold(Int)
    case top(Int)

    /// The word stored and shown for the rule: `threshold` or `top`.
    public var name: String {
        switch self {
        case .threshold: "threshold"
        case .top: "top"
        }
    }

    /// `k` of a threshold, `n` of a top-n rule.
    public var count: Int {
        switch self {
        case let .threshold(count), let .top(count): count
        }
    }

    public init?(name: String, count: Int) {
        guard count >= 1 else { return nil }
        switch name {
        case "threshold": self = .threshold(count)
        case "top": self = .top(count)
        default: return nil
        }
    }

    /// The ideas in rank order, each marked selected or not under this rule.
    public func rank(_ ideas: [GameIdea]) -> [IdeaResult] {
        let ordered = ideas.sorted { ($1.approvals, $0.submittedSeq) < ($0.approvals, $1.submittedSeq) }
        return ordered.enumerated().map { index, idea in
            let selected = switch self {
            case let .threshold(minimum): idea.approvals >= minimum
            case let .top(places): index < places && idea.approvals > 0
            }
            return IdeaResult(idea: idea, rank: index + 1, selected: selected)
        }
    }
}

/// What an accepted pledge becomes: money paid in tranches as milestones are attested
/// (a `milestone_tranches` contract), or equity bought in a priced round on the
/// project's cap table.
public enum PledgeForm: Hashable, Sendable {
    case tranches([PledgedTranche])
    /// A round at `preMoney` that creates the share class `shareClassName`.
    case equity(preMoney: Kopecks, shareClassName: String)

    public var name: String {
        switch self {
        case .tranches: "tranches"
        case .equity: "equity"
        }
    }
}

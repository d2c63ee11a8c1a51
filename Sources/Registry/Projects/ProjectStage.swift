/// How far a project has come in the Union's cycle. Only Union staff move a project, and
/// only along these arrows; `Projects` refuses every other move.
///
/// ```
/// idea ─► selected ─► accelerating ─► accelerated ─► pitched ─► funded ─► operating ─► scaled
///   │        │             │               │            │          │          │
///   └────────┴─────────────┴───────────────┴─► closed ◄─┴──────────┴──────────┘
/// ```
///
/// `scaled` (adopted by other towns) and `closed` are final.
public enum ProjectStage: String, Sendable, Hashable, CaseIterable, RegistryCode {
    /// Put forward by residents, not yet chosen.
    case idea
    /// Picked by the commission at a Glocal City Game.
    case selected
    /// In the business accelerator.
    case accelerating
    /// Through the accelerator, with an MVP plan and roles.
    case accelerated
    /// Presented to investors at an investment session.
    case pitched
    /// Money raised.
    case funded
    /// Its service runs in its home town.
    case operating
    /// Adopted by at least one other town.
    case scaled
    /// Stopped.
    case closed

    /// The stages this one may move to.
    public var successors: Set<ProjectStage> {
        switch self {
        case .idea: return [.selected, .closed]
        case .selected: return [.accelerating, .closed]
        case .accelerating: return [.accelerated, .closed]
        case .accelerated: return [.pitched, .closed]
        case .pitched: return [.funded, .closed]
        case .funded: return [.operating, .closed]
        case .operating: return [.scaled, .closed]
        case .scaled, .closed: return []
        }
    }

    public func canMove(to next: ProjectStage) -> Bool {
        successors.contains(next)
    }
}

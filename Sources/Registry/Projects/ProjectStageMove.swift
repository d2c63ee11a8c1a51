import Ledger

/// One move of a project between stages, with the `project.stage` ledger entry that
/// records it: a project's history as staff and the public read it, kept by project so
/// it is read without scanning the ledger.
public struct ProjectStageMove: Hashable, Sendable {
    public let from: ProjectStage
    public let to: ProjectStage
    public let ledgerSeq: Int
    public let movedAt: LedgerTime
}

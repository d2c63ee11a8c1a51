import Ledger

/// What a witness refused as proof that a log misbehaved: the checkpoint it had
/// cosigned and the one it was shown.
public struct WitnessEvidence: Hashable, Sendable {
    public let origin: String
    public let reason: String
    public let recordedSize: Int
    public let recordedCheckpoint: String?
    public let claimedCheckpoint: String
    public let recordedAt: LedgerTime
}

/// A deposit refused because the same content hash was deposited before: priority
/// belongs to the earlier deposit, which this names so the caller can find it.
public struct IPAssetAlreadyDeposited: Error, Equatable, Sendable, CustomStringConvertible {
    public let assetID: IPAssetID
    public let depositSeq: Int

    public init(assetID: IPAssetID, depositSeq: Int) {
        self.assetID = assetID
        self.depositSeq = depositSeq
    }

    public var description: String {
        "This content was already deposited as \(assetID) (ledger entry \(depositSeq)); see that asset instead of depositing it again."
    }
}

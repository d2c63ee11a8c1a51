import Ledger

/// What a depositor states: the asset, the SHA-256 of the deposited document or text
/// (the document itself stays with the depositor), and the holders' split.
public struct IPDeposit: Sendable {
    public var kind: IPAssetKind
    public var title: String
    public var description: String?
    public var contentSHA256: SHA256Digest
    public var holders: [IPHolding]

    public init(kind: IPAssetKind, title: String, description: String? = nil, contentSHA256: SHA256Digest,
                holders: [IPHolding]) {
        self.kind = kind
        self.title = title
        self.description = description
        self.contentSHA256 = contentSHA256
        self.holders = holders
    }
}

/// Where a mirrored record comes from: the node (by its log origin and address), the
/// entry of that node's log that records it, and the checkpoint the mirror verified,
/// by size, with the witnesses whose cosignatures of it verified here.
public struct Provenance: Hashable, Sendable {
    public let origin: String
    public let url: String
    public let seq: Int
    public let checkpointSize: Int
    public let cosignedBy: [String]

    /// The entry's page on its node.
    public var entryURL: String { url + "/ledger/\(seq)" }
}

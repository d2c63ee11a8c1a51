/// A cap table event as stored: the event and the ledger entry that records it.
public struct RecordedCapTableEvent: Hashable, Sendable {
    public let event: CapTableEvent
    public let ledgerSeq: Int
}

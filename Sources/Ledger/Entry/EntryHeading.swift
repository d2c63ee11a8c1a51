/// What a list of the log shows of an entry: its number, its kind and its time (RFC 3339,
/// as the entry states it), read from the columns stored beside its bytes, so a page of
/// the list costs no parsing. The entry itself (`SignedEntry`) is what anyone verifies.
public struct EntryHeading: Hashable, Sendable {
    public let seq: Int
    public let kind: EntryKind
    public let time: String
}

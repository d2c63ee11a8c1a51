/// A record the request names that the registry does not hold: which kind, and the name
/// it was asked by (an id, or the pair it was looked up by).
public struct RegistryNotFound: Refusal, Equatable {
    public let record: RecordKind
    public let id: String

    public init(_ record: RecordKind, _ id: some CustomStringConvertible) {
        self.record = record
        self.id = id.description
    }

    public var code: String { "no-such-" + record.rawValue.replacingOccurrences(of: " ", with: "-") }

    public var english: String { "No \(record.rawValue) \(id)." }
}

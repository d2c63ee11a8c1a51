import Ledger

/// A JSON value of the ledger's own model (contract terms, a statement to sign) inside an
/// `Encodable` answer, written member for member with its names unchanged.
struct EncodedJSON: Encodable {
    let value: JSONValue

    init(_ value: JSONValue) {
        self.value = value
    }

    private struct Name: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch value {
        case let .array(elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(EncodedJSON(element)) }
        case let .object(object):
            var container = encoder.container(keyedBy: Name.self)
            for (name, member) in object { try container.encode(EncodedJSON(member), forKey: Name(stringValue: name)) }
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case let .bool(bool):
            var container = encoder.singleValueContainer()
            try container.encode(bool)
        case let .integer(integer):
            var container = encoder.singleValueContainer()
            try container.encode(integer)
        case let .double(double):
            var container = encoder.singleValueContainer()
            try container.encode(double)
        case let .string(string):
            var container = encoder.singleValueContainer()
            try container.encode(string)
        }
    }
}

/// A JSON document as the ledger signs it: parsed strictly, compared exactly, written canonically.
///
/// Integers and fractional numbers are kept apart so that amounts (integer kopecks) never pass
/// through floating point; `.integer` is limited to ±(2^53 − 1) when parsed or canonicalised.
/// Equality is structural: `.integer(1)` and `.double(1)` differ, although both are written `1`.
public enum JSONValue: Sendable, Equatable {
    /// 2^53 − 1, the largest integer every JSON reader (JavaScript's among them) holds
    /// exactly: the bound on integers the ledger signs, and so on every amount of money and
    /// of share units the registry accepts.
    public static let largestExactInteger: Int64 = (1 << 53) - 1

    case null
    case bool(Bool)
    case integer(Int64)
    /// A number written with a fraction or an exponent; always finite when parsed.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var objectValue: JSONObject? {
        if case let .object(object) = self { return object }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case let .array(elements) = self { return elements }
        return nil
    }

    public var stringValue: String? {
        if case let .string(string) = self { return string }
        return nil
    }

    public var integerValue: Int64? {
        if case let .integer(integer) = self { return integer }
        return nil
    }

    public var doubleValue: Double? {
        if case let .double(double) = self { return double }
        return nil
    }

    public var boolValue: Bool? {
        if case let .bool(bool) = self { return bool }
        return nil
    }

    public var isNull: Bool {
        self == .null
    }

    /// The member named `key` (by exact bytes) if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }
}

extension JSONValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) {
        self = .null
    }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) {
        self = .integer(value)
    }
}

extension JSONValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) {
        self = .double(value)
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension JSONValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Repeating a key in a literal is a programming error and stops the program.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(literalMembers: elements))
    }
}

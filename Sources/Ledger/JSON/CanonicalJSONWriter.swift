extension JSONValue {
    /// The RFC 8785 (JCS) serialisation: the exact bytes a signature over this value covers.
    ///
    /// Refuses values that have no JSON form (NaN, infinities) and numbers this package's own
    /// parser would refuse to read back: integers beyond ±(2^53 − 1), including integral doubles
    /// from 2^53 up to 1e21, which ECMAScript form writes as such integers. Whatever is signed
    /// can then also be verified.
    public func canonicalBytes() throws(JSONError) -> [UInt8] {
        var writer = CanonicalJSONWriter()
        try writer.write(self)
        return writer.output
    }

    /// `canonicalBytes()` as text.
    public func canonicalString() throws(JSONError) -> String {
        String(decoding: try canonicalBytes(), as: UTF8.self)
    }
}

/// Serialises values per RFC 8785 into one growing byte buffer.
struct CanonicalJSONWriter {
    private(set) var output: [UInt8] = []

    private static let largestExactInteger = JSONValue.largestExactInteger
    private static let hexDigits = Array("0123456789abcdef".utf8)

    init() {
        output.reserveCapacity(512)
    }

    /// `string` as a JSON string literal, quotes included.
    static func quoted(_ string: String) -> String {
        var writer = CanonicalJSONWriter()
        writer.appendString(string)
        return String(decoding: writer.output, as: UTF8.self)
    }

    mutating func write(_ value: JSONValue) throws(JSONError) {
        switch value {
        case .null:
            output.append(contentsOf: ASCII.nullLiteral)
        case .bool(true):
            output.append(contentsOf: ASCII.trueLiteral)
        case .bool(false):
            output.append(contentsOf: ASCII.falseLiteral)
        case let .integer(integer):
            guard integer.magnitude <= Self.largestExactInteger.magnitude else {
                throw .integerOutOfRange(literal: String(integer), offset: nil)
            }
            appendInteger(integer)
        case let .double(double):
            try appendDouble(double)
        case let .string(string):
            appendString(string)
        case let .array(elements):
            output.append(ASCII.openBracket)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(ASCII.comma) }
                try write(element)
            }
            output.append(ASCII.closeBracket)
        case let .object(object):
            try appendObject(object)
        }
    }

    private mutating func appendObject(_ object: JSONObject) throws(JSONError) {
        output.append(ASCII.openBrace)
        try object.members.withUnsafeBufferPointer { members throws(JSONError) in
            // Positions are sorted, not members: moving integers needs no reference counting,
            // and the packed key prefixes settle most comparisons without touching the strings.
            try withUnsafeTemporaryAllocation(of: SortKey.self, capacity: members.count) { order throws(JSONError) in
                for index in members.indices {
                    order.initializeElement(at: index, to: SortKey(prefix: ExactKey.utf16OrderPrefix(members[index].key), index: index))
                }
                let precedes = { (lhs: SortKey, rhs: SortKey) -> Bool in
                    lhs.prefix != rhs.prefix
                        ? lhs.prefix < rhs.prefix
                        : ExactKey.precedesInUTF16Order(members[lhs.index].key, members[rhs.index].key)
                }
                // Input that is already canonical, the usual case when verifying, skips the sort.
                if !order.indices.dropFirst().allSatisfy({ precedes(order[$0 - 1], order[$0]) }) {
                    var sortable = order
                    sortable.sort(by: precedes)
                }
                for (rank, key) in order.enumerated() {
                    if rank > 0 { output.append(ASCII.comma) }
                    appendString(members[key.index].key)
                    output.append(ASCII.colon)
                    try write(members[key.index].value)
                }
            }
        }
        output.append(ASCII.closeBrace)
    }

    private struct SortKey {
        let prefix: UInt64
        let index: Int
    }

    private mutating func appendInteger(_ integer: Int64) {
        if integer < 0 { output.append(ASCII.minus) }
        var remaining = integer.magnitude
        let start = output.count
        repeat {
            output.append(ASCII.zero + UInt8(remaining % 10))
            remaining /= 10
        } while remaining > 0
        output[start...].reverse()
    }

    private mutating func appendDouble(_ double: Double) throws(JSONError) {
        guard double.isFinite else { throw .nonFiniteNumber }
        // Below 1e21 an integral double is written without exponent, i.e. as an integer literal;
        // past 2^53 − 1 that literal is one the parser refuses.
        if double.magnitude > Double(Self.largestExactInteger), double.magnitude < 1e21 {
            throw .integerOutOfRange(literal: ECMAScriptNumber.string(double), offset: nil)
        }
        ECMAScriptNumber.append(double, to: &output)
    }

    /// Escapes only what RFC 8785 §3.2.2.2 requires; everything else is copied as UTF-8.
    private mutating func appendString(_ string: String) {
        output.append(ASCII.quote)
        ExactKey.withUTF8(string) { bytes in
            var run = 0
            while true {
                let special = ByteScan.firstToEscape(in: bytes, from: run)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<special]))
                guard special < bytes.count else { return }
                appendEscape(bytes[special])
                run = special + 1
            }
        }
        output.append(ASCII.quote)
    }

    private mutating func appendEscape(_ byte: UInt8) {
        output.append(ASCII.backslash)
        switch byte {
        case ASCII.quote, ASCII.backslash: output.append(byte)
        case 0x08: output.append(ASCII.b)
        case 0x09: output.append(ASCII.t)
        case 0x0A: output.append(ASCII.n)
        case 0x0C: output.append(ASCII.f)
        case 0x0D: output.append(ASCII.r)
        default:
            output.append(ASCII.u)
            output.append(ASCII.zero)
            output.append(ASCII.zero)
            output.append(Self.hexDigits[Int(byte >> 4)])
            output.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }
}

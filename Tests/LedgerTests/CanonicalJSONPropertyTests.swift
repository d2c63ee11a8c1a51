import Testing
import TestSupport
@testable import Ledger

/// Fixed so a failure reproduces; each case's own seed is printed with any failure.
private let baseSeed: UInt64 = 0x6C6F_6361_6C4A_534F
private let caseCount: UInt64 = 3000

@Test func canonicalFormParsesBackToTheSameValueAndIsAFixedPoint() throws {
    for caseIndex in 0..<caseCount {
        let seed = baseSeed &+ caseIndex
        var random = SplitMix64(seed: seed)
        let value = RandomJSON.value(depth: 0, using: &random)
        let canonical = try value.canonicalBytes()
        let reparsed = try JSONValue.parse(canonical)
        try #require(reparsed == value, "seed \(seed): \(String(decoding: canonical, as: UTF8.self))")
        try #require(try reparsed.canonicalBytes() == canonical, "seed \(seed): not idempotent")
        try #require(membersAreInUTF16Order(reparsed), "seed \(seed): members out of UTF-16 order")
    }
}

@Test func keyOrderMatchesUTF16ComparisonOnRandomKeys() {
    for caseIndex in 0..<caseCount {
        let seed = baseSeed &+ caseIndex
        var random = SplitMix64(seed: seed)
        let lhs = RandomJSON.string(using: &random)
        let rhs = RandomJSON.string(using: &random)
        #expect(ExactKey.precedesInUTF16Order(lhs, rhs) == lhs.utf16.lexicographicallyPrecedes(rhs.utf16), "seed \(seed)")
    }
}

/// Checks the writer's member order against Swift's own UTF-16 comparison, independently of
/// the byte-level shortcut the writer uses.
private func membersAreInUTF16Order(_ value: JSONValue) -> Bool {
    switch value {
    case let .array(elements):
        return elements.allSatisfy(membersAreInUTF16Order)
    case let .object(object):
        let keys = object.keys
        return zip(keys, keys.dropFirst()).allSatisfy { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            && object.allSatisfy { membersAreInUTF16Order($0.value) }
    default:
        return true
    }
}

/// Random values whose canonical form is parseable: integers within ±(2^53 − 1), and doubles
/// that are not integral below 1e21 (those are written as integers, and read back as `.integer`).
private enum RandomJSON {
    static func value(depth: Int, using random: inout SplitMix64) -> JSONValue {
        let kinds = depth >= 4 ? 5 : 7
        switch random.next(below: kinds) {
        case 0: return .null
        case 1: return .bool(random.next(below: 2) == 0)
        case 2: return .integer(integer(using: &random))
        case 3: return .double(double(using: &random))
        case 4: return .string(string(using: &random))
        case 5:
            return .array((0..<random.next(below: 5)).map { _ in value(depth: depth + 1, using: &random) })
        default:
            var object = JSONObject()
            for _ in 0..<random.next(below: 6) {
                object[string(using: &random)] = value(depth: depth + 1, using: &random)
            }
            return .object(object)
        }
    }

    static func integer(using random: inout SplitMix64) -> Int64 {
        let largest = Int64(JSONParser.largestExactInteger)
        switch random.next(below: 4) {
        case 0: return [0, 1, -1, largest, -largest][random.next(below: 5)]
        case 1: return Int64(random.next(below: 2000)) - 1000
        default: return Int64(truncatingIfNeeded: random.next() % UInt64(largest)) * (random.next(below: 2) == 0 ? 1 : -1)
        }
    }

    static func double(using random: inout SplitMix64) -> Double {
        while true {
            let candidate: Double
            switch random.next(below: 3) {
            case 0: candidate = Double(bitPattern: random.next())
            case 1: candidate = Double(Int64(random.next(below: 2_000_000)) - 1_000_000) / 100
            default: candidate = Double(random.next(below: 1000) + 1) * [1e-9, 1e-6, 1e-3, 1e21, 1e300][random.next(below: 5)]
            }
            let writtenAsInteger = candidate.rounded(.towardZero) == candidate && candidate.magnitude < 1e21
            if candidate.isFinite, !writtenAsInteger { return candidate }
        }
    }

    /// Strings mixing characters that are escaped, that sort differently in UTF-8 and UTF-16,
    /// and that are canonically equivalent to one another.
    static func string(using random: inout SplitMix64) -> String {
        let pool: [Unicode.Scalar] = [
            "a", "b", "Z", "0", " ", "\"", "\\", "/", "\u{0}", "\u{8}", "\n", "\u{1F}", "\u{7F}",
            "é", "\u{C5}", "A", "\u{30A}", "\u{2028}", "\u{D7FF}", "\u{E000}", "\u{FB33}", "\u{FFFF}",
            "\u{10000}", "\u{1F600}", "\u{10FFFF}",
        ]
        // Mostly short like real keys, sometimes long enough to cross the 8-byte words the
        // scanners test at a time.
        let length = random.next(below: 4) == 0 ? random.next(below: 40) : random.next(below: 6)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length {
            scalars.append(pool[random.next(below: pool.count)])
        }
        return String(scalars)
    }
}

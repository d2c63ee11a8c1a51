extension JSONValue {
    /// Parses exactly one RFC 8259 JSON text, refusing anything two parsers might read differently.
    public static func parse(_ bytes: [UInt8], limits: JSONLimits = .default) throws(JSONError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(JSONError) in
            try JSONParser.parse(buffer, limits: limits)
        }
    }

    /// Parses bytes owned elsewhere (a memory-mapped file, a network buffer) without copying them.
    public static func parse(_ bytes: UnsafeRawBufferPointer, limits: JSONLimits = .default) throws(JSONError) -> JSONValue {
        try bytes.withMemoryRebound(to: UInt8.self) { buffer throws(JSONError) in
            try JSONParser.parse(buffer, limits: limits)
        }
    }

    /// Parses the UTF-8 form of `text`.
    public static func parse(_ text: String, limits: JSONLimits = .default) throws(JSONError) -> JSONValue {
        try parse(Array(text.utf8), limits: limits)
    }
}

/// A recursive-descent reader over raw bytes.
///
/// It works on bytes rather than characters so each string token becomes one `String` built
/// from its slice, and so invalid UTF-8 is caught at the exact byte instead of being replaced.
struct JSONParser {
    private let input: UnsafeBufferPointer<UInt8>
    private let limits: JSONLimits
    private var position = 0
    private var depth = 0
    /// Reused for strings that contain escapes, the only ones that cannot be sliced directly.
    private var unescaped: [UInt8] = []

    static let largestExactInteger = UInt64(JSONValue.largestExactInteger)

    static func parse(_ input: UnsafeBufferPointer<UInt8>, limits: JSONLimits) throws(JSONError) -> JSONValue {
        guard input.count <= limits.maxBytes else {
            throw .tooLarge(limit: limits.maxBytes, actual: input.count)
        }
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
            throw .byteOrderMark
        }
        var parser = JSONParser(input: input, limits: limits)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.position == input.count else { throw .trailingData(offset: parser.position) }
        return value
    }

    private init(input: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
        self.input = input
        self.limits = limits
    }

    private mutating func parseValue() throws(JSONError) -> JSONValue {
        guard position < input.count else { throw unexpected(expecting: "a value") }
        switch input[position] {
        case ASCII.quote:
            return .string(try parseString())
        case ASCII.openBrace:
            return .object(try parseObject())
        case ASCII.openBracket:
            return .array(try parseArray())
        case ASCII.t:
            try expectLiteral(ASCII.trueLiteral, named: "'true'")
            return .bool(true)
        case ASCII.f:
            try expectLiteral(ASCII.falseLiteral, named: "'false'")
            return .bool(false)
        case ASCII.n:
            try expectLiteral(ASCII.nullLiteral, named: "'null'")
            return .null
        case ASCII.minus, ASCII.zero...ASCII.nine:
            return try parseNumber()
        default:
            throw unexpected(expecting: "a value")
        }
    }

    private mutating func parseArray() throws(JSONError) -> [JSONValue] {
        try enterNesting()
        var elements: [JSONValue] = []
        skipWhitespace()
        if next == ASCII.closeBracket {
            position += 1
            depth -= 1
            return elements
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            if next == ASCII.closeBracket {
                position += 1
                depth -= 1
                return elements
            }
            try expectComma(beforeAnotherOf: "',' or ']'", closer: ASCII.closeBracket)
        }
    }

    private mutating func parseObject() throws(JSONError) -> JSONObject {
        try enterNesting()
        var object = JSONObject(reservingCapacity: 8)
        skipWhitespace()
        if next == ASCII.closeBrace {
            position += 1
            depth -= 1
            return object
        }
        while true {
            guard next == ASCII.quote else { throw unexpected(expecting: "a string key") }
            let keyOffset = position
            let key = try parseString()
            skipWhitespace()
            guard next == ASCII.colon else { throw unexpected(expecting: "':'") }
            position += 1
            skipWhitespace()
            let value = try parseValue()
            guard object.appendIfAbsent(key, value) else {
                throw .duplicateKey(key, offset: keyOffset)
            }
            skipWhitespace()
            if next == ASCII.closeBrace {
                position += 1
                depth -= 1
                return object
            }
            try expectComma(beforeAnotherOf: "',' or '}'", closer: ASCII.closeBrace)
        }
    }

    /// Consumes a separating comma and the whitespace after it, refusing `,]` and `,}`.
    private mutating func expectComma(beforeAnotherOf expected: String, closer: UInt8) throws(JSONError) {
        guard next == ASCII.comma else { throw unexpected(expecting: expected) }
        let comma = position
        position += 1
        skipWhitespace()
        if next == closer { throw .trailingComma(offset: comma) }
    }

    private mutating func enterNesting() throws(JSONError) {
        depth += 1
        guard depth <= limits.maxDepth else { throw .tooDeep(limit: limits.maxDepth, offset: position) }
        position += 1
    }

    private mutating func expectLiteral(_ literal: [UInt8], named name: String) throws(JSONError) {
        for byte in literal {
            guard next == byte else { throw unexpected(expecting: name) }
            position += 1
        }
    }

    /// Reads the string token starting at the opening quote under `position`.
    private mutating func parseString() throws(JSONError) -> String {
        let start = position + 1
        var cursor = start
        while true {
            cursor = ByteScan.endOfPlainASCII(in: input, from: cursor)
            guard cursor < input.count else { break }
            switch input[cursor] {
            case ASCII.quote:
                position = cursor + 1
                return String(decoding: UnsafeBufferPointer(rebasing: input[start..<cursor]), as: UTF8.self)
            case ASCII.backslash:
                position = cursor
                return try parseEscapedString(from: start)
            default:
                cursor += try lengthOfCharacter(inStringAt: cursor)
            }
        }
        position = cursor
        throw unexpected(expecting: "'\"' closing the string")
    }

    /// Continues a string from its first backslash, unescaping into a scratch buffer.
    private mutating func parseEscapedString(from start: Int) throws(JSONError) -> String {
        unescaped.removeAll(keepingCapacity: true)
        unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<position]))
        while true {
            let run = position
            position = ByteScan.endOfPlainASCII(in: input, from: position)
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: input[run..<position]))
            guard position < input.count else { break }
            switch input[position] {
            case ASCII.quote:
                position += 1
                return String(decoding: unescaped, as: UTF8.self)
            case ASCII.backslash:
                try unescape()
            default:
                let length = try lengthOfCharacter(inStringAt: position)
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: input[position..<position + length]))
                position += length
            }
        }
        throw unexpected(expecting: "'\"' closing the string")
    }

    /// Appends the character escaped at `position` (a backslash) to `unescaped` and moves past it.
    private mutating func unescape() throws(JSONError) {
        let escape = position
        guard escape + 1 < input.count else {
            position += 1
            throw unexpected(expecting: "an escape sequence")
        }
        let replacement: UInt8
        switch input[escape + 1] {
        case ASCII.quote, ASCII.backslash, ASCII.slash:
            replacement = input[escape + 1]
        case ASCII.b: replacement = 0x08
        case ASCII.f: replacement = 0x0C
        case ASCII.n: replacement = 0x0A
        case ASCII.r: replacement = 0x0D
        case ASCII.t: replacement = 0x09
        case ASCII.u:
            appendUTF8(try unescapeUnicode())
            return
        default:
            throw .invalidEscape(offset: escape)
        }
        unescaped.append(replacement)
        position += 2
    }

    /// Reads `\uXXXX`, or a `\uXXXX\uXXXX` surrogate pair, and returns the scalar it names.
    private mutating func unescapeUnicode() throws(JSONError) -> UInt32 {
        let escape = position
        let unit = try hexQuad(escapeAt: escape)
        position += 6
        switch unit {
        case 0xD800...0xDBFF:
            guard next == ASCII.backslash, position + 1 < input.count, input[position + 1] == ASCII.u else {
                throw .loneSurrogate(UInt16(unit), offset: escape)
            }
            let low = try hexQuad(escapeAt: position)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw .loneSurrogate(UInt16(unit), offset: escape)
            }
            position += 6
            return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw .loneSurrogate(UInt16(unit), offset: escape)
        default:
            return unit
        }
    }

    /// The four hex digits after the `\u` at `escape`.
    private func hexQuad(escapeAt escape: Int) throws(JSONError) -> UInt32 {
        var unit: UInt32 = 0
        for offset in escape + 2..<escape + 6 {
            guard offset < input.count else {
                throw .unexpectedEnd(offset: input.count, expected: "four hex digits")
            }
            let byte = input[offset]
            let digit: UInt8
            switch byte {
            case ASCII.zero...ASCII.nine: digit = byte - ASCII.zero
            case ASCII.a...ASCII.f: digit = byte - ASCII.a + 10
            case ASCII.upperA...ASCII.upperF: digit = byte - ASCII.upperA + 10
            default: throw .invalidEscape(offset: escape)
            }
            unit = unit << 4 | UInt32(digit)
        }
        return unit
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            unescaped.append(UInt8(scalar))
        case 0x80..<0x800:
            unescaped.append(0xC0 | UInt8(scalar >> 6))
            unescaped.append(0x80 | UInt8(scalar & 0x3F))
        case 0x800..<0x10000:
            unescaped.append(0xE0 | UInt8(scalar >> 12))
            unescaped.append(0x80 | UInt8(scalar >> 6 & 0x3F))
            unescaped.append(0x80 | UInt8(scalar & 0x3F))
        default:
            unescaped.append(0xF0 | UInt8(scalar >> 18))
            unescaped.append(0x80 | UInt8(scalar >> 12 & 0x3F))
            unescaped.append(0x80 | UInt8(scalar >> 6 & 0x3F))
            unescaped.append(0x80 | UInt8(scalar & 0x3F))
        }
    }

    /// Length of the unescaped character at `offset` inside a string, refusing control bytes.
    private func lengthOfCharacter(inStringAt offset: Int) throws(JSONError) -> Int {
        let byte = input[offset]
        if byte < 0x20 { throw .controlCharacterInString(byte, offset: offset) }
        return try UTF8Sequence.length(in: input, at: offset)
    }

    private mutating func parseNumber() throws(JSONError) -> JSONValue {
        let start = position
        let negative = next == ASCII.minus
        if negative { position += 1 }
        guard isDigit(next) else { throw .invalidNumber(offset: start) }
        var magnitude: UInt64 = 0
        var tooLarge = false
        if next == ASCII.zero {
            position += 1
            if isDigit(next) { throw .leadingZero(offset: start) }
        }
        while isDigit(next) {
            if !tooLarge {
                magnitude = magnitude * 10 + UInt64(input[position] - ASCII.zero)
                tooLarge = magnitude > Self.largestExactInteger
            }
            position += 1
        }
        var isInteger = true
        if next == ASCII.dot {
            isInteger = false
            position += 1
            try skipDigits(ofNumberAt: start)
        }
        if next == ASCII.e || next == ASCII.upperE {
            isInteger = false
            position += 1
            if next == ASCII.plus || next == ASCII.minus { position += 1 }
            try skipDigits(ofNumberAt: start)
        }
        if isInteger {
            guard !tooLarge else {
                throw .integerOutOfRange(literal: literal(from: start), offset: start)
            }
            let value = Int64(magnitude)
            return .integer(negative ? -value : value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: input[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw .numberOutOfRange(literal: literal(from: start), offset: start)
        }
        return .double(value)
    }

    /// At least one digit must follow a decimal point or exponent marker.
    private mutating func skipDigits(ofNumberAt start: Int) throws(JSONError) {
        guard isDigit(next) else { throw .invalidNumber(offset: start) }
        while isDigit(next) { position += 1 }
    }

    /// The number text from `start` to `position`, shortened so an error message stays readable.
    private func literal(from start: Int) -> String {
        let end = min(position, start + 40)
        let text = String(decoding: UnsafeBufferPointer(rebasing: input[start..<end]), as: UTF8.self)
        return end < position ? text + "…" : text
    }

    private mutating func skipWhitespace() {
        while position < input.count {
            switch input[position] {
            case ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn:
                position += 1
            default:
                return
            }
        }
    }

    /// The byte under `position`, or nil at the end of input.
    private var next: UInt8? {
        position < input.count ? input[position] : nil
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= ASCII.zero && byte <= ASCII.nine
    }

    /// Describes what was found at `position` instead of `expected`.
    private func unexpected(expecting expected: String) -> JSONError {
        guard position < input.count else {
            return .unexpectedEnd(offset: position, expected: expected)
        }
        do {
            let scalar = try UTF8Sequence.scalar(in: input, at: position)
            return .unexpectedCharacter(scalar, offset: position, expected: expected)
        } catch {
            return error
        }
    }
}

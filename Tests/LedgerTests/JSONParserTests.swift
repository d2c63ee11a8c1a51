import Testing
@testable import Ledger

private func parse(_ text: String, limits: JSONLimits = .default) throws(JSONError) -> JSONValue {
    try JSONValue.parse(text, limits: limits)
}

private func expectRefusal(
    _ bytes: [UInt8],
    _ expected: JSONError,
    limits: JSONLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(throws: expected, sourceLocation: sourceLocation) {
        try JSONValue.parse(bytes, limits: limits)
    }
}

private func expectRefusal(
    _ text: String,
    _ expected: JSONError,
    limits: JSONLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectRefusal(Array(text.utf8), expected, limits: limits, sourceLocation: sourceLocation)
}

/// `"` + bytes + `"`, for strings whose content is not valid UTF-8.
private func quoted(_ content: [UInt8]) -> [UInt8] {
    [0x22] + content + [0x22]
}

// MARK: - Accepted input

@Test func everyKindOfValueIsRead() throws {
    let value = try parse(#"{"n":null,"t":true,"f":false,"i":-42,"d":2.5,"s":"x","a":[1,[]],"o":{}}"#)
    let expected: JSONValue = ["n": nil, "t": true, "f": false, "i": -42, "d": 2.5, "s": "x", "a": [1, []], "o": [:]]
    #expect(value == expected)
}

@Test func anyValueMayStandAtTheTopLevel() throws {
    #expect(try parse("7") == .integer(7))
    #expect(try parse(#""top""#) == .string("top"))
    #expect(try parse("null") == .null)
    #expect(try parse("[]") == .array([]))
}

@Test func onlyTheFourJSONWhitespaceCharactersSeparateTokens() throws {
    #expect(try parse(" \t\r\n[ \t\r\n1 \t\r\n, \t\r\n{ \"a\" \n: \r2 } ] \n") == [1, ["a": 2]])
    expectRefusal([0x0C, 0x31], .unexpectedCharacter("\u{0C}", offset: 0, expected: "a value"))
    expectRefusal("[1,\u{A0}2]", .unexpectedCharacter("\u{A0}", offset: 3, expected: "a value"))
}

@Test func numbersWithoutFractionOrExponentAreIntegers() throws {
    #expect(try parse("0") == .integer(0))
    #expect(try parse("-17") == .integer(-17))
    #expect(try parse("123456789") == .integer(123_456_789))
}

@Test func numbersWithFractionOrExponentAreDoubles() throws {
    #expect(try parse("1.0") == .double(1))
    #expect(try parse("1e2") == .double(100))
    #expect(try parse("-2.5E-3") == .double(-0.0025))
    #expect(try parse("0e+1") == .double(0))
    #expect(try parse("1e-400") == .double(0))
}

@Test func negativeZeroIntegerIsZero() throws {
    #expect(try parse("-0") == .integer(0))
}

@Test func integersUpToTwoToThe53MinusOneAreAccepted() throws {
    #expect(try parse("9007199254740991") == .integer(9_007_199_254_740_991))
    #expect(try parse("-9007199254740991") == .integer(-9_007_199_254_740_991))
}

@Test func everyEscapeIsDecoded() throws {
    let value = try parse(#""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\ud83d\ude00\u0000""#)
    #expect(value == .string("\"\\/\u{08}\u{0C}\n\r\tAé€😀\u{0}"))
}

@Test func rawNonASCIIDeleteAndLineSeparatorNeedNoEscape() throws {
    #expect(try parse("\"é\u{7F}\u{2028}😀\"") == .string("é\u{7F}\u{2028}😀"))
}

@Test func canonicallyEquivalentKeysAreDistinctKeys() throws {
    let object = try #require(try parse(#"{"\u00c5":1,"A\u030a":2}"#).objectValue)
    #expect(object.count == 2)
    #expect(object["\u{C5}"] == .integer(1))
    #expect(object["A\u{30A}"] == .integer(2))
}

@Test func membersKeepTheirOrderOfAppearance() throws {
    let object = try #require(try parse(#"{"b":1,"a":2,"c":3}"#).objectValue)
    #expect(object.keys == ["b", "a", "c"])
}

@Test func rawBufferInputIsReadInPlace() throws {
    let bytes = Array(#"{"k":[true]}"#.utf8)
    let value = try bytes.withUnsafeBytes { buffer throws(JSONError) in try JSONValue.parse(buffer) }
    #expect(value == ["k": [true]])
}

@Test func nestingUpToTheDepthLimitIsAccepted() throws {
    let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(throws: Never.self) { try parse(deepest) }
}

@Test func inputOfExactlyTheByteLimitIsAccepted() throws {
    let text = "\"" + String(repeating: "x", count: JSONLimits.default.maxBytes - 2) + "\""
    #expect(try parse(text).stringValue?.utf8.count == JSONLimits.default.maxBytes - 2)
}

// MARK: - Refused input

@Test func invalidUTF8IsRefusedAtTheFirstBadSequence() {
    expectRefusal(quoted([0xC0, 0xAF]), .invalidUTF8(offset: 1))  // overlong "/"
    expectRefusal(quoted([0xE0, 0x80, 0xAF]), .invalidUTF8(offset: 1))  // overlong, 3 bytes
    expectRefusal(quoted([0xF0, 0x80, 0x80, 0xAF]), .invalidUTF8(offset: 1))  // overlong, 4 bytes
    expectRefusal(quoted([0xED, 0xA0, 0x80]), .invalidUTF8(offset: 1))  // U+D800 encoded directly
    expectRefusal(quoted([0xED, 0xBF, 0xBF]), .invalidUTF8(offset: 1))  // U+DFFF encoded directly
    expectRefusal(quoted([0xF4, 0x90, 0x80, 0x80]), .invalidUTF8(offset: 1))  // U+110000
    expectRefusal(quoted([0xF5, 0x80, 0x80, 0x80]), .invalidUTF8(offset: 1))
    expectRefusal(quoted([0x61, 0xE2, 0x82]), .invalidUTF8(offset: 2))  // truncated before the quote
    expectRefusal([0x22, 0xE2, 0x82], .invalidUTF8(offset: 1))  // truncated by the end of input
    expectRefusal(quoted([0x80]), .invalidUTF8(offset: 1))  // stray continuation byte
    expectRefusal(quoted([0xFF]), .invalidUTF8(offset: 1))
    expectRefusal(quoted([0xC3, 0x28]), .invalidUTF8(offset: 1))  // lead byte without continuation
}

@Test func invalidUTF8OutsideStringsIsRefusedToo() {
    expectRefusal([0x5B, 0xC0, 0xAF, 0x5D], .invalidUTF8(offset: 1))
    expectRefusal([0xFF], .invalidUTF8(offset: 0))
}

@Test func loneHighSurrogateEscapeIsRefused() {
    expectRefusal(#""\ud800""#, .loneSurrogate(0xD800, offset: 1))
    expectRefusal(#""ab\uDBFFc""#, .loneSurrogate(0xDBFF, offset: 3))
    expectRefusal(#""\ud800\u0041""#, .loneSurrogate(0xD800, offset: 1))
    expectRefusal(#""\ud800\ud800""#, .loneSurrogate(0xD800, offset: 1))
    expectRefusal(#""\ud800\n""#, .loneSurrogate(0xD800, offset: 1))
}

@Test func loneLowSurrogateEscapeIsRefused() {
    expectRefusal(#""\udc00""#, .loneSurrogate(0xDC00, offset: 1))
    expectRefusal(#""\ude02\ud83d""#, .loneSurrogate(0xDE02, offset: 1))
}

@Test func duplicateKeysAreRefused() {
    expectRefusal(#"{"a":1,"a":2}"#, .duplicateKey("a", offset: 7))
    expectRefusal(#"{"x":{"amount":1, "amount":1}}"#, .duplicateKey("amount", offset: 18))
}

@Test func duplicateKeysAreRefusedEvenWhenEscapedDifferently() {
    expectRefusal(#"{"a":1,"\u0061":2}"#, .duplicateKey("a", offset: 7))
    expectRefusal(#"{"\u00c5":1,"Å":2}"#, .duplicateKey("Å", offset: 12))
    expectRefusal(#"{"😀":1,"\ud83d\ude00":2}"#, .duplicateKey("😀", offset: 10))
}

@Test func duplicateKeysAreRefusedInLargeObjects() {
    let members = (0..<100).map { #""k\#($0)":\#($0)"# }.joined(separator: ",")
    let text = "{" + members + #","k57":0}"#
    expectRefusal(text, .duplicateKey("k57", offset: text.utf8.count - 8))
}

@Test func sameKeyInDifferentObjectsIsAllowed() throws {
    #expect(try parse(#"{"a":{"a":1},"b":{"a":2}}"#) == ["a": ["a": 1], "b": ["a": 2]])
}

@Test func integersBeyondTwoToThe53MinusOneAreRefused() {
    expectRefusal("9007199254740992", .integerOutOfRange(literal: "9007199254740992", offset: 0))
    expectRefusal("-9007199254740992", .integerOutOfRange(literal: "-9007199254740992", offset: 0))
    expectRefusal("[18446744073709551616]", .integerOutOfRange(literal: "18446744073709551616", offset: 1))
    let huge = String(repeating: "9", count: 60)
    expectRefusal(huge, .integerOutOfRange(literal: String(huge.prefix(40)) + "…", offset: 0))
}

@Test func doublesThatOverflowAreRefused() {
    expectRefusal("1e400", .numberOutOfRange(literal: "1e400", offset: 0))
    expectRefusal("[-1.5e309]", .numberOutOfRange(literal: "-1.5e309", offset: 1))
}

@Test func leadingZerosAreRefused() {
    expectRefusal("01", .leadingZero(offset: 0))
    expectRefusal("-01", .leadingZero(offset: 0))
    expectRefusal("[00]", .leadingZero(offset: 1))
    expectRefusal("00.5", .leadingZero(offset: 0))
}

@Test func malformedNumbersAreRefused() {
    expectRefusal("-", .invalidNumber(offset: 0))
    expectRefusal("-x", .invalidNumber(offset: 0))
    expectRefusal("1.", .invalidNumber(offset: 0))
    expectRefusal("[1.e5]", .invalidNumber(offset: 1))
    expectRefusal("1e", .invalidNumber(offset: 0))
    expectRefusal("1e+", .invalidNumber(offset: 0))
    expectRefusal(".5", .unexpectedCharacter(".", offset: 0, expected: "a value"))
    expectRefusal("+1", .unexpectedCharacter("+", offset: 0, expected: "a value"))
    expectRefusal("0x10", .trailingData(offset: 1))
}

@Test func nonFiniteLiteralsAreRefused() {
    expectRefusal("NaN", .unexpectedCharacter("N", offset: 0, expected: "a value"))
    expectRefusal("[Infinity]", .unexpectedCharacter("I", offset: 1, expected: "a value"))
    expectRefusal("-Infinity", .invalidNumber(offset: 0))
}

@Test func misspelledLiteralsAreRefused() {
    expectRefusal("tru", .unexpectedEnd(offset: 3, expected: "'true'"))
    expectRefusal("nul", .unexpectedEnd(offset: 3, expected: "'null'"))
    expectRefusal("fals3", .unexpectedCharacter("3", offset: 4, expected: "'false'"))
    expectRefusal("True", .unexpectedCharacter("T", offset: 0, expected: "a value"))
}

@Test func dataAfterTheTopLevelValueIsRefused() {
    expectRefusal("{} x", .trailingData(offset: 3))
    expectRefusal("1 2", .trailingData(offset: 2))
    expectRefusal("[][]", .trailingData(offset: 2))
    expectRefusal([0x6E, 0x75, 0x6C, 0x6C, 0x00], .trailingData(offset: 4))
}

@Test func trailingCommasAreRefused() {
    expectRefusal("[1,]", .trailingComma(offset: 2))
    expectRefusal("[1 , \n]", .trailingComma(offset: 3))
    expectRefusal(#"{"a":1,}"#, .trailingComma(offset: 6))
}

@Test func missingSeparatorsAndEmptyElementsAreRefused() {
    expectRefusal("[1 2]", .unexpectedCharacter("2", offset: 3, expected: "',' or ']'"))
    expectRefusal("[,1]", .unexpectedCharacter(",", offset: 1, expected: "a value"))
    expectRefusal(#"{"a" 1}"#, .unexpectedCharacter("1", offset: 5, expected: "':'"))
    expectRefusal(#"{"a":1 "b":2}"#, .unexpectedCharacter("\"", offset: 7, expected: "',' or '}'"))
    expectRefusal("{a:1}", .unexpectedCharacter("a", offset: 1, expected: "a string key"))
    expectRefusal("{'a':1}", .unexpectedCharacter("'", offset: 1, expected: "a string key"))
}

@Test func commentsAreRefused() {
    expectRefusal("/* note */ 1", .unexpectedCharacter("/", offset: 0, expected: "a value"))
    expectRefusal("[1] // note", .trailingData(offset: 4))
}

@Test func unterminatedInputIsRefused() {
    expectRefusal("", .unexpectedEnd(offset: 0, expected: "a value"))
    expectRefusal(" \n ", .unexpectedEnd(offset: 3, expected: "a value"))
    expectRefusal("[1", .unexpectedEnd(offset: 2, expected: "',' or ']'"))
    expectRefusal(#"{"a":"#, .unexpectedEnd(offset: 5, expected: "a value"))
    expectRefusal(#""abc"#, .unexpectedEnd(offset: 4, expected: "'\"' closing the string"))
    expectRefusal(#""a\"#, .unexpectedEnd(offset: 3, expected: "an escape sequence"))
    expectRefusal(#""\u12"#, .unexpectedEnd(offset: 5, expected: "four hex digits"))
}

@Test func nestingDeeperThanTheLimitIsRefused() {
    let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    expectRefusal(tooDeep, .tooDeep(limit: 64, offset: 64))
    expectRefusal(#"{"a":{"b":[1]}}"#, .tooDeep(limit: 2, offset: 10), limits: JSONLimits(maxDepth: 2))
}

@Test func inputLargerThanTheLimitIsRefused() {
    expectRefusal("[1,2,3,4,5]", .tooLarge(limit: 10, actual: 11), limits: JSONLimits(maxBytes: 10))
    let oneOver = "\"" + String(repeating: "x", count: JSONLimits.default.maxBytes - 1) + "\""
    expectRefusal(oneOver, .tooLarge(limit: 1 << 20, actual: (1 << 20) + 1))
}

@Test func controlCharactersInStringsAreRefused() {
    expectRefusal("\"a\nb\"", .controlCharacterInString(0x0A, offset: 2))
    expectRefusal(quoted([0x00]), .controlCharacterInString(0x00, offset: 1))
    expectRefusal(quoted([0x5C, 0x6E, 0x1F]), .controlCharacterInString(0x1F, offset: 3))
    expectRefusal("\"\t\"", .controlCharacterInString(0x09, offset: 1))
}

@Test func undefinedEscapesAreRefused() {
    expectRefusal(#""\x41""#, .invalidEscape(offset: 1))
    expectRefusal(#""ok\'""#, .invalidEscape(offset: 3))
    expectRefusal(#""\U0041""#, .invalidEscape(offset: 1))
    expectRefusal(#""\u12g4""#, .invalidEscape(offset: 1))
    expectRefusal(#""\u 123""#, .invalidEscape(offset: 1))
    expectRefusal(#""\ud83d\uZZZZ""#, .invalidEscape(offset: 7))
}

@Test func byteOrderMarkIsRefused() {
    expectRefusal([0xEF, 0xBB, 0xBF, 0x7B, 0x7D], .byteOrderMark)
    expectRefusal(" \u{FEFF}{}", .unexpectedCharacter("\u{FEFF}", offset: 1, expected: "a value"))
}

// MARK: - Messages

@Test func errorMessagesNameTheProblemAndWhereItIs() {
    #expect(JSONError.duplicateKey("amount", offset: 57).description == #"duplicate key "amount" in object at byte 57"#)
    #expect(JSONError.duplicateKey("a\nb", offset: nil).description == #"duplicate key "a\nb" in object"#)
    #expect(JSONError.loneSurrogate(0xD800, offset: 3).description == #"escape \ud800 at byte 3 is a lone surrogate, not half of a pair"#)
    #expect(JSONError.unexpectedCharacter(",", offset: 4, expected: "a value").description == "unexpected ',' at byte 4, expected a value")
    #expect(JSONError.unexpectedCharacter("\u{A0}", offset: 4, expected: "a value").description == "unexpected U+00A0 at byte 4, expected a value")
    #expect(JSONError.controlCharacterInString(0x0A, offset: 2).description == "unescaped control character U+000A in string at byte 2")
    #expect(JSONError.tooDeep(limit: 64, offset: 64).description == "arrays and objects nest deeper than 64 levels at byte 64")
    #expect(JSONError.integerOutOfRange(literal: "9007199254740992", offset: 0).description
        == "integer 9007199254740992 at byte 0 is outside ±9007199254740991, the range JSON verifiers hold exactly")
}

@Test func longKeysAreShortenedInMessages() {
    let key = String(repeating: "k", count: 100)
    #expect(JSONError.duplicateKey(key, offset: 1).description
        == "duplicate key \"\(String(repeating: "k", count: 64))\"… in object at byte 1")
}

/// The string scanner tests eight bytes at a time; a bad byte must be caught wherever it falls.
@Test func badBytesInStringsAreCaughtAtEveryPosition() {
    for position in 0..<24 {
        let before = [UInt8](repeating: 0x61, count: position)
        let after = [UInt8](repeating: 0x62, count: 23 - position)
        expectRefusal(quoted(before + [0x1F] + after), .controlCharacterInString(0x1F, offset: position + 1))
        expectRefusal(quoted(before + [0xC0, 0x80] + after), .invalidUTF8(offset: position + 1))
        expectRefusal(quoted(before + [0x5C, 0x61] + after), .invalidEscape(offset: position + 1))
        expectRefusal([0x22] + before + after, .unexpectedEnd(offset: 24, expected: "'\"' closing the string"))
    }
}

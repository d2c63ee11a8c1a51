import Testing
@testable import Ledger

private let rfc8785Vectors = ["arrays", "french", "structures", "unicode", "values", "weird"]

@Test(arguments: rfc8785Vectors)
func rfc8785VectorsCanonicaliseToTheExactPublishedBytes(name: String) throws {
    let input = try Fixture.bytes("jcs/input/\(name).json")
    let expected = try Fixture.bytes("jcs/output/\(name).json")
    let canonical = try JSONValue.parse(input).canonicalBytes()
    #expect(canonical == expected, "\(String(decoding: canonical, as: UTF8.self))")
}

@Test func everyRFC8785VectorInTheFixturesIsTested() throws {
    let inputs = try Fixture.files(under: "jcs/input")
    let outputs = try Fixture.files(under: "jcs/output")
    #expect(inputs == rfc8785Vectors.map { "jcs/input/\($0).json" })
    #expect(outputs == rfc8785Vectors.map { "jcs/output/\($0).json" })
}

@Test func canonicalOutputOfAVectorIsAFixedPoint() throws {
    for name in rfc8785Vectors {
        let expected = try Fixture.bytes("jcs/output/\(name).json")
        #expect(try JSONValue.parse(expected).canonicalBytes() == expected, "\(name)")
    }
}

@Test func membersAreSortedByUTF16CodeUnitsNotByScalars() throws {
    // U+E000 and U+FFFF sort after every supplementary character in UTF-16 (whose surrogates
    // start at 0xD800), although their scalar values and UTF-8 bytes are smaller.
    let keys = ["\u{FFFF}", "\u{E000}", "\u{10000}", "\u{1F600}", "z", "\u{D7FF}", "", "\u{10FFFF}"]
    var object = JSONObject()
    for (index, key) in keys.enumerated() {
        object[key] = .integer(Int64(index))
    }
    let expectedOrder = ["", "z", "\u{D7FF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}", "\u{E000}", "\u{FFFF}"]
    let expected = "{" + expectedOrder.map { key in
        "\"\(key)\":\(keys.firstIndex(of: key) ?? -1)"
    }.joined(separator: ",") + "}"
    #expect(try JSONValue.object(object).canonicalString() == expected)
}

@Test func keyOrderAgreesWithComparingUTF16CodeUnits() {
    let samples = ["", "a", "ab", "b", "é", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFD}",
                   "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}", "a\u{E000}", "a\u{10000}"]
    for lhs in samples {
        for rhs in samples {
            let byUTF16 = lhs.utf16.lexicographicallyPrecedes(rhs.utf16)
            #expect(ExactKey.precedesInUTF16Order(lhs, rhs) == byUTF16, "\(lhs.unicodeScalars.map(\.value)) < \(rhs.unicodeScalars.map(\.value))")
        }
    }
}

@Test func memberOrderDoesNotDependOnInsertionOrder() throws {
    let forward: JSONValue = ["a": 1, "b": [true, nil], "c": ["y": "1", "x": "2"]]
    let backward: JSONValue = ["c": ["x": "2", "y": "1"], "b": [true, nil], "a": 1]
    #expect(try forward.canonicalBytes() == backward.canonicalBytes())
    #expect(try forward.canonicalString() == #"{"a":1,"b":[true,null],"c":{"x":"2","y":"1"}}"#)
}

@Test func canonicallyEquivalentKeysBothSurviveUnnormalised() throws {
    let value: JSONValue = ["\u{C5}": 1, "A\u{30A}": 2]
    #expect(try value.canonicalString() == "{\"A\u{30A}\":2,\"\u{C5}\":1}")
    #expect(try value.canonicalBytes() == [0x7B, 0x22, 0x41, 0xCC, 0x8A, 0x22, 0x3A, 0x32, 0x2C,
                                           0x22, 0xC3, 0x85, 0x22, 0x3A, 0x31, 0x7D])
}

@Test func stringsEscapeOnlyWhatRFC8785Requires() throws {
    let namedEscapes: [UInt8: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
    for byte in UInt8(0)..<0x20 {
        let hex = String(byte, radix: 16)
        let expected = namedEscapes[byte] ?? #"\u00"# + (hex.count == 1 ? "0" + hex : hex)
        #expect(try JSONValue.string(String(Unicode.Scalar(byte))).canonicalString() == "\"\(expected)\"")
    }
    #expect(try JSONValue.string("\"\\").canonicalString() == #""\"\\""#)
    #expect(try JSONValue.string("/\u{7F}\u{2028}\u{2029}é€😀").canonicalString() == "\"/\u{7F}\u{2028}\u{2029}é€😀\"")
}

@Test func integersAreWrittenInPlainDecimal() throws {
    #expect(try JSONValue.array([0, -1, 42, 9_007_199_254_740_991, -9_007_199_254_740_991]).canonicalString()
        == "[0,-1,42,9007199254740991,-9007199254740991]")
}

@Test func integersBeyondTwoToThe53MinusOneAreRefusedWhenBuiltInCode() {
    #expect(throws: JSONError.integerOutOfRange(literal: "9007199254740992", offset: nil)) {
        try JSONValue.integer(9_007_199_254_740_992).canonicalBytes()
    }
    #expect(throws: JSONError.integerOutOfRange(literal: "-9223372036854775808", offset: nil)) {
        try JSONValue.array([["k": .integer(.min)]]).canonicalBytes()
    }
}

@Test func integralDoublesAreWrittenWithoutFractionOrExponent() throws {
    #expect(try JSONValue.array([56.0, -0.0, 1e15, -3.0, 9_007_199_254_740_991.0]).canonicalString()
        == "[56,0,1000000000000000,-3,9007199254740991]")
    #expect(try JSONValue.double(1e21).canonicalString() == "1e+21")
}

/// Below 1e21 such a double would be written as an integer literal that the parser refuses,
/// so a signer could produce entries no verifier accepts.
@Test func integralDoublesBeyondTwoToThe53MinusOneAreRefusedBelow1e21() {
    #expect(throws: JSONError.integerOutOfRange(literal: "9007199254740992", offset: nil)) {
        try JSONValue.double(9_007_199_254_740_992).canonicalBytes()
    }
    #expect(throws: JSONError.integerOutOfRange(literal: "-999999999999999900000", offset: nil)) {
        // The largest double below 1e21, negated.
        try JSONValue.double(Double(bitPattern: 0xC44B_1AE4_D6E2_EF4F)).canonicalBytes()
    }
}

@Test func nonFiniteDoublesAreRefused() {
    for value in [Double.nan, .infinity, -.infinity, .signalingNaN] {
        #expect(throws: JSONError.nonFiniteNumber) { try JSONValue.array([.double(value)]).canonicalBytes() }
    }
}

@Test func emptyContainersAndLiteralsHaveNoWhitespace() throws {
    let value: JSONValue = ["e": [:], "a": [], "n": nil, "t": true, "f": false]
    #expect(try value.canonicalString() == #"{"a":[],"e":{},"f":false,"n":null,"t":true}"#)
}

/// The scanners test eight bytes at a time, so a character needing attention must be found
/// wherever it falls within or after those words.
@Test func charactersNeedingEscapeAreFoundAtEveryPosition() throws {
    let specials: [(raw: String, escaped: String)] = [
        ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1}", #"\u0001"#), ("\u{1F}", #"\u001f"#),
        ("é", "é"), ("😀", "😀"), ("\u{7F}", "\u{7F}"), ("\u{E000}", "\u{E000}"),
    ]
    for (raw, escaped) in specials {
        for position in 0..<24 {
            let before = String(repeating: "a", count: position)
            let after = String(repeating: "b", count: 23 - position)
            let value = JSONValue.string(before + raw + after)
            let canonical = try value.canonicalString()
            #expect(canonical == "\"" + before + escaped + after + "\"", "position \(position)")
            #expect(try JSONValue.parse(canonical) == value, "position \(position)")
        }
    }
}

@Test func largeObjectsAreSortedAndReadBack() throws {
    let keys = (0..<200).map { "key-\($0)-\(["", "é", "\u{E000}", "\u{10000}"][$0 % 4])" }
    var object = JSONObject()
    // Stepping by 7 (coprime to 200) visits every key once, far from sorted order.
    for step in keys.indices {
        let key = keys[step * 7 % keys.count]
        object[key] = .string(key)
    }
    let canonical = try JSONValue.object(object).canonicalString()
    let sortedKeys = keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
    #expect(canonical == "{" + sortedKeys.map { "\"\($0)\":\"\($0)\"" }.joined(separator: ",") + "}")
    #expect(try JSONValue.parse(canonical) == .object(object))
}

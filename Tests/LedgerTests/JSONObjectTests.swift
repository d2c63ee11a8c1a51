import Testing
@testable import Ledger

@Test func keysAreDistinctByExactBytesNotByCanonicalEquivalence() {
    var object = JSONObject()
    object["\u{C5}"] = 1
    object["A\u{30A}"] = 2
    #expect(object.count == 2)
    #expect(object["\u{C5}"] == 1)
    #expect(object["A\u{30A}"] == 2)
    #expect(object["\u{212B}"] == nil)  // ANGSTROM SIGN, also canonically equivalent
}

@Test func throwingInitRefusesARepeatedKey() {
    #expect(throws: JSONError.duplicateKey("k", offset: nil)) {
        try JSONObject(uniqueKeysWithValues: [("k", 1), ("j", 2), ("k", 3)])
    }
}

@Test func throwingInitKeepsCanonicallyEquivalentKeysApart() throws {
    let object = try JSONObject(uniqueKeysWithValues: [("\u{C5}", 1), ("A\u{30A}", 2)])
    #expect(object.keys == ["\u{C5}", "A\u{30A}"])
}

@Test func equalityIgnoresMemberOrder() {
    let forward: JSONObject = ["a": 1, "b": 2]
    let backward: JSONObject = ["b": 2, "a": 1]
    #expect(forward == backward)
    #expect(forward != ["a": 1, "b": 3])
    #expect(forward != ["a": 1])
    #expect(forward != ["a": 1, "b": 2, "c": 3])
}

@Test func equalityComparesKeysByExactBytes() {
    let composed: JSONObject = ["\u{C5}": 1]
    let decomposed: JSONObject = ["A\u{30A}": 1]
    #expect(composed != decomposed)
}

@Test func settingAMemberReplacesAppendsOrRemoves() {
    var object: JSONObject = ["a": 1, "b": 2, "c": 3]
    object["b"] = "two"
    object["d"] = 4
    object["a"] = nil
    object["absent"] = nil
    #expect(object.keys == ["b", "c", "d"])
    #expect(object["b"] == "two")
    #expect(Array(object.map(\.value)) == ["two", 3, 4])
}

@Test func largeObjectsFindReplaceAndRemoveByExactBytes() {
    var object = JSONObject()
    for index in 0..<40 {
        object["k\(index)"] = .integer(Int64(index))
    }
    object["A\u{30A}"] = "decomposed"
    object["\u{C5}"] = "composed"
    object["k7"] = nil
    object["k8"] = "eight"
    #expect(object.count == 41)
    #expect(object["k7"] == nil)
    #expect(object["k8"] == "eight")
    #expect(object["k39"] == 39)
    #expect(object["A\u{30A}"] == "decomposed")
    #expect(object["\u{C5}"] == "composed")
    for index in 0..<30 where index != 7 {
        object["k\(index)"] = nil
    }
    #expect(object.keys == (30..<40).map { "k\($0)" } + ["A\u{30A}", "\u{C5}"])
    #expect(object["k35"] == 35)
}

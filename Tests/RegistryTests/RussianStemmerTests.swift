import Registry
import Testing

/// The Russian stemmer gives, for every word of Snowball's reference vocabulary (49 785
/// words, `Fixtures/snowball/russian.txt`: each word and the reference implementation's
/// stem; BSD licence in `COPYING` beside it), exactly the reference stem; and the searches
/// people make come to one stem.
@Suite struct RussianStemmerTests {
    @Test func everyWordOfTheReferenceVocabularyGetsTheReferenceStem() throws {
        let lines = String(decoding: try RegistryFixture.bytes("snowball/russian.txt"), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 49_785)
        var wrong: [String] = []
        for line in lines {
            let parts = line.split(separator: " ")
            let word = String(parts[0])
            let expected = parts.count > 1 ? String(parts[1]) : ""
            let stem = RussianStemmer.stem(word)
            if stem != expected { wrong.append("\(word): \(stem), not \(expected)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) words differ: \(wrong.prefix(20).joined(separator: "; "))")
    }

    @Test func theFormsPeopleTypeComeToOneStem() {
        for (forms, stem) in [(["город", "городов", "городах", "городам", "города"], "город"),
                              (["Глазове", "Глазова", "Глазову"], "глазов"), (["Глазов"], "глаз"), (["гид", "гида", "ГИДА", "гиды"], "гид"),
                              (["малых", "малые", "малый"], "мал"), (["ёлка", "елка"], "елк")] {
            for form in forms { #expect(RussianStemmer.stem(form) == stem, "\(form)") }
        }
        #expect(RussianStemmer.stem("Glazov") == "glazov" && RussianStemmer.stem("2026") == "2026")
    }
}

import Testing

@testable import Registry

/// The English stemmer gives, for every word of Snowball's reference vocabulary (42 649
/// words, `Fixtures/snowball/english.txt`: each word and the reference implementation's
/// stem; BSD licence in `COPYING` beside it), exactly the reference stem.
@Suite struct EnglishStemmerTests {
    @Test func everyWordOfTheReferenceVocabularyGetsTheReferenceStem() throws {
        let lines = String(decoding: try RegistryFixture.bytes("snowball/english.txt"), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 42_649)
        var wrong: [String] = []
        for line in lines {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            let stem = EnglishStemmer.stem(String(parts[0]))
            if stem != String(parts[1]) { wrong.append("\(parts[0]): \(stem), not \(parts[1])") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) words differ: \(wrong.prefix(20).joined(separator: "; "))")
    }

    @Test func theFormsPeopleTypeComeToOneStem() {
        for (forms, stem) in [(["adopt", "adopted", "adopting", "adoption"], "adopt"), (["city", "cities"], "citi"),
                              (["community", "communities"], "communiti"), (["tourism", "Tourism"], "tourism")] {
            for form in forms { #expect(EnglishStemmer.stem(form) == stem, "\(form)") }
        }
    }
}

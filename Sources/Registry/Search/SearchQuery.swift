/// What a person typed into a search box, reduced to words the full-text index can
/// match: folded the way the index folds its text, each Russian word cut to its stem
/// (`RussianStemmer`, an English one by `EnglishStemmer`) and every word matched as a prefix, so «городов» finds «городам»
/// and «Городская», «Глазове» finds «Глазов», and «цифров» finds «цифровой»; all words
/// required; items with every word in their title come before the others.
///
/// Built only from letters and digits, so no input can reach FTS5's query syntax: a
/// quote, `NEAR`, `*` or a column filter typed by a user is just a separator here.
public struct SearchQuery: Sendable, Hashable {
    public static let maximumCharacters = 200
    public static let maximumWords = 12

    /// The folded words, in the order typed, without repeats.
    public let words: [String]
    /// Each word's matching prefix (`prefix(of:)`), in the same order, worked out once.
    public let prefixes: [String]

    /// Nil when `text` holds no word to search for (empty, or only punctuation).
    public init?(_ text: String) throws(RegistryValidationError) {
        guard text.count <= Self.maximumCharacters else {
            throw RegistryValidationError(field: "q", rule: .tooLong(maximumCharacters: Self.maximumCharacters))
        }
        var words: [String] = []
        for word in Self.fold(text).split(whereSeparator: { !Self.isWordCharacter($0) }).map(String.init)
        where !words.contains(word) {
            words.append(word)
        }
        let meaningful = words.filter { !Self.stopWords.contains($0) }
        let chosen = meaningful.isEmpty ? words : meaningful
        guard !chosen.isEmpty else { return nil }
        guard chosen.count <= Self.maximumWords else {
            throw RegistryValidationError(field: "q", rule: .tooMany(maximum: Self.maximumWords))
        }
        self.words = chosen
        prefixes = chosen.map(Self.prefix(of:))
    }

    /// Where a search finds its words, in the order its results come: items whose
    /// title holds every word, then items that hold them all but not all in the title.
    enum Group: String, CaseIterable, Comparable {
        case title
        case elsewhere

        static func < (lhs: Group, rhs: Group) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// The FTS5 MATCH expression of one group: every word's stem as a quoted prefix term.
    func matchExpression(_ group: Group) -> String {
        let terms = prefixes.map { "\"\($0)\"*" }.joined(separator: " ")
        switch group {
        case .title: return "title : (\(terms))"
        case .elsewhere: return "(\(terms)) NOT title : (\(terms))"
        }
    }

    /// Whether `texts` hold every word of the query as the index would match it: some
    /// word of the texts starts with the word's stem. For the short lists searched in
    /// memory (towns, communities, members).
    public func matches(_ texts: String...) -> Bool {
        let written = texts.flatMap { Self.fold($0).split(whereSeparator: { !Self.isWordCharacter($0) }) }
        return prefixes.allSatisfy { stem in written.contains { $0.hasPrefix(stem) } }
    }

    /// The prefix a folded word is matched by: its stem, by Russian rules for a Cyrillic
    /// word and English ones for a Latin word. The index holds words as written and the
    /// English stem may change letters ("happy" → "happi"), so a Latin word keeps only the
    /// part of its stem it begins with ("happ"): "adopted" finds "adoption", "happy" still
    /// finds "happy".
    public static func prefix(of word: String) -> String {
        if word.unicodeScalars.contains(where: { ("а"..."я").contains($0) }) { return RussianStemmer.stem(word) }
        guard word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "'" }) else { return word }
        return String(zip(word, EnglishStemmer.stem(word)).prefix { $0 == $1 }.map(\.0))
    }

    /// Lowercase, with ё read as е: Russian writes the two interchangeably, and a
    /// search for «ежик» must find «Ёжик». The index folds the same way (in SQL, see
    /// `SearchIndexSchema`) and leaves the rest of case folding to FTS5's tokenizer.
    public static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
    }

    /// A letter or a digit: what words are made of, in queries as in the index.
    public static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Words so common they would match nearly everything; dropped unless the query has nothing else.
    private static let stopWords: Set<String> = [
        "и", "в", "во", "на", "с", "со", "по", "для", "из", "к", "о", "об", "от", "до", "за", "не", "а", "но", "или",
        "the", "a", "an", "and", "or", "of", "in", "on", "for", "to", "with",
    ]
}

/// What a person typed into a search box, reduced to words the full-text index can
/// match: folded the way the index folds its text, each word matched as a prefix (so
/// «цифров» finds «цифровой» and «цифровая»), all words required.
///
/// Built only from letters and digits, so no input can reach FTS5's query syntax: a
/// quote, `NEAR`, `*` or a column filter typed by a user is just a separator here.
public struct SearchQuery: Sendable, Hashable {
    public static let maximumCharacters = 200
    public static let maximumWords = 12

    /// The folded words, in the order typed, without repeats.
    public let words: [String]

    /// Nil when `text` holds no word to search for (empty, or only punctuation).
    public init?(_ text: String) throws(RegistryValidationError) {
        guard text.count <= Self.maximumCharacters else {
            throw RegistryValidationError(field: "q", reason: "must be at most \(Self.maximumCharacters) characters")
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
            throw RegistryValidationError(field: "q", reason: "must have at most \(Self.maximumWords) words")
        }
        self.words = chosen
    }

    /// The FTS5 MATCH expression: every word as a quoted prefix term.
    var matchExpression: String {
        words.map { "\"\($0)\"*" }.joined(separator: " ")
    }

    /// Lowercase, with ё read as е: Russian writes the two interchangeably, and a
    /// search for «ежик» must find «Ёжик». The index folds the same way (in SQL, see
    /// `SearchIndexSchema`) and leaves the rest of case folding to FTS5's tokenizer.
    static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Words so common they would match nearly everything; dropped unless the query has nothing else.
    private static let stopWords: Set<String> = [
        "и", "в", "во", "на", "с", "со", "по", "для", "из", "к", "о", "об", "от", "до", "за", "не", "а", "но", "или",
        "the", "a", "an", "and", "or", "of", "in", "on", "for", "to", "with",
    ]
}

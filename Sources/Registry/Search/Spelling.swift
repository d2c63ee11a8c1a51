import Ledger

/// The typo-tolerant fallback of the search: when a query finds nothing, each of its words
/// that no indexed word begins with is replaced by the indexed word nearest to it — by
/// edit distance (insertions, deletions, substitutions and swaps of neighbours), at most
/// one edit in a word of up to five letters and two in a longer one — among the words of
/// the same first letter and a length within two of it, the more frequent one winning a
/// tie. «Глазв» finds «Глазов», «турзм» finds «туризм».
///
/// The words come from the full-text indexes themselves (FTS5's `fts5vocab` tables over
/// the projects', IP assets' and practices' indexes), so there is nothing to keep up to date.
public struct Spelling: Sendable {
    let database: RegistryDatabase

    public init(database: RegistryDatabase) {
        self.database = database
    }

    /// The vocabulary tables the words are looked up in.
    static let vocabularies = ["project_search_terms", "ip_asset_search_terms", "practice_search_terms"]

    /// The query with its unknown words corrected, or nil when every word is known or no
    /// known word is near enough to an unknown one.
    public func correction(of query: SearchQuery) async throws -> SpellingCorrection? {
        try await database.read { connection in
            var words: [String] = []
            var replacements: [SpellingCorrection.Replacement] = []
            for word in query.words {
                if let corrected = try Self.correction(of: word, connection), corrected != word {
                    replacements.append(.init(typed: word, corrected: corrected))
                    words.append(corrected)
                } else {
                    words.append(word)
                }
            }
            guard !replacements.isEmpty, let corrected = try? SearchQuery(words.joined(separator: " ")) else { return nil }
            return SpellingCorrection(query: corrected, replacements: replacements)
        }
    }

    /// The known word nearest to `word`, or nil when a known word begins with its search
    /// prefix already or none is near enough.
    static func correction(of word: String, _ connection: SQLiteConnection) throws -> String? {
        let letters = Array(word.unicodeScalars)
        guard letters.count >= 3, let first = letters.first else { return nil }
        let prefix = SearchQuery.prefix(of: word)
        for vocabulary in vocabularies {
            let known = try connection.queryFirst("SELECT 1 AS found FROM \(vocabulary) WHERE term >= ? AND term < ? LIMIT 1",
                                                  [.text(prefix), .text(prefix + "\u{10FFFF}")]) { _ in true } ?? false
            if known { return nil }
        }
        let allowed = letters.count <= 5 ? 1 : 2
        var best: (term: String, distance: Int, documents: Int)?
        for vocabulary in vocabularies {
            try connection.forEach("""
                SELECT term, doc FROM \(vocabulary) WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?
                """, [.text(String(first)), .text(String(first) + "\u{10FFFF}"), .int(letters.count - 2), .int(letters.count + 2)]) { row in
                let term = try row.text("term")
                let documents = try row.int("doc")
                if let distance = editDistance(letters, Array(term.unicodeScalars), atMost: allowed),
                   best.map({ distance < $0.distance || (distance == $0.distance && documents > $0.documents) }) ?? true {
                    best = (term, distance, documents)
                }
                return true
            }
        }
        return best?.term
    }

    /// The optimal-string-alignment distance between `a` and `b`, or nil when it is over `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var twoBack: [Int] = []
        var previous: [Int] = []
        var row = Array(0...b.count)
        for i in 1...a.count {
            twoBack = previous
            previous = row
            row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { row[j] = min(row[j], twoBack[j - 2] + 1) }
            }
            // Every later row is at least this row's smallest value.
            if row.min() ?? 0 > limit { return nil }
        }
        return row[b.count] <= limit ? row[b.count] : nil
    }
}

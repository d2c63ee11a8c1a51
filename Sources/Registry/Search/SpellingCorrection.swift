/// A search that found nothing, corrected: the query with each misspelt word replaced by
/// the nearest word the registry's indexes hold, and the words that were replaced.
public struct SpellingCorrection: Hashable, Sendable {
    public let query: SearchQuery
    /// Each replaced word as typed (folded) and its replacement, in the query's order.
    public let replacements: [Replacement]

    public struct Replacement: Hashable, Sendable {
        public let typed: String
        public let corrected: String
    }
}

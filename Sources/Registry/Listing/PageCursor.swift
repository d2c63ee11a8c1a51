/// Where a listing resumes: the sort key of the last item a page returned, so the next
/// page is a keyset query (`WHERE key > cursor`) that costs the same on page 1 and on
/// page 1 000, and never repeats or skips an item because others were added meanwhile.
///
/// Opaque to callers: the server hands it out and takes it back as a string. Which
/// ordering it belongs to travels with it, so a cursor from a search cannot resume a
/// plain listing.
public struct PageCursor: Sendable, Hashable {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    static let separator: Character = "\u{1F}"

    init(ordering: String, key: [String]) {
        rawValue = ([ordering] + key).joined(separator: String(Self.separator))
    }

    /// The key values, if the cursor was made for `ordering` with `count` values.
    func key(ordering: String, count: Int) throws(RegistryValidationError) -> [String] {
        let parts = rawValue.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == count + 1, parts[0] == ordering else {
            throw RegistryValidationError(field: "cursor", rule: .unknownCursor)
        }
        return Array(parts.dropFirst())
    }
}

/// Which page of a listing a caller wants: at most `limit` items, starting after the
/// item a previous page's cursor names (the first page when `after` is nil).
public struct PageRequest: Sendable, Hashable {
    public static let defaultLimit = 50
    public static let maximumLimit = 200

    public let limit: Int
    public let after: PageCursor?

    /// Refuses a limit outside 1…`maximumLimit`, so no request can ask for the whole table.
    public init(limit: Int = PageRequest.defaultLimit, after: PageCursor? = nil) throws(RegistryValidationError) {
        guard (1...Self.maximumLimit).contains(limit) else {
            throw RegistryValidationError(field: "limit", rule: .notInRange(minimum: 1, maximum: Int64(Self.maximumLimit), unit: .number))
        }
        self.limit = limit
        self.after = after
    }
}

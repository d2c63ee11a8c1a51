import Registry

/// One page of a list answer: `{"items": [...], "next_cursor": "..."}`. Cursors are
/// opaque to clients; `limit` defaults to 50 and is capped at 200 (`PageRequest`).
/// Lists that grow with the Union (projects, IP assets, profiles, practices) are paged
/// by the registry in SQL; short lists nested in one record (a project's milestones, a
/// town's audits) and the small registers are paged here, in memory.
public struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    public let items: [Item]
    public let nextCursor: String?

    /// A page the registry made.
    public static func from<Source>(_ page: ListPage<Source>, view: (Source) -> Item) -> Page<Item> {
        Page(items: page.items.map(view), nextCursor: page.next?.token)
    }

    /// Pages through `all`, which must be in a stable order with unique ids.
    public static func of<Source>(_ all: [Source], request: HTTPRequest, id: (Source) -> String,
                                  view: (Source) -> Item) throws -> Page<Item> {
        let page = try request.pageRequest()
        var start = all.startIndex
        if let cursor = page.after {
            guard let index = all.firstIndex(where: { id($0) == cursor.rawValue }) else {
                throw RegistryValidationError(field: "cursor", rule: .unknownCursor)
            }
            start = all.index(after: index)
        }
        let slice = all[start...].prefix(page.limit)
        let more = slice.endIndex < all.endIndex
        return Page(items: slice.map(view), nextCursor: more ? slice.last.map { PageCursor(rawValue: id($0)).token } : nil)
    }
}

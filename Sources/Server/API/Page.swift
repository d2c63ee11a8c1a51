import Foundation

/// One page of a list answer: `{"items": [...], "next_cursor": "..."}`. Cursors are
/// opaque to clients (base64url of the last item's id); `limit` defaults to 50 and is
/// capped at 200.
public struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    public let items: [Item]
    public let nextCursor: String?

    public static var defaultLimit: Int { 50 }
    public static var maximumLimit: Int { 200 }

    /// Pages through `all`, which must be in a stable order with unique ids.
    public static func of<Source>(_ all: [Source], request: HTTPRequest, id: (Source) -> String,
                                  view: (Source) -> Item) throws(APIError) -> Page<Item> {
        let query = try QueryParameters(request)
        var limit = defaultLimit
        if let text = query["limit"] {
            guard let value = Int(text), (1...maximumLimit).contains(value) else {
                throw .validation([.init(pointer: "/limit", detail: "limit must be an integer from 1 to \(maximumLimit).")])
            }
            limit = value
        }
        var start = all.startIndex
        if let cursor = query["cursor"] {
            guard let after = decode(cursor), let index = all.firstIndex(where: { id($0) == after }) else {
                throw .validation([.init(pointer: "/cursor", detail: "cursor is not one this server gave out.")])
            }
            start = all.index(after: index)
        }
        let slice = all[start...].prefix(limit)
        let more = slice.endIndex < all.endIndex
        return Page(items: slice.map(view), nextCursor: more ? slice.last.map { encode(id($0)) } : nil)
    }

    private static func encode(_ id: String) -> String {
        Data(id.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    private static func decode(_ cursor: String) -> String? {
        var text = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return Data(base64Encoded: text).flatMap { String(data: $0, encoding: .utf8) }
    }
}

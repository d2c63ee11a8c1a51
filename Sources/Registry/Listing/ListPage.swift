/// One page of a listing, and the cursor of the next page when there is one.
public struct ListPage<Item: Sendable>: Sendable {
    public let items: [Item]
    public let next: PageCursor?

    public init(items: [Item], next: PageCursor?) {
        self.items = items
        self.next = next
    }
}

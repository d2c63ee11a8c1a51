/// The plain appends gathered for one commit: built one after another on the committed
/// head, signed one at a time while more writers arrive, and the rest on all cores.
///
/// `Ticket` is whatever the writer needs to answer each caller; the batch only carries it.
struct AppendBatch<Ticket> {
    /// A staged entry, its signed form once made, and whom to answer.
    struct Item {
        let ticket: Ticket
        let request: AppendRequest
        let staged: StagedEntry
        var signed: SignedEntry?
    }

    /// The committed head the batch is built on.
    let base: LedgerHead
    private(set) var items: [Item] = []

    init(on base: LedgerHead) {
        self.base = base
    }

    /// The head once every staged entry is appended.
    var head: LedgerHead { items.last?.staged.head ?? base }
    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }

    /// Stages `request` after the entries already staged; throws, leaving the batch as it
    /// was, when the key rules or the entry format refuse it.
    mutating func stage(_ request: AppendRequest, ticket: Ticket, time: LedgerTime) throws {
        let staged = try StagedEntry(request, after: head, time: time)
        items.append(Item(ticket: ticket, request: request, staged: staged, signed: nil))
    }

    /// Whether some staged entry still waits for its signatures.
    var hasUnsigned: Bool { items.contains { $0.signed == nil } }

    /// Signs up to `limit` entries not yet signed, spread over the cores, and returns the
    /// tickets of the requests that failed. An entry whose signer throws is dropped; the
    /// entries after it chained on its bytes, so they are staged again on the entry before
    /// it, unsigned. Call until `hasUnsigned` is false.
    mutating func signStaged(atMost limit: Int = .max, clock: () -> LedgerTime) -> [(ticket: Ticket, error: any Error)] {
        guard let first = items.firstIndex(where: { $0.signed == nil }) else { return [] }
        let window = items[first..<(first + min(limit, items.count - first))].map(\.staged)
        let results = window.concurrentMap { staged in Result { try staged.signed() } }
        for (offset, result) in results.enumerated() {
            switch result {
            case let .success(signed): items[first + offset].signed = signed
            case let .failure(error): return [(items[first + offset].ticket, error)] + drop(first + offset, clock: clock)
            }
        }
        return []
    }

    /// Removes the item at `index` and stages the ones after it again on the one before it.
    private mutating func drop(_ index: Int, clock: () -> LedgerTime) -> [(ticket: Ticket, error: any Error)] {
        let restage = items[(index + 1)...]
        items.removeSubrange(index...)
        var failures: [(ticket: Ticket, error: any Error)] = []
        for item in restage {
            do { try stage(item.request, ticket: item.ticket, time: clock()) }
            catch { failures.append((item.ticket, error)) }
        }
        return failures
    }
}

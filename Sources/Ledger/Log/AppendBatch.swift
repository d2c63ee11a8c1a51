/// The plain appends gathered for one commit: built one after another on the committed
/// head, then signed on all cores while more writers arrive.
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

    /// Signs every entry not yet signed, spread over the cores, and returns the tickets of
    /// the requests that failed. An entry whose signer throws is dropped; the entries after
    /// it chained on its bytes, so they are staged again on the entry before it.
    mutating func signStaged(clock: () -> LedgerTime) -> [(ticket: Ticket, error: any Error)] {
        var failures: [(ticket: Ticket, error: any Error)] = []
        while let first = items.firstIndex(where: { $0.signed == nil }) {
            let unsigned = items[first...].map(\.staged)
            let results = unsigned.concurrentMap { staged in Result { try staged.signed() } }
            var broken: Int?
            for (offset, result) in results.enumerated() {
                switch result {
                case let .success(signed): items[first + offset].signed = signed
                case let .failure(error):
                    failures.append((items[first + offset].ticket, error))
                    broken = first + offset
                }
                if broken != nil { break }
            }
            guard let broken else { break }
            let restage = items[(broken + 1)...]
            items.removeSubrange(broken...)
            for item in restage {
                do { try stage(item.request, ticket: item.ticket, time: clock()) }
                catch { failures.append((item.ticket, error)) }
            }
        }
        return failures
    }
}

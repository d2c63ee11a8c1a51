/// An id, hash or key where it is the point (a contract's number, a receipt, a ledger
/// entry): shortened for reading, whole in its tooltip, and copied whole by its button
/// (the button shows only where script runs; `/assets/copy.js`).
enum Identifier {
    /// Characters kept before the ellipsis.
    static let shownLength = 12

    static func shown(_ id: String, language: Language) -> HTML {
        let short = id.count > shownLength + 2 ? String(id.prefix(shownLength)) + "…" : id
        return .group([
            .tag("code", [("class", "id"), ("title", id)], .text(short)),
            .tag("button", [("type", "button"), ("class", "copy"), ("data-copy", id), ("aria-label", "\(language(.copy)) \(id)")],
                 .text(language(.copy))),
        ])
    }
}

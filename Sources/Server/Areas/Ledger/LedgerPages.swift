import Ledger
import Registry

/// The ledger explorer: the latest entries a page at a time, the signed checkpoint, and
/// one entry with its canonical bytes, signatures and inclusion proof, so that anyone
/// can check a record with standard tools without trusting this page.
struct LedgerPages {
    static let pageSize = 50

    /// Entries and checkpoints are read beside the registry; proofs come from the
    /// ledger's proof reader. Neither asks the writer for anything.
    let database: RegistryDatabase
    let layout: PageLayout

    func list(before: Int?) async throws -> HTML {
        let language = layout.language
        let (size, start, end, entries, checkpoint) = try await database.read { connection in
            let records = LedgerRecords(connection)
            let size = try records.size()
            let end = min(max(before ?? size, 0), size)
            let start = max(0, end - Self.pageSize)
            return (size, start, end, try records.headings(from: start, limit: end - start).reversed(), try records.latestCheckpoint())
        }
        var navigation: [HTML] = []
        if start > 0 { navigation.append(.tag("a", [("href", "/ledger?before=\(start)")], .text(language(.previous)))) }
        if end < size { navigation.append(.tag("a", [("href", "/ledger?before=\(min(size, end + Self.pageSize))")], .text(language(.next)))) }
        return layout.page(title: "\(language(.ledger)) — Glocal", body: [
            .tag("h1", [], .text(language(.ledger))),
            .tag("p", [("class", "muted")], .text(language(.ledgerSubtitle))),
            .tag("h2", [], .text(language(.checkpoint))),
            .tag("pre", [], .text(checkpoint?.serialized() ?? "")),
            .tag("h2", [], .text(language(.entries))),
            .tag("table", [], .tag("thead", [], .tag("tr", [], children: [language(.entry), language(.kind), language(.time)].map {
                .tag("th", [("scope", "col")], .text($0))
            })), .tag("tbody", [], children: entries.map { heading in
                .tag("tr", [], .tag("td", [("class", "number")], .tag("a", [("href", "/ledger/\(heading.seq)")], .text(String(heading.seq)))),
                     .tag("td", [], .text(CodeNames(language: language).entryKind(heading.kind)), .text(" "),
                          .tag("code", [], .text(heading.kind.name))),
                     .tag("td", [], .text(heading.time)))
            })),
            .tag("p", [], children: navigation),
        ])
    }

    func entry(_ seq: Int) async throws -> HTML {
        let language = layout.language
        let (size, signed) = try await database.read { connection in
            let records = LedgerRecords(connection)
            let size = try records.size()
            return (size, (0..<size).contains(seq) ? try records.entry(seq) : nil)
        }
        guard let signed else { throw APIError.notFound(detail: language(.notFound)) }
        let ledger = database.ledger
        let proof = try await ledger.inclusionProof(seq: seq, treeSize: size)
        let root = try await ledger.rootHash(treeSize: size)
        return layout.page(title: "\(language(.entry)) \(seq) — Glocal", body: [
            layout.breadcrumbs([(language(.ledger), "/ledger")], here: "\(language(.entry)) \(seq)"),
            .tag("h1", [], .text("\(language(.entry)) \(seq): \(CodeNames(language: language).entryKind(signed.entry.kind))")),
            .tag("p", [("class", "muted")], .tag("code", [], .text(signed.entry.kind.name))),
            .tag("h2", [], .text(language(.canonicalBytes))),
            .tag("pre", [], .text(String(decoding: signed.canonicalBytes, as: UTF8.self))),
            .tag("dl", [], children: [
                .tag("dt", [], .text(language(.entryHash))), .tag("dd", [], .tag("code", [], .text(signed.hash.hex))),
                .tag("dt", [], .text(language(.author))), .tag("dd", [], .tag("code", [], .text(signed.entry.author.hex))),
                .tag("dt", [], .text(language(.treeSize))), .tag("dd", [], .text(String(size))),
                .tag("dt", [], .text(language(.rootHash))), .tag("dd", [], .tag("code", [], .text(root.hex))),
            ]),
            .tag("h2", [], .text(language(.signatures))),
            .tag("ul", [], children: signed.signatures.map { signature in
                .tag("li", [], .tag("code", [], .text("\(signature.keyID.hex): \(signature.signature.hex)")))
            }),
            .tag("h2", [], .text(language(.inclusionProof))),
            .tag("ol", [], children: proof.hashes.map { .tag("li", [], .tag("code", [], .text($0.hex))) }),
            .tag("p", [("class", "muted")], .text(language(.verifyYourself))),
            .tag("p", [], .tag("a", [("href", "/api/v1/ledger/entries/\(seq)/tlog-proof")], .text(language(.tlogProofLink))),
                 .text(" · "), .tag("a", [("href", LogTileRoutes.prefix + "/checkpoint")], .text(language(.tiledLogLink)))),
            .tag("p", [], .tag("a", [("href", "/ledger?before=\(seq + 1)")], .text(language(.ledger)))),
        ])
    }
}

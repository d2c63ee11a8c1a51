import Registry

/// Where a mirrored record comes from, in a line a reader can follow: the node that
/// registered it, the entry of that node's log (linked to its page there), and how many
/// witnesses this node trusts cosigned the checkpoint the mirror verified.
enum ProvenanceLine {
    static func html(_ provenance: Provenance, language: Language) -> HTML {
        .tag("span", [("class", "muted")],
             .text("\(language(.fromNode)) \(provenance.origin) · "),
             .tag("a", [("href", provenance.entryURL)], .text("\(language(.entryNumber)) № \(provenance.seq)")),
             .text(" · \(language(.witnessCosignatures)): \(provenance.cosignedBy.count)"))
    }
}

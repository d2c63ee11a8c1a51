/// What `Ledger.append` was asked to add: everything needed to build and sign the entry
/// once its place in the chain is known.
struct AppendRequest: Sendable {
    let kind: EntryKind
    let payload: JSONObject
    let author: any EntrySigner
    let cosigners: [any EntrySigner]
}

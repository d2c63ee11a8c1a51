/// What the registry refuses and why, in a form both a client and a page can use: a stable
/// code a client tells refusals apart by, the request field at fault when there is one,
/// and an English sentence for the API's `detail`. Each refusal is a typed case carrying
/// what a person needs to put things right (the stage a record is in, the hours left, the
/// limit), so a page says it in its reader's language from the case, not from the sentence.
public protocol Refusal: Error, Sendable, CustomStringConvertible {
    /// A stable, kebab-case name of this refusal (`judge-not-assigned`).
    var code: String { get }
    /// The request's field at fault, as the API names it (`slots/2/project_id`), if any.
    var field: String? { get }
    /// The refusal in an English sentence, for the API's `detail` and for logs.
    var english: String { get }
}

extension Refusal {
    public var field: String? { nil }
    public var description: String { english }
}

/// A freshly created API token: `secret` (`glc_` + 43 base64url characters) goes in
/// `Authorization: Bearer` and is shown to its owner this once; the node keeps only
/// its hash.
public struct NewAPIToken: Sendable, CustomStringConvertible {
    public let secret: String
    public let token: APIToken

    /// Leaves the secret out, so that logging the value cannot leak it.
    public var description: String { "NewAPIToken(\(token.id), name: \(token.name))" }
}

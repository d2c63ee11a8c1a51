/// Bounds on what the parser will accept, so hostile input cannot exhaust memory or the stack.
///
/// Ledger entries are a few hundred bytes and a handful of levels deep; the defaults leave
/// generous room for that while refusing inputs that only an attacker would send.
public struct JSONLimits: Sendable, Equatable {
    /// Deepest nesting of arrays and objects accepted; a top-level `[]` is depth 1.
    public var maxDepth: Int
    /// Longest input accepted, in bytes.
    public var maxBytes: Int

    public init(maxDepth: Int = 64, maxBytes: Int = 1 << 20) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
    }

    /// 64 levels and 1 MiB.
    public static let `default` = JSONLimits()
}

/// What a registered key may do. A `node` key belongs to the Union's server: it signs
/// checkpoints, timestamps deposits and registers or revokes other keys. A `member`
/// key belongs to one member (an opaque registry ID) and signs that member's acts.
public enum KeyRole: String, Sendable, CaseIterable {
    case node
    case member
}

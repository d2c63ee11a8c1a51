/// Whether a class of shares carries preferences; the Open Cap Table Format's `class_type`.
public enum ShareClassKind: String, Hashable, Sendable {
    case common
    case preferred
}

/// The failure of a followed node's last round, in the reader's language, by its code
/// (`MirrorFailure.code`).
enum FederationFailureWords {
    static func phrase(code: String) -> Phrase {
        switch code {
        case "unreachable": .nodeUnreachable
        case "not_signed": .nodeNotSigned
        case "smaller_than_mirrored": .nodeSmallerThanMirrored
        case "fork": .nodeForked
        case "inconsistent": .nodeInconsistent
        default: .nodeServedMalformed
        }
    }
}

import Ledger

/// Why a member key could not be created, registered or used to sign, in words that say
/// what to do next.
public enum MemberKeyError: Error, Equatable, Sendable, CustomStringConvertible {
    case noCustodialKey(MemberID)
    case notTheMembersKey(KeyID, MemberID)
    case keyNotActive(KeyID)
    case invalidSignature(KeyID)
    case invalidProof
    case invalidPublicKey(String)

    public var description: String {
        switch self {
        case let .noCustodialKey(member):
            "Member \(member) has no key held by the node: create one (POST …/keys with {\"custodial\": true}) or sign with your own key."
        case let .notTheMembersKey(key, member): "Key \(key) is not registered to member \(member)."
        case let .keyNotActive(key): "Key \(key) is not registered or has been revoked."
        case let .invalidSignature(key): "The signature by key \(key) does not match the statement; sign its exact canonical bytes."
        case .invalidProof: "The proof does not match: sign the canonical bytes of {\"act\":\"key.register\",\"public_key\":…,\"signer\":…} with the key being registered."
        case let .invalidPublicKey(reason): "The public key is refused: \(reason)."
        }
    }
}

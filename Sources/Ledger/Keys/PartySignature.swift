/// A member's own signature inside an entry's payload, for acts that need the member's
/// consent and not only the node's word: signing a contract, transferring shares,
/// attesting a milestone.
///
/// The member signs the payload itself, without this member (`party_signature`): the
/// canonical bytes of everything else the payload says, which must include `act` (the
/// entry's kind, so a signature for one act cannot be replayed as another) and `signer`
/// (the member's registry id). The node then appends the entry as its author. The
/// signature does not cover `seq`, `prev` or `time`, which the member cannot know in
/// advance; the payload's own ids (a contract and its terms hash, a transfer's id) make
/// it unique. `KeyDirectory.admit` checks it on append and on verification alike.
public struct PartySignature: Sendable, Equatable {
    public static let payloadKey = "party_signature"

    public let keyID: KeyID
    public let signature: Ed25519Signature

    public init(keyID: KeyID, signature: Ed25519Signature) {
        self.keyID = keyID
        self.signature = signature
    }

    /// `{"key_id": "<hex>", "signature": "<hex>"}`.
    public var json: JSONValue {
        ["key_id": .string(keyID.hex), "signature": .string(signature.hex)]
    }

    public init(json: JSONValue) throws(LedgerError) {
        guard let object = json.objectValue, object.count == 2,
              let keyText = object["key_id"]?.stringValue, let key = try? KeyID(hex: keyText),
              let signatureText = object["signature"]?.stringValue, let signature = try? Ed25519Signature(hex: signatureText) else {
            throw .invalidPartySignature(reason: "party_signature must be {\"key_id\": 64 hex digits, \"signature\": 128 hex digits}")
        }
        self.init(keyID: key, signature: signature)
    }

    /// The bytes a member signs for `payload`: its canonical form without `party_signature`.
    public static func statementBytes(of payload: JSONObject) throws(LedgerError) -> [UInt8] {
        do {
            let statement = try JSONObject(uniqueKeysWithValues: payload.filter { $0.key != payloadKey })
            return try JSONValue.object(statement).canonicalBytes()
        } catch {
            throw .invalidJSON(error)
        }
    }

    /// Checks the party signature `entry` carries, if any, against the keys registered before it.
    static func check(_ entry: Entry, keys: KeyDirectory) throws(LedgerError) {
        guard let value = entry.payload[payloadKey] else { return }
        let party = try PartySignature(json: value)
        guard entry.payload["act"]?.stringValue == entry.kind.name else {
            throw .invalidPartySignature(reason: "a payload with party_signature must name its act, \"\(entry.kind.name)\"")
        }
        guard let signer = entry.payload["signer"]?.stringValue else {
            throw .invalidPartySignature(reason: "a payload with party_signature must name its signer")
        }
        let key = try keys.activeKey(party.keyID)
        guard key.registration.role == .member, key.registration.holder == signer else {
            throw .invalidPartySignature(reason: "key \(party.keyID) is not a member key of \(signer)")
        }
        guard key.publicKey.isValidSignature(party.signature, for: try statementBytes(of: entry.payload)) else {
            throw .invalidPartySignature(reason: "the signature by key \(party.keyID) does not match the payload")
        }
    }
}

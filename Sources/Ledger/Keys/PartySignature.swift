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
///
/// An act that needs several members' consent (a new split of an IP asset takes rights
/// from some holders and gives them to others) carries `signers`, the members' ids, and
/// `party_signatures`, one signature per signer in that order, each over the payload
/// without `party_signatures`.
public struct PartySignature: Sendable, Equatable {
    public static let payloadKey = "party_signature"
    /// The payload member holding several members' signatures, in the order of `signers`.
    public static let severalPayloadKey = "party_signatures"

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

    /// The bytes a member signs for `payload`: its canonical form without `party_signature`
    /// or `party_signatures`.
    public static func statementBytes(of payload: JSONObject) throws(LedgerError) -> [UInt8] {
        do {
            let statement = try JSONObject(uniqueKeysWithValues: payload.filter { $0.key != payloadKey && $0.key != severalPayloadKey })
            return try JSONValue.object(statement).canonicalBytes()
        } catch {
            throw .invalidJSON(error)
        }
    }

    /// Checks the party signature or signatures `entry` carries, if any, against the keys
    /// registered before it.
    static func check(_ entry: Entry, keys: KeyDirectory) throws(LedgerError) {
        let single = entry.payload[payloadKey]
        let several = entry.payload[severalPayloadKey]
        guard single != nil || several != nil else { return }
        guard single == nil || several == nil else {
            throw .invalidPartySignature(reason: "a payload holds party_signature or party_signatures, not both")
        }
        guard entry.payload["act"]?.stringValue == entry.kind.name else {
            throw .invalidPartySignature(reason: "a payload with party signatures must name its act, \"\(entry.kind.name)\"")
        }
        let statement = try statementBytes(of: entry.payload)
        if let single {
            guard let signer = entry.payload["signer"]?.stringValue else {
                throw .invalidPartySignature(reason: "a payload with party_signature must name its signer")
            }
            try PartySignature(json: single).check(statement, by: signer, keys: keys)
            return
        }
        guard let signers = entry.payload["signers"]?.arrayValue?.compactMap(\.stringValue), !signers.isEmpty,
              signers.count == entry.payload["signers"]?.arrayValue?.count, Set(signers).count == signers.count else {
            throw .invalidPartySignature(reason: "a payload with party_signatures must name its signers, each once")
        }
        guard let signatures = several?.arrayValue, signatures.count == signers.count else {
            throw .invalidPartySignature(reason: "party_signatures must hold one signature per signer, in the signers' order")
        }
        for (signer, signature) in zip(signers, signatures) {
            try PartySignature(json: signature).check(statement, by: signer, keys: keys)
        }
    }

    /// Refuses the signature unless an active member key of `signer` made it over `statement`.
    private func check(_ statement: [UInt8], by signer: String, keys: KeyDirectory) throws(LedgerError) {
        let key = try keys.activeKey(keyID)
        guard key.registration.role == .member, key.registration.holder == signer else {
            throw .invalidPartySignature(reason: "key \(keyID) is not a member key of \(signer)")
        }
        guard key.publicKey.isValidSignature(signature, for: statement) else {
            throw .invalidPartySignature(reason: "the signature by key \(keyID) does not match the payload")
        }
    }
}

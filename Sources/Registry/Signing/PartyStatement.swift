import Ledger

/// What a member signs to consent to an act: the payload of the act's ledger entry
/// without its `party_signature`, naming the act (the entry kind) and the signer (the
/// member id). A client holding its own key signs `canonicalBytes`; the node signs them
/// with the member's custodial key; either way the signature then travels inside the
/// payload, where `KeyDirectory` checks it on append and anyone can check it later.
public struct PartyStatement: Sendable, Equatable {
    /// The payload without the signature, `act` and `signer` included.
    public let payload: JSONObject

    /// `fields` must name the `signer`; `act` is added.
    public init(act: EntryKind, signer: MemberID, fields: JSONObject) throws {
        var members = fields.filter { $0.key != "act" && $0.key != "signer" && $0.key != PartySignature.payloadKey }
            .map { ($0.key, $0.value) }
        members.append(("act", .string(act.name)))
        members.append(("signer", .string(signer.rawValue)))
        payload = try JSONObject(uniqueKeysWithValues: members)
    }

    public var act: String? { payload["act"]?.stringValue }

    /// The exact bytes the member's key signs.
    public var canonicalBytes: [UInt8] {
        get throws { try PartySignature.statementBytes(of: payload) }
    }

    /// The entry payload: the statement and the signature beside it.
    public func signed(by signature: PartySignature) throws -> JSONObject {
        try JSONObject(uniqueKeysWithValues: payload.map { ($0.key, $0.value) } + [(PartySignature.payloadKey, signature.json)])
    }
}

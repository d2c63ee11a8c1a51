/// The payload of a `key.register` entry. `holder` is an opaque registry ID, never a
/// name; `custodial` says whether the node holds the private key for the member.
public struct KeyRegistration: Sendable, Equatable {
    public let publicKey: Ed25519PublicKey
    public let role: KeyRole
    public let holder: String
    public let custodial: Bool

    public var keyID: KeyID { publicKey.keyID }

    public init(publicKey: Ed25519PublicKey, role: KeyRole, holder: String, custodial: Bool) throws(LedgerError) {
        guard OpaqueID.isValid(holder) else {
            throw .invalidKeyPayload(reason: "holder must be an opaque ID of 1–64 characters from A–Z a–z 0–9 . _ : -")
        }
        self.publicKey = publicKey
        self.role = role
        self.holder = holder
        self.custodial = custodial
    }

    public var payload: JSONObject {
        [
            "key_id": .string(keyID.hex),
            "public_key": .string(publicKey.hex),
            "role": .string(role.rawValue),
            "holder": .string(holder),
            "custodial": .bool(custodial),
        ]
    }

    public init(payload: JSONObject) throws(LedgerError) {
        try OpaqueID.requireFields(["key_id", "public_key", "role", "holder", "custodial"], in: payload)
        guard let keyText = payload["public_key"]?.stringValue, Hex.isLowercase(keyText),
              let key = try? Ed25519PublicKey(hex: keyText) else {
            throw .invalidKeyPayload(reason: "public_key must be 64 lowercase hex digits")
        }
        guard payload["key_id"]?.stringValue == key.keyID.hex else {
            throw .invalidKeyPayload(reason: "key_id must be the SHA-256 of the public key, \(key.keyID)")
        }
        guard let roleText = payload["role"]?.stringValue, let role = KeyRole(rawValue: roleText) else {
            throw .invalidKeyPayload(reason: "role must be one of \(KeyRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let holder = payload["holder"]?.stringValue else { throw .invalidKeyPayload(reason: "holder must be a string") }
        guard let custodial = payload["custodial"]?.boolValue else { throw .invalidKeyPayload(reason: "custodial must be true or false") }
        try self.init(publicKey: key, role: role, holder: holder, custodial: custodial)
    }
}

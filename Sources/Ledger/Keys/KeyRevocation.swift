/// The payload of a `key.revoke` entry: from the next entry on, the key may neither
/// author nor co-sign. Entries it signed before stay valid.
public struct KeyRevocation: Sendable, Equatable {
    /// Why a key was withdrawn; recorded so auditors can tell rotation from compromise.
    public enum Reason: String, Sendable, CaseIterable {
        case rotated, compromised, retired
    }

    public let keyID: KeyID
    public let reason: Reason

    public init(keyID: KeyID, reason: Reason) {
        self.keyID = keyID
        self.reason = reason
    }

    public var payload: JSONObject {
        ["key_id": .string(keyID.hex), "reason": .string(reason.rawValue)]
    }

    public init(payload: JSONObject) throws(LedgerError) {
        try OpaqueID.requireFields(["key_id", "reason"], in: payload)
        guard let text = payload["key_id"]?.stringValue, let keyID = try? KeyID(hex: text) else {
            throw .invalidKeyPayload(reason: "key_id must be 64 lowercase hex digits")
        }
        guard let reasonText = payload["reason"]?.stringValue, let reason = Reason(rawValue: reasonText) else {
            throw .invalidKeyPayload(reason: "reason must be one of \(Reason.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.init(keyID: keyID, reason: reason)
    }
}

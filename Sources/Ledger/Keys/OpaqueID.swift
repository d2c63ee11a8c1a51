/// The rules for the opaque identifiers that stand for persons and organisations in
/// the ledger. The narrow alphabet keeps names, e-mails and phone numbers out.
public enum OpaqueID {
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return (1...64).contains(bytes.count) && bytes.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
        }
    }

    static func requireFields(_ names: Set<String>, in payload: JSONObject) throws(LedgerError) {
        let present = Set(payload.map(\.key))
        guard present == names else {
            throw .invalidKeyPayload(reason: "fields must be exactly \(names.sorted().joined(separator: ", "))")
        }
    }
}

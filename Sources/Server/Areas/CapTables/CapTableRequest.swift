import Ledger
import Registry

/// Reads a request body as a cap table event. The body is the event's own payload (the
/// fields the ledger entry will hold), read by the engine's payload reader, so the API and
/// the ledger share one set of field names. The path names the type where it is fixed;
/// the server chooses an id when the body has none.
enum CapTableRequest {
    /// The types the Union records alone, through `POST …/cap-table/events`.
    static let unionTypes = ["create_share_class", "change_authorised", "issue_shares", "grant_option", "cancel_option",
                             "priced_round"]

    /// The event `body` describes; `type` overrides the body's when the path fixes it, and
    /// `fields` adds what the server supplies (a transfer's `signed_by`).
    static func event(from body: JSONObject, type: String? = nil, fields: JSONObject = [:]) throws -> CapTableEvent {
        var payload = body
        payload["signature"] = nil
        payload["key_id"] = nil
        if let type { payload["type"] = .string(type) }
        for (key, value) in fields { payload[key] = value }
        switch payload["id"] {
        case nil:
            payload["id"] = .string("ev_" + Hex.encode(try SecureRandom.bytes(16)))
        case let .string(id)? where isValidID(id):
            break
        default:
            throw APIError.validation([.init(pointer: "/id", detail: "id must be 1 to 64 letters, digits, '_', '-' or '.'.")])
        }
        return try CapTableEvent(payload: .object(payload))
    }

    /// An event the Union records alone, its type among `unionTypes`.
    static func unionEvent(from body: JSONObject) throws -> CapTableEvent {
        guard let type = body["type"]?.stringValue, unionTypes.contains(type) else {
            let list = unionTypes.joined(separator: ", ")
            throw APIError.validation([.init(pointer: "/type", detail: "type must be one of \(list); exercises, attestations and transfers have their own paths.")])
        }
        return try event(from: body)
    }

    /// The member signature a body carries, if any, as `{"key_id", "signature"}` in hex.
    static func signature(in body: JSONObject) throws(APIError) -> PartySignature? {
        guard let value = body["signature"] else { return nil }
        guard let signature = try? PartySignature(json: value) else {
            throw .validation([.init(pointer: "/signature",
                                     detail: "signature must be {\"key_id\": 64 hex digits, \"signature\": 128 hex digits}.")])
        }
        return signature
    }

    private static func isValidID(_ id: String) -> Bool {
        (1...64).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(byte)
        }
    }
}

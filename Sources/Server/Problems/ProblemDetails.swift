import Foundation

/// An RFC 9457 problem document: the one shape every API error takes, so a client
/// handles failures by `type` and shows `detail` to a person.
public struct ProblemDetails: Codable, Sendable, Equatable {
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    public var instance: String?
    /// Validation failures, one per offending field.
    public var errors: [FieldError]?
    /// For a conflict with an earlier record: which one, so the client can go to it.
    public var existing: ExistingRecord?
    /// For an act the record's state refuses: the state it is in, the one asked for, and
    /// those in which the act is possible (or to which it may move).
    public var current: String?
    public var requested: String?
    public var allowed: [String]?
    /// For a registry refusal: its stable name (`judge-not-assigned`), so a client tells
    /// refusals of one type apart without reading `detail`.
    public var code: String?

    /// One invalid field of a request body or query: a JSON Pointer and what is wrong.
    public struct FieldError: Codable, Sendable, Equatable {
        public var pointer: String
        public var detail: String

        public init(pointer: String, detail: String) {
            self.pointer = pointer
            self.detail = detail
        }
    }

    /// The record a refused request collides with: its id and the ledger entry that made it.
    public struct ExistingRecord: Codable, Sendable, Equatable {
        public var id: String
        public var ledgerSeq: Int

        public init(id: String, ledgerSeq: Int) {
            self.id = id
            self.ledgerSeq = ledgerSeq
        }

        enum CodingKeys: String, CodingKey {
            case id
            case ledgerSeq = "ledger_seq"
        }
    }

    /// The base of every problem type URI; each type is documented in docs/api.md.
    public static let typeBase = "https://glocal.example/problems/"

    /// A problem of one of Glocal's documented types, with the type's status and title.
    public init(_ type: ProblemType, detail: String, instance: String? = nil, errors: [FieldError]? = nil) {
        self.init(type: ProblemDetails.typeBase + type.rawValue, title: type.title, status: type.status, detail: detail,
                  instance: instance, errors: errors)
    }

    private init(type: String, title: String, status: HTTPStatus, detail: String, instance: String?, errors: [FieldError]?) {
        self.type = type
        self.title = title
        self.status = status.code
        self.detail = detail
        self.instance = instance
        self.errors = errors
    }

    /// A protocol-level problem with no meaning beyond its status (RFC 9457 §4.2.1).
    public static func plain(_ status: HTTPStatus, detail: String) -> ProblemDetails {
        ProblemDetails(type: "about:blank", title: status.reasonPhrase, status: status, detail: detail, instance: nil, errors: nil)
    }

    public func response(headers extra: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
        var headers = extra
        headers.set("Content-Type", "application/problem+json")
        headers.set("Cache-Control", "no-store")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(self)).map { Array($0) } ?? Array(#"{"status":\#(status)}"#.utf8)
        return HTTPResponse(status: HTTPStatus(code: status), headers: headers, body: .bytes(body))
    }
}

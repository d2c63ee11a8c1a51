import Ledger

extension HTTPResponse {
    /// A JSON response written canonically (RFC 8785) from a value built field by field: for
    /// bodies that embed ledger payloads or files, whose keys must pass through unchanged.
    static func json(_ value: JSONValue, status: HTTPStatus = .ok) throws -> HTTPResponse {
        HTTPResponse(status: status, contentType: "application/json", body: try value.canonicalBytes())
    }
}

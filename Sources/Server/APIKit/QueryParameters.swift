/// The decoded `name=value` pairs of a request's query string; a component that is not
/// valid percent-encoding makes the whole query a 400.
public struct QueryParameters: Sendable {
    private let pairs: [(String, String)]

    public init(_ request: HTTPRequest) throws(APIError) {
        var pairs: [(String, String)] = []
        for component in (request.queryString ?? "").split(separator: "&") {
            let parts = component.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = PercentDecoding.decode(parts[0], plusAsSpace: true),
                  let value = parts.count == 2 ? PercentDecoding.decode(parts[1], plusAsSpace: true) : "" else {
                throw APIError.badRequest(detail: "The query string is not valid percent-encoded UTF-8.")
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    public subscript(name: String) -> String? {
        pairs.first { $0.0 == name }?.1
    }

    /// The value of the parameter `name` (an id, a code, a date), read as `FieldTextDecoder`
    /// reads a field, so text it refuses is a 422 pointing at `/name`; nil when the query has none.
    func value<Value: Decodable>(_ name: String, as type: Value.Type = Value.self) throws -> Value? {
        try self[name].map { try FieldTextDecoder.decode(Value.self, from: $0, field: name) }
    }
}

/// A request method (RFC 9110 §9). Any token is a syntactically valid method; the
/// router decides which it serves: 405 with `Allow` for a method the HTTP standards define
/// that a resource does not serve, 501 for a method it does not know at all.
public struct HTTPMethod: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let head = HTTPMethod(rawValue: "HEAD")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let patch = HTTPMethod(rawValue: "PATCH")
    public static let delete = HTTPMethod(rawValue: "DELETE")
    public static let options = HTTPMethod(rawValue: "OPTIONS")
    public static let trace = HTTPMethod(rawValue: "TRACE")
    public static let connect = HTTPMethod(rawValue: "CONNECT")
    public static let query = HTTPMethod(rawValue: "QUERY")

    /// The methods this server implements.
    public static let implemented: Set<HTTPMethod> = [.get, .head, .post, .put, .patch, .delete, .options]
    /// The methods RFC 9110 and RFC 5789 define, and QUERY, which the IETF's HTTP working
    /// group is defining: one the server serves on no resource (TRACE, CONNECT, QUERY) is
    /// still known, and refused with 405; others get 501.
    public static let standard: Set<HTTPMethod> = implemented.union([.trace, .connect, .query])

    public var description: String { rawValue }
}

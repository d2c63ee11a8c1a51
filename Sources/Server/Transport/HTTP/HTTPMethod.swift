/// A request method (RFC 9110 §9). Any token is a syntactically valid method; the
/// router decides which it serves and answers 501 for methods it does not know.
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

    /// The methods this server implements; others get 501 Not Implemented.
    public static let implemented: Set<HTTPMethod> = [.get, .head, .post, .put, .patch, .delete, .options]

    public var description: String { rawValue }
}

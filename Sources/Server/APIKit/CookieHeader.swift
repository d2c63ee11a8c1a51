/// Reads cookies from `Cookie` headers and writes `Set-Cookie` values (RFC 6265).
public enum CookieHeader {
    public static func value(of name: String, in headers: HTTPHeaders) -> String? {
        for header in headers.values(for: "Cookie") {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingSpaces == name[...] { return String(parts[1].trimmingSpaces) }
            }
        }
        return nil
    }

    /// A `Set-Cookie` value: always `HttpOnly`, `SameSite=Lax` and `Path=/`; `Secure` under TLS.
    public static func setCookie(name: String, value: String, maxAgeSeconds: Int, secure: Bool) -> String {
        var text = "\(name)=\(value); Path=/; Max-Age=\(maxAgeSeconds); HttpOnly; SameSite=Lax"
        if secure { text += "; Secure" }
        return text
    }
}

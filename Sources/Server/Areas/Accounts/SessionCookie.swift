import Ledger
import Registry

/// The session cookie a sign-in sets and a sign-out clears, the same for the API and
/// the pages: one place decides its lifetime and flags.
enum SessionCookie {
    /// Sets the cookie of a new session on `response`, living as long as the session.
    static func set(_ session: NewSession, on response: inout HTTPResponse, for request: HTTPRequest) {
        let seconds = max(0, (session.expiresAt.millisecondsSinceEpoch - LedgerTime.now().millisecondsSinceEpoch) / 1000)
        response.headers.add("Set-Cookie", CookieHeader.setCookie(
            name: AuthenticationMiddleware.sessionCookie, value: session.sessionToken, maxAgeSeconds: Int(seconds),
            secure: request.isSecure))
    }

    /// Ends the request's session, if it has one, and clears the cookie on `response`.
    static func end(_ request: HTTPRequest, accounts: Accounts, on response: inout HTTPResponse) async throws {
        if let token = CookieHeader.value(of: AuthenticationMiddleware.sessionCookie, in: request.headers) {
            try await accounts.logout(sessionToken: token)
        }
        response.headers.add("Set-Cookie", CookieHeader.setCookie(
            name: AuthenticationMiddleware.sessionCookie, value: "", maxAgeSeconds: 0, secure: request.isSecure))
    }
}

import Foundation
@testable import Server

/// Speaks JSON to a test server over one keep-alive connection, carrying the session
/// cookie and CSRF token once signed in. Every POST carries an `Idempotency-Key` of its
/// own unless the test gives one, as a careful client's would, so every test of a create
/// also checks that the create keeps its answer with its write (`TestApplication.remove`).
final class APIClient: @unchecked Sendable {
    let connection: RawClient
    var sessionCookie: String?
    var csrfToken: String?
    var bearer: String?

    init(port: Int) throws {
        connection = try RawClient(port: port)
    }

    func send(_ method: String, _ path: String, json: String? = nil, contentType: String = "application/json",
              headers: [(String, String)] = [], csrf: Bool = true) async throws -> RawResponse {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        var all = headers
        if method == "POST", !headers.contains(where: { $0.0.lowercased() == "idempotency-key" }) {
            all.append(("Idempotency-Key", UUID().uuidString))
        }
        if let sessionCookie { all.append(("Cookie", "glocal_session=\(sessionCookie)")) }
        if let bearer { all.append(("Authorization", "Bearer \(bearer)")) }
        if csrf, let csrfToken, method != "GET" { all.append(("X-CSRF-Token", csrfToken)) }
        let body = Array((json ?? "").utf8)
        if json != nil { all.append(("Content-Type", contentType)) }
        for (name, value) in all { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(body.count)\r\n\r\n"
        try await connection.send(Array(text.utf8) + body)
        return try await connection.readResponse(toHead: method == "HEAD")
    }

    /// Posts a page's form, its fields URL-encoded, as a browser would.
    func submit(_ path: String, _ fields: String, csrf: Bool = true) async throws -> RawResponse {
        try await send("POST", path, json: fields, contentType: "application/x-www-form-urlencoded", csrf: csrf)
    }

    /// Signs in and keeps the cookie and CSRF token.
    func logIn(email: String, password: String) async throws -> RawResponse {
        let response = try await send("POST", "/api/v1/session", json: #"{"email":"\#(email)","password":"\#(password)"}"#)
        if response.status == 201 {
            sessionCookie = response.cookie("glocal_session")
            csrfToken = try response.json()["csrf_token"] as? String
        }
        return response
    }
}

extension RawResponse {
    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] ?? [:]
    }

    /// The value of a cookie set by this response.
    func cookie(_ name: String) -> String? {
        setCookie(name)?.split(separator: ";").first.map { String($0.dropFirst(name.count + 1)) }
    }

    /// The whole `Set-Cookie` value for a cookie.
    func setCookie(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == "set-cookie" && $0.1.hasPrefix(name + "=") }?.1
    }
}

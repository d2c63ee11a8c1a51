import Foundation
import Glibc
import Registry
import Testing

@testable import Server

/// The access log names request, route, status, duration and actor, and nothing a
/// person would not want written down: no email, password, token or path values.
@Suite struct AccessLogTests {
    @Test func logsOneLinePerRequestWithoutPersonalData() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("access.log")
        let descriptor = open(path, O_CREAT | O_WRONLY | O_APPEND, 0o600)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let app = try await TestApplication.make(log: LogSink(descriptor: descriptor))
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let password = "a secret pass phrase"
        let account = try await app.node.accounts.createAccount(email: "secret.person@example.org", password: password)
        let client = try APIClient(port: server.port)
        _ = try await client.logIn(email: "secret.person@example.org", password: password)
        let created = try await client.send("POST", "/api/v1/tokens", json: #"{"name":"laptop"}"#)
        let secret = try #require(try created.json()["secret"] as? String)
        let tokenID = try #require((try created.json()["token"] as? [String: Any])?["id"] as? String)
        _ = try await client.send("DELETE", "/api/v1/tokens/\(tokenID)")
        _ = try await client.send("GET", "/nowhere?email=secret.person@example.org")
        await server.stop()

        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for field in ["time", "level", "msg", "request_id", "method", "route", "status", "duration_ms", "actor"] {
                #expect(object[field] != nil, "\(field) in \(line)")
            }
        }
        #expect(lines[0].contains(#""route":"POST /api/v1/session""#))
        #expect(lines[0].contains(account.id.rawValue), "the login line names the account that signed in")
        #expect(lines[2].contains(#""route":"DELETE /api/v1/tokens/{token_id}""#))
        for forbidden in ["secret.person", password, secret, tokenID, client.sessionCookie ?? "-", client.csrfToken ?? "-"] {
            #expect(!text.contains(forbidden), "the log must not contain \(forbidden)")
        }
    }
}

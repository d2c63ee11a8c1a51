import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Members' signing keys over HTTP: the member adds a custodial key or its own with a
/// proof; staff cannot add keys for a member; anyone reads them.
@Suite struct MemberKeyRoutesTests {
    static let password = "correct horse battery staple"

    @Test func theMemberAddsKeysAndAnyoneReadsThem() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let account = try await app.node.accounts.createAccount(email: "anna@example.org", password: Self.password, roles: [.resident])
        let member = try await app.node.members.setStatus(
            .admitted, of: try await app.node.members.apply(MemberApplication(kind: .person, name: "Анна", accountID: account.id)).id)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: Self.password, roles: [.unionStaff])
        let anna = try APIClient(port: server.port)
        _ = try await anna.logIn(email: "anna@example.org", password: Self.password)
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: Self.password)
        let path = "/api/v1/members/\(member.id)/keys"

        #expect(try await staff.send("POST", path, json: #"{"custodial":true}"#).status == 403)
        let custodial = try await anna.send("POST", path, json: #"{"custodial":true}"#)
        #expect(try custodial.status == 201 && custodial.json()["custodial"] as? Bool == true)

        let key = try Ed25519PrivateKey.generate()
        let statement = try MemberKeys.registrationStatement(for: member.id, publicKeyHex: key.publicKey.hex)
        let badProof = try await anna.send("POST", path, json: #"{"public_key":"\#(key.publicKey.hex)","proof":"\#(String(repeating: "0", count: 128))"}"#)
        #expect(badProof.status == 422 && badProof.text.contains("invalid-signature"), "\(badProof.text)")
        let proof = try key.signature(for: try statement.canonicalBytes).hex
        let own = try await anna.send("POST", path, json: #"{"public_key":"\#(key.publicKey.hex)","proof":"\#(proof)"}"#)
        #expect(try own.status == 201 && own.json()["key_id"] as? String == key.keyID.hex)
        #expect(try await anna.send("POST", path, json: #"{"proof":"ab"}"#).status == 422)

        let listed = try await APIClient(port: server.port).send("GET", path)
        let items = try listed.json()["items"] as? [[String: Any]] ?? []
        #expect(items.map { $0["custodial"] as? Bool } == [true, false])
        #expect(try await anna.send("GET", "/api/v1/members/mem_\(String(repeating: "0", count: 32))/keys").status == 404)
        await server.stop()
    }
}

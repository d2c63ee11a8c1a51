import Foundation
import Ledger
import Testing
@testable import Registry

/// Erasing a member (152-ФЗ) leaves none of the person's data anywhere on disk: not in
/// the member's row, the linked account, its sessions and tokens, stored answers to
/// retried requests, the search indexes, free space of the database file, or the log.
@Suite struct ErasureTests {
    @Test func anErasedMembersDataIsInNoFileOfTheDataFolder() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let name = "Ульяна Эрастова-Прохорова"
        let email = "uliana.erastova@example.org"
        let phone = "+7 912 345-67-89"
        let password = "correct horse battery staple"
        let town = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let account = try await test.accounts.createAccount(email: email, password: password, displayName: name)
        let applied = try await test.node.members.apply(MemberApplication(kind: .person, name: name, email: email, phone: phone,
                                                                          cityID: town.id, accountID: account.id))
        let member = try await test.node.members.setStatus(.admitted, of: applied.id)
        _ = try await test.node.profiles.setMentorProfile(of: member.id, competencies: ["энергосбережение"], weeklyHours: 4,
                                                          cityIDs: [town.id])
        let session = try await test.accounts.login(email: email, password: password, address: "192.0.2.1")
        let token = try await test.accounts.createAPIToken(account: account.id, name: "Телефон")
        let answers = IdempotencyStore(database: test.node.database)
        #expect(try await answers.claim(scope: account.id.rawValue, key: "k1", requestHash: Array(repeating: 1, count: 32)) == .fresh)
        try await answers.finish(scope: account.id.rawValue, key: "k1", response: .init(
            status: 201, contentType: "application/json", body: Array(#"{"name":"\#(name)","email":"\#(email)"}"#.utf8)),
            succeeded: true)
        // Compressed, a name whose first part came earlier is stored partly as a reference back.
        #expect(try await answers.claim(scope: account.id.rawValue, key: "k2", requestHash: Array(repeating: 2, count: 32)) == .fresh)
        try await answers.finish(scope: account.id.rawValue, key: "k2", response: .init(
            status: 201, contentType: "application/json",
            body: Array(#"{"greeting":"Ульяна Эр","name":"\#(name)","contact":"uliana.er","email":"\#(email)"}"#.utf8)),
            succeeded: true)
        #expect(test.filesContain(name) || test.filesContain(email), "the data was on disk before")

        let erased = try await test.node.members.erase(member.id)
        #expect(erased.isErased && erased.name == nil && erased.email == nil && erased.phone == nil)
        let kept = try await test.node.database.read { connection in
            try connection.query("SELECT body, body_format FROM idempotency_key") { row in
                let body: [UInt8] = try row.blob("body")
                return try row.text("body_format") == "lz" ? try AnswerCompression.decompress(body) : body
            }
        }
        for body in kept {
            #expect(body.firstRange(of: Array(name.utf8)) == nil && body.firstRange(of: Array(email.utf8)) == nil, "no kept answer names the person")
        }
        for text in [name, email, phone] {
            for file in try FileManager.default.contentsOfDirectory(atPath: test.folder.path) {
                let bytes = FileManager.default.contents(atPath: test.folder.path + "/" + file) ?? Data()
                #expect(bytes.range(of: Data(text.utf8)) == nil, "\(file) still holds \(text)")
            }
        }
        await #expect(throws: LoginError.invalidCredentials) {
            _ = try await test.accounts.login(email: email, password: password, address: "192.0.2.2")
        }
        #expect(try await test.accounts.session(forToken: session.sessionToken) == nil, "its sessions ended")
        #expect(try await test.accounts.account(forBearerToken: token.secret) == nil, "its API tokens ended")
        #expect(try await test.accounts.account(id: account.id)?.displayName == nil)
        #expect(try LedgerVerifier.verifyDatabase(at: test.databasePath).entries == (await test.node.ledger.size))
    }
}

import Foundation
import Glibc
import Ledger
import Registry
import Testing

@testable import Server

/// Administrators see the node on `/admin/node` (its ledger, node keys, database and
/// backups) and take a backup from there or through `POST /api/v1/admin/backups`, the same
/// operation: a verified copy in the data folder's `backups/`, mode 0600. Nobody else may.
@Suite struct NodePagesTests {
    @Test func administratorsBackUpTheNodeFromThePageAndTheAPIAlike() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (admin, _) = try await SignedInMember.make("admin@example.org", in: town, app: app, roles: [.admin], port: server.port)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let backups = Backups(folder: node.folder)

        #expect(try await staff.send("GET", NodePages.path).status == 403)
        #expect(try await staff.submit(NodePages.path + "/backups", "").status == 403)
        #expect(try await staff.send("POST", "/api/v1/admin/backups").status == 403)
        #expect(try backups.list().isEmpty)

        let page = try await admin.send("GET", NodePages.path)
        #expect(page.status == 200 && page.text.contains(String(node.ledger.nodeKey.keyID.hex.prefix(Identifier.shownLength))))
        #expect(page.text.contains("действует, подписывает сейчас") && page.text.contains("BEGIN PUBLIC KEY"))
        #expect(try await admin.send("GET", "/account").text.contains("href=\"\(NodePages.path)\""))

        let made = try await admin.submit(NodePages.path + "/backups", "")
        #expect(made.status == 303 && made.header("Location") == NodePages.path + "?done=makeBackupFormSubmit")
        let listed = try backups.list()
        #expect(listed.count == 1)
        let file = try #require(listed.first)
        var status = stat()
        #expect(stat(backups.path + "/" + file.name, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(stat(backups.path, &status) == 0 && status.st_mode & 0o777 == 0o700)
        let size = await node.ledger.size
        #expect(try LedgerVerifier.verifyDatabase(at: backups.path + "/" + file.name).entries == size)
        #expect(try await admin.send("GET", NodePages.path).text.contains(file.name))

        try await Task.sleep(for: .milliseconds(5))
        let api = try await admin.send("POST", "/api/v1/admin/backups")
        #expect(api.status == 201 && api.text.contains("\"entries\":") && api.text.contains("\"root_hash\":"))
        let both = try await admin.send("GET", "/api/v1/admin/backups")
        #expect(both.status == 200 && both.text.contains(file.name))
        #expect(try backups.list().count == 2)
        #expect(try backups.list().last?.name == file.name)
        await server.stop()
    }
}

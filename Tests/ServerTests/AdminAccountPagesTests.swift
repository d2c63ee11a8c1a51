import Foundation
import Registry
import Testing

@testable import Server

/// Administrators keep accounts' roles from a page: the same operations as the API's
/// role routes, the last administrator's role refused beside the list, nobody else let in.
@Suite struct AdminAccountPagesTests {
    @Test func anAdministratorGrantsAndTakesBackRolesButNotTheLastAdministrators() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (admin, adminMember) = try await SignedInMember.make("admin@example.org", in: town, app: app, roles: [.admin], port: server.port)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let vera = try await app.node.accounts.createAccount(email: "vera@example.org", password: "correct horse battery staple",
                                                             displayName: "Вера")

        #expect(try await staff.send("GET", "/admin/accounts").status == 403)
        let desk = try await admin.send("GET", "/admin/accounts")
        #expect(desk.status == 200 && desk.text.contains("vera@example.org (Вера)") && desk.text.contains("адрес не подтверждён"))
        #expect(desk.text.contains("action=\"/admin/accounts/\(vera.id)/roles\"") && desk.text.contains(">наставник</option>"))
        #expect(try await admin.send("GET", "/account").text.contains("href=\"/admin/accounts\""))

        let granted = try await admin.submit("/admin/accounts/\(vera.id)/roles", FormEncoding.body([("role", "mentor")]))
        #expect(granted.status == 303 && granted.header("Location") == "/admin/accounts?done=grantRoleFormSubmit")
        #expect(try await app.node.accounts.account(id: vera.id)?.roles == [.mentor])
        #expect(try await staff.submit("/admin/accounts/\(vera.id)/roles", FormEncoding.body([("role", "admin")])).status == 403)
        let unknown = try await admin.submit("/admin/accounts/\(vera.id)/roles", FormEncoding.body([("role", "king")]))
        #expect(unknown.status == 422 && unknown.text.contains("role=\"alert\""))

        let taken = try await admin.submit("/admin/accounts/\(vera.id)/roles/revocations", FormEncoding.body([("role", "mentor")]))
        #expect(taken.status == 303 && taken.header("Location") == "/admin/accounts?done=revokeRoleFormSubmit")
        #expect(try await app.node.accounts.account(id: vera.id)?.roles == [])

        let adminAccount = try #require(adminMember.accountID)
        let last = try await admin.submit("/admin/accounts/\(adminAccount)/roles/revocations", FormEncoding.body([("role", "admin")]))
        #expect(last.status == 409 && last.text.contains("а узле должен остаться хотя бы один администратор"))
        #expect(try await app.node.accounts.account(id: adminAccount)?.roles == [.admin])
        await server.stop()
    }
}

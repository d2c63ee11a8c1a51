import Foundation
import Registry
import Testing

@testable import Server

/// Union staff's CSV desk over HTTP: download links that take the session cookie, and
/// pasted imports that write every row or none, with the report on the page.
@Suite struct StaffCSVPagesTests {
    private func start() async throws -> (TestApplication, TestServer, staff: APIClient, resident: APIClient) {
        let app = try await TestApplication.make()
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: SignedInMember.password, roles: [.unionStaff])
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: SignedInMember.password)
        let (resident, _) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        return (app, server, staff, resident)
    }

    private func importing(_ client: APIClient, _ kind: String, _ csv: String, csrf: Bool = true) async throws -> RawResponse {
        try await client.send("POST", "/staff/csv/imports/\(kind)", json: FormEncoding.body([("csv", csv)]),
                              contentType: FormEncoding.contentType, csrf: csrf)
    }

    @Test func staffSeeTheDeskAndDownloadEveryExportWithTheirSession() async throws {
        let (app, server, staff, resident) = try await start()
        defer { app.remove() }
        #expect(try await resident.send("GET", "/staff/csv").status == 403)
        #expect(try await APIClient(port: server.port).send("GET", "/staff/csv").status == 401)
        let desk = try await staff.send("GET", "/staff/csv")
        #expect(desk.status == 200 && desk.text.contains("Выгрузка и загрузка CSV"))
        for kind in RegisterKind.allCases {
            #expect(desk.text.contains("href=\"/api/v1/exports/\(kind.rawValue).csv\""))
            #expect(desk.text.contains("action=\"/staff/csv/imports/\(kind.rawValue)\"") == kind.isImportable)
        }
        #expect(desk.text.contains("<label for=\"import-cities\">") && desk.text.contains("name=\"csrf_token\""))
        let export = try await staff.send("GET", "/api/v1/exports/cities.csv")
        #expect(export.status == 200 && export.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(export.text.contains(",Глазов,Удмуртия,90000\r\n"))
        #expect(try await resident.send("GET", "/api/v1/exports/cities.csv").status == 403)
        await server.stop()
    }

    @Test func aPastedImportWritesEveryRowOrNoneAndSaysWhichLinesAreWrong() async throws {
        let (app, server, staff, resident) = try await start()
        defer { app.remove() }
        let node = app.node
        let entries = await node.ledger.size
        let good = "name,region,population\r\nКунгур,Пермский край,65000\r\nОса,Пермский край,\r\n"
        #expect(try await importing(staff, "cities", good, csrf: false).status == 403)
        #expect(try await importing(resident, "cities", good).status == 403)
        #expect(try await node.cities.all().count == 1)

        let bad = "name,region\r\n<script>alert(1)</script>,Пермский край\r\nКунгур,\r\n"
        let refused = try await importing(staff, "cities", bad)
        #expect(refused.status == 422 && refused.text.contains("Ничего не загружено"))
        #expect(refused.text.contains("<td class=\"number\">3</td><td>region</td>"))
        #expect(refused.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;,Пермский край") && !refused.text.contains("<script>alert"))
        let broken = try await importing(staff, "cities", "name,region\n\"Глазов,Удмуртия\n")
        #expect(broken.status == 422 && broken.text.contains("<td class=\"number\">2</td><td>file</td>"))
        #expect(try await node.cities.all().count == 1)
        #expect(await node.ledger.size == entries)

        let imported = try await importing(staff, "cities", good)
        #expect(imported.status == 200 && imported.text.contains("Загружено строк: 2"), "\(imported.text)")
        #expect(Set(try await node.cities.all().map(\.name)) == ["Глазов", "Кунгур", "Оса"])
        #expect(try await staff.send("GET", "/api/v1/exports/cities.csv").text.contains(",Кунгур,Пермский край,65000\r\n"))
        #expect(try await importing(staff, "projects", "id\n").status == 404)
        await server.stop()
    }
}

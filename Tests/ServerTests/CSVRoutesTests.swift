import Foundation
import Registry
import Testing

@testable import Server

/// The registers as CSV over HTTP: staff only, downloads a spreadsheet opens, and
/// imports that report every bad row and write all rows or none.
@Suite struct CSVRoutesTests {
    static let password = "correct horse battery staple"

    private func clients(_ app: TestApplication, _ server: TestServer) async throws -> (staff: APIClient, resident: APIClient) {
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: Self.password, roles: [.unionStaff])
        _ = try await app.node.accounts.createAccount(email: "anna@example.org", password: Self.password, roles: [.resident])
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: Self.password)
        let resident = try APIClient(port: server.port)
        _ = try await resident.logIn(email: "anna@example.org", password: Self.password)
        return (staff, resident)
    }

    @Test func onlyStaffExportAndImport() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let (_, resident) = try await clients(app, server)
        let anonymous = try APIClient(port: server.port)
        for kind in ["cities", "members", "projects"] {
            #expect(try await resident.send("GET", "/api/v1/exports/\(kind).csv").status == 403)
            #expect(try await anonymous.send("GET", "/api/v1/exports/\(kind).csv").status == 401)
        }
        let file = "name,region\nГлазов,Удмуртия\n"
        #expect(try await resident.send("POST", "/api/v1/imports/cities", json: file, contentType: "text/csv").status == 403)
        #expect(try await app.node.cities.all().isEmpty)
        await server.stop()
    }

    @Test func staffImportAllOrNothingAndDownloadTheResult() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let (staff, _) = try await clients(app, server)
        let entries = await app.node.ledger.size

        let bad = "kind,name,email\nperson,Анна,anna@example.org\nrobot,Пётр,\nperson,,\n"
        let dry = try await staff.send("POST", "/api/v1/imports/members?dry_run=true", json: bad, contentType: "text/csv")
        #expect(dry.status == 200)
        #expect(try dry.json()["rows"] as? Int == 3 && dry.json()["valid"] as? Int == 1)
        let errors = try #require(try dry.json()["errors"] as? [[String: Any]])
        #expect(errors.map { "\($0["line"] ?? ""):\($0["field"] ?? "")" } == ["3:kind", "4:name"])
        let refused = try await staff.send("POST", "/api/v1/imports/members", json: bad, contentType: "text/csv")
        #expect(refused.status == 422)
        #expect(refused.header("Content-Type") == "application/problem+json")
        let refusal = try refused.json()
        #expect((refusal["errors"] as? [Any])?.count == 2 && refusal["written"] as? Bool == false && refusal["status"] as? Int == 422)
        #expect(try await app.node.members.all().isEmpty)
        #expect(await app.node.ledger.size == entries)

        let good = "\u{FEFF}kind,name,email,status\r\nperson,Анна,anna@example.org,admitted\r\norganisation,\"ООО \"\"Ёж\"\"\",,\r\n"
        let imported = try await staff.send("POST", "/api/v1/imports/members", json: good, contentType: "text/csv; charset=utf-8")
        #expect(imported.status == 200, "\(imported.text)")
        #expect(try imported.json()["written"] as? Bool == true && imported.json()["valid"] as? Int == 2)
        #expect(await app.node.ledger.size == entries + 3)

        let export = try await staff.send("GET", "/api/v1/exports/members.csv")
        #expect(export.status == 200)
        #expect(export.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(export.header("Content-Disposition") == "attachment; filename=\"members.csv\"")
        #expect(Array(export.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(export.text.contains(",organisation,\"ООО \"\"Ёж\"\"\",,,,resident,applied\r\n"))
        await server.stop()
    }

    @Test func aRetriedImportWithItsKeyWritesOnce() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let (staff, _) = try await clients(app, server)
        let file = "kind,name\nperson,Анна\n"
        let dry = try await staff.send("POST", "/api/v1/imports/members?dry_run=true", json: file, contentType: "text/csv",
                                       headers: [("Idempotency-Key", "import-1")])
        #expect(dry.status == 200)
        let reused = try await staff.send("POST", "/api/v1/imports/members", json: file, contentType: "text/csv",
                                          headers: [("Idempotency-Key", "import-1")])
        #expect(reused.status == 422)
        for _ in 0..<2 {
            let real = try await staff.send("POST", "/api/v1/imports/members", json: file, contentType: "text/csv",
                                            headers: [("Idempotency-Key", "import-2")])
            #expect(real.status == 200)
            #expect(try real.json()["written"] as? Bool == true)
        }
        #expect(try await app.node.members.all().count == 1)
        await server.stop()
    }

    @Test func refusesOtherMediaTypesAndUnreadableFiles() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let (staff, _) = try await clients(app, server)
        #expect(try await staff.send("POST", "/api/v1/imports/cities", json: #"{"name":"x"}"#).status == 415)
        #expect(try await staff.send("POST", "/api/v1/imports/cities", json: "name,region\n",
                                     contentType: "text/csv; charset=windows-1251").status == 415)
        #expect(try await staff.send("POST", "/api/v1/imports/cities?dry_run=yes", json: "name,region\n", contentType: "text/csv").status == 400)
        let broken = try await staff.send("POST", "/api/v1/imports/cities?dry_run=true", json: "name,region\n\"Глазов,Удмуртия\n",
                                          contentType: "text/csv")
        #expect(broken.status == 200)
        let errors = try #require(try broken.json()["errors"] as? [[String: Any]])
        #expect(errors.first?["line"] as? Int == 2 && errors.first?["field"] as? String == "file")
        #expect(try await staff.send("POST", "/api/v1/imports/projects", json: "id\n", contentType: "text/csv").status == 404)
        await server.stop()
    }
}

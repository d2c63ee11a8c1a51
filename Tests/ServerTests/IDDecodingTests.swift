import Foundation
import Registry
import Testing

@testable import Server

/// Ids, codes and dates read themselves wherever they enter: a malformed id in a path
/// names no record (404, as an unknown one does); in a JSON body, a query or a page form it
/// is the same validation problem, pointing at the field, and the page says it beside the
/// field.
@Suite struct IDDecodingTests {
    @Test func aMalformedIdInAPathIsTheSameNotFoundAsAnUnknownOne() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let client = try APIClient(port: server.port)
        let malformed = try await client.send("GET", "/api/v1/projects/prj_nope")
        let unknown = try await client.send("GET", "/api/v1/projects/prj_\(String(repeating: "0", count: 32))")
        for answer in [malformed, unknown] {
            #expect(answer.status == 404 && answer.header("Content-Type") == "application/problem+json", "\(answer.text)")
            let problem = try answer.json()
            #expect(problem["type"] as? String == ProblemDetails.typeBase + "not-found")
            #expect(problem["detail"] as? String == "No such project.")
        }
        #expect(try await client.send("GET", "/ledger/seven").status == 404, "a number in a path is read the same way")
        await server.stop()
    }

    @Test func aMalformedIdInAJSONBodyIsA422PointingAtTheField() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let (lead, member) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let project = try await app.node.projects.create(ProjectDraft(title: "Умный двор", summary: "Двор.", direction: "среда",
                                                                      cityID: town.id), lead: member.id)
        let team = #"{"team":[{"member_id":"\#(member.id)","role":"lead"},{"member_id":"mem_nope","role":"member"}]}"#
        let refused = try await lead.send("PUT", "/api/v1/projects/\(project.id)/team", json: team)
        #expect(refused.status == 422 && refused.header("Content-Type") == "application/problem+json", "\(refused.text)")
        let problem = try refused.json()
        #expect(problem["type"] as? String == ProblemDetails.typeBase + "validation")
        let error = try #require((problem["errors"] as? [[String: Any]])?.first)
        #expect(error["pointer"] as? String == "/team/1/member_id")
        #expect(error["detail"] as? String == "'mem_nope' is not an id of the form mem_ and 32 lowercase hex digits.")

        let created = try await lead.send("POST", "/api/v1/projects",
                                          json: #"{"title":"a","summary":"s","direction":"d","city_id":"Сарапул"}"#)
        let cityError = try #require((try created.json()["errors"] as? [[String: Any]])?.first)
        #expect(created.status == 422 && cityError["pointer"] as? String == "/city_id")
        let staged = try await lead.send("GET", "/api/v1/projects?stage=done")
        let stageError = try #require((try staged.json()["errors"] as? [[String: Any]])?.first)
        #expect(staged.status == 422 && stageError["pointer"] as? String == "/stage", "a query reads codes as a body does")
        #expect((stageError["detail"] as? String)?.hasPrefix("'done' is not one of idea, selected,") == true)
        #expect(try await app.node.projects.project(id: project.id)?.team.count == 1, "nothing was written")
        await server.stop()
    }

    @Test func theSameMalformedIdFromAPageFormComesBackBesideTheField() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let (lead, member) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let project = try await app.node.projects.create(ProjectDraft(title: "Умный двор", summary: "Двор.", direction: "среда",
                                                                      cityID: town.id), lead: member.id)
        let refused = try await lead.submit("/my/projects/\(project.id)/team", "member_id=mem_nope&role=member")
        #expect(refused.status == 422 && refused.header("Content-Type")?.hasPrefix("text/html") == true, "\(refused.text)")
        #expect(refused.text.contains("aria-invalid=\"true\" aria-describedby=\"member_id-refusal\""))
        let beside = try #require(refused.text.range(of: "<p id=\"member_id-refusal\" class=\"error field-error\">"))
        let said = refused.text[beside.upperBound...].prefix { $0 != "<" }
        #expect(said.hasSuffix("выберите из списка") && !said.contains("mem_"), "an id off the form's list is refused in the page's language: \(said)")

        let unlisted = try await lead.submit("/my/projects/\(project.id)/team", "member_id=\(member.id)&role=boss")
        let list = try #require(unlisted.text.range(of: "<p id=\"role-refusal\" class=\"error field-error\">"))
        #expect(unlisted.status == 422 && unlisted.text[list.upperBound...].prefix { $0 != "<" }.hasSuffix("выберите из списка"),
                "a code off the form's list is refused beside the list, in the page's language")
        #expect(try await app.node.projects.project(id: project.id)?.team.count == 1, "nothing was written")
        await server.stop()
    }

    @Test func aFieldsTextIsReadByTheValuesOwnDecoding() throws {
        let id = MemberID(unchecked: "mem_" + String(repeating: "a", count: 32))
        #expect(try FieldTextDecoder.decode(MemberID.self, from: id.rawValue, field: "member_id") == id)
        #expect(try FieldTextDecoder.decode(Int.self, from: "42", field: "seq") == 42)
        #expect(try FieldTextDecoder.decode(CityID?.self, from: "", field: "city_id") == nil, "an optional left blank is nil")
        #expect(try FieldTextDecoder.decode(TeamRole.self, from: "lead", field: "role") == .lead)
        #expect(throws: APIError.validation([.init(pointer: "/member_id",
                                                   detail: "'cty_x' is not an id of the form mem_ and 32 lowercase hex digits.")])) {
            try FieldTextDecoder.decode(MemberID.self, from: "cty_x", field: "member_id")
        }
        #expect(throws: APIError.validation([.init(pointer: "/due_on", detail: "'soon' is not a date of the form YYYY-MM-DD.")])) {
            try FieldTextDecoder.decode(CalendarDate.self, from: "soon", field: "due_on")
        }
    }
}

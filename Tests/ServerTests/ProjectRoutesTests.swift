import Foundation
import Registry
import Testing

@testable import Server

/// Projects over HTTP: who may do what (the lead, another member, staff, anonymous),
/// the list's filters and its pages.
@Suite struct ProjectRoutesTests {
    static let password = "correct horse battery staple"

    /// A signed-in client whose account is a member of the Union with `status`.
    private static func member(_ email: String, name: String, status: MembershipStatus, app: TestApplication,
                               port: Int) async throws -> (APIClient, Member) {
        let account = try await app.node.accounts.createAccount(email: email, password: password, roles: [.resident])
        var member = try await app.node.members.apply(MemberApplication(kind: .person, name: name, accountID: account.id))
        if status != .applied { member = try await app.node.members.setStatus(status, of: member.id) }
        let client = try APIClient(port: port)
        _ = try await client.logIn(email: email, password: password)
        return (client, member)
    }

    @Test func theLeadAndStaffChangeAProjectWhileOthersOnlyRead() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let home = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let other = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: Self.password, roles: [.unionStaff])
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: Self.password)
        let (anna, annaMember) = try await Self.member("anna@example.org", name: "Анна Ёлкина", status: .admitted, app: app, port: server.port)
        let (boris, borisMember) = try await Self.member("boris@example.org", name: "Борис Щукин", status: .admitted, app: app, port: server.port)
        let (gleb, glebMember) = try await Self.member("gleb@example.org", name: "Глеб", status: .applied, app: app, port: server.port)
        let anonymous = try APIClient(port: server.port)

        let create = #"{"title":"Гид по Глазову","summary":"Аудиогид.","direction":"Туризм","city_id":"\#(home.id)"}"#
        #expect(try await anonymous.send("POST", "/api/v1/projects", json: create).status == 401)
        #expect(try await gleb.send("POST", "/api/v1/projects", json: create).status == 403, "applied, not admitted")
        #expect(try await staff.send("POST", "/api/v1/projects", json: create).status == 403, "staff without a membership")
        let created = try await anna.send("POST", "/api/v1/projects", json: create, headers: [("Idempotency-Key", "p-1")])
        #expect(created.status == 201)
        let projectID = try #require(try created.json()["id"] as? String)
        #expect(try created.json()["stage"] as? String == "idea" && created.json()["direction"] as? String == "туризм")
        let team = try #require(try created.json()["team"] as? [[String: String]])
        #expect(team == [["member_id": annaMember.id.rawValue, "role": "lead"]])
        let replayed = try await anna.send("POST", "/api/v1/projects", json: create, headers: [("Idempotency-Key", "p-1")])
        #expect(try replayed.json()["id"] as? String == projectID)
        let path = "/api/v1/projects/\(projectID)"

        let publicView = try await anonymous.send("GET", path)
        #expect(publicView.status == 200 && !publicView.text.contains("Ёлкина"))
        #expect(try await anonymous.send("GET", "/api/v1/projects/prj_\(String(repeating: "0", count: 32))").status == 404)

        #expect(try await anonymous.send("PATCH", path, json: #"{"title":"X"}"#).status == 401)
        #expect(try await boris.send("PATCH", path, json: #"{"title":"X"}"#).status == 403)
        #expect(try await anna.send("PATCH", path, json: #"{"title":"Гид"}"#).json()["title"] as? String == "Гид")
        #expect(try await staff.send("PATCH", path, json: #"{"summary":"Гид и карта."}"#).json()["summary"] as? String == "Гид и карта.")

        let handOver = #"{"team":[{"member_id":"\#(borisMember.id)","role":"lead"},{"member_id":"\#(annaMember.id)","role":"member"}]}"#
        #expect(try await boris.send("PUT", "\(path)/team", json: handOver).status == 403)
        let withApplicant = #"{"team":[{"member_id":"\#(annaMember.id)","role":"lead"},{"member_id":"\#(glebMember.id)","role":"mentor"}]}"#
        let refused = try await anna.send("PUT", "\(path)/team", json: withApplicant)
        #expect(refused.status == 422 && refused.text.contains("/team/1/member_id"))
        let noLead = #"{"team":[{"member_id":"\#(annaMember.id)","role":"member"}]}"#
        #expect(try await anna.send("PUT", "\(path)/team", json: noLead).status == 422)
        #expect(try await anna.send("PUT", "\(path)/team", json: handOver).status == 200)
        #expect(try await anna.send("PATCH", path, json: #"{"title":"X"}"#).status == 403, "anna no longer leads")
        #expect(try await boris.send("PATCH", path, json: #"{"direction":"ГородТех"}"#).status == 200)

        #expect(try await boris.send("PUT", "\(path)/stage", json: #"{"stage":"selected"}"#).status == 403)
        #expect(try await anonymous.send("PUT", "\(path)/stage", json: #"{"stage":"selected"}"#).status == 401)
        #expect(try await staff.send("PUT", "\(path)/stage", json: #"{"stage":"selected"}"#).json()["stage"] as? String == "selected")
        let skip = try await staff.send("PUT", "\(path)/stage", json: #"{"stage":"funded"}"#)
        #expect(skip.status == 409 && skip.text.contains("selected") && skip.text.contains("funded"))
        #expect(try await staff.send("PUT", "\(path)/stage", json: #"{"stage":"famous"}"#).status == 422)

        let milestone = #"{"title":"Прототип","owner_role":"lead","due_on":"2026-05-31"}"#
        #expect(try await anna.send("POST", "\(path)/milestones", json: milestone).status == 403)
        #expect(try await boris.send("POST", "\(path)/milestones", json: #"{"title":"X","owner_role":"lead","due_on":"31.05.2026"}"#).status == 422)
        let added = try await boris.send("POST", "\(path)/milestones", json: milestone)
        #expect(try added.status == 201 && added.json()["status"] as? String == "planned")
        let milestoneID = try #require(try added.json()["id"] as? String)
        #expect((try await anonymous.send("GET", "\(path)/milestones").json()["items"] as? [Any])?.count == 1)
        #expect(try await anna.send("PATCH", "\(path)/milestones/\(milestoneID)", json: #"{"status":"done"}"#).status == 403)
        let done = try await staff.send("PATCH", "\(path)/milestones/\(milestoneID)", json: #"{"status":"in_progress"}"#)
        #expect(try done.json()["status"] as? String == "in_progress")

        let adopt = #"{"city_id":"\#(other.id)","adopted_on":"2026-06-01"}"#
        #expect(try await boris.send("POST", "\(path)/adoptions", json: adopt).status == 403)
        #expect(try await staff.send("POST", "\(path)/adoptions", json: adopt).status == 201)
        #expect(try await staff.send("POST", "\(path)/adoptions", json: adopt).status == 409)
        let adoptions = try await anonymous.send("GET", "\(path)/adoptions").json()["items"] as? [[String: String]]
        #expect(adoptions == [["project_id": projectID, "city_id": other.id.rawValue, "adopted_on": "2026-06-01"]])
        await server.stop()
    }

    @Test func listsFilterByCityDirectionAndStageAndPage() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let home = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let other = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let lead = try await app.node.members.setStatus(
            .admitted, of: try await app.node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        var created: [Project] = []
        for (city, direction) in [(home, "туризм"), (home, "агротех"), (other, "агротех"), (other, "туризм"), (home, "туризм")] {
            created.append(try await app.node.projects.create(
                ProjectDraft(title: "Проект", summary: "О проекте.", direction: direction, cityID: city.id), lead: lead.id))
        }
        _ = try await app.node.projects.moveStage(of: created[1].id, to: .selected)
        let client = try APIClient(port: server.port)

        func ids(_ query: String) async throws -> Set<String> {
            let items = try await client.send("GET", "/api/v1/projects?\(query)").json()["items"] as? [[String: Any]] ?? []
            return Set(items.compactMap { $0["id"] as? String })
        }
        let tourism = try #require("туризм".addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        #expect(try await ids("city_id=\(home.id)") == Set([created[0], created[1], created[4]].map(\.id.rawValue)))
        #expect(try await ids("direction=\(tourism)") == Set([created[0], created[3], created[4]].map(\.id.rawValue)))
        #expect(try await ids("city_id=\(other.id)&direction=\(tourism)") == [created[3].id.rawValue])
        #expect(try await ids("stage=selected") == [created[1].id.rawValue])
        #expect(try await ids("stage=funded").isEmpty)
        #expect(try await client.send("GET", "/api/v1/projects?stage=famous").status == 422)
        #expect(try await client.send("GET", "/api/v1/projects?city_id=glazov").status == 422)

        var seen: [String] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = try await client.send("GET", "/api/v1/projects?limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")).json()
            seen += (page["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            cursor = page["next_cursor"] as? String
            pages += 1
        } while cursor != nil && pages < 10
        #expect(pages == 3 && seen.count == 5 && Set(seen) == Set(created.map(\.id.rawValue)))
        await server.stop()
    }
}

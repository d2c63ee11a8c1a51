import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// The resident's pages over HTTP: ideas put forward outside a Game with their text's
/// hash deposited in the same step, and a lead's workspace for the team and the MVP
/// plan that nobody else may use.
@Suite struct ResidentPagesTests {
    @Test func aMemberPutsAnIdeaForwardWithItsTextDepositedAndSeesTheReceipt() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (client, member) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        #expect(try await APIClient(port: server.port).send("GET", "/my/ideas").status == 401)
        let page = try await client.send("GET", "/my/ideas")
        #expect(page.status == 200 && page.text.contains("Мои идеи и проекты") && page.text.contains("<label for=\"title\">"))
        #expect(page.text.contains("name=\"csrf_token\"") && page.text.contains("Глазов"))

        let fields = "title=%3Cscript%3Ealert(1)%3C%2Fscript%3E&summary=%D0%A1%D1%83%D1%82%D1%8C&direction=tourism&city_id=\(town.id)&text=secret"
        let submitted = try await client.submit("/my/ideas", fields)
        #expect(submitted.status == 303, "\(submitted.text)")
        let location = try #require(submitted.header("Location"))
        #expect(location.hasPrefix("/my/ideas?deposited=ipa_"))
        let projects = try await node.projects.projects(ProjectFilter(memberID: member.id), matching: nil, page: try PageRequest(limit: 10)).items
        let project = try #require(projects.first)
        #expect(projects.count == 1 && project.title == "<script>alert(1)</script>" && project.lead == member.id)
        #expect(location.hasSuffix("&done=myIdeaFormSubmit"), "the page says what was done")
        let assetID = try #require(IPAssetID(rawValue: String(location.dropFirst("/my/ideas?deposited=".count).prefix(36))))
        let asset = try #require(try await node.ipAssets.asset(id: assetID))
        #expect(asset.contentSHA256 == SHA256.hash(Array("secret".utf8)) && asset.holders.map(\.memberID) == [member.id])

        let shown = try await client.send("GET", location)
        #expect(shown.text.contains("href=\"/verify?receipt=\(assetID)\"") && shown.text.contains("href=\"/my/projects/\(project.id)\""))
        #expect(shown.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !shown.text.contains("<script>alert"))

        let again = try await client.submit("/my/ideas", "title=Other&summary=x&direction=y&city_id=\(town.id)&text=secret")
        #expect(again.status == 409 && again.text.contains("role=\"alert\"") && again.text.contains("<label for=\"title\">"))
        let empty = try await client.submit("/my/ideas", "title=&summary=&direction=&city_id=\(town.id)")
        #expect(empty.status == 422 && empty.text.contains("role=\"alert\""))
        let forged = try await client.submit("/my/ideas", "title=A&summary=b&direction=c&city_id=\(town.id)", csrf: false)
        #expect(forged.status == 403)
        #expect(try await node.projects.projects(ProjectFilter(memberID: member.id), matching: nil, page: try PageRequest(limit: 10)).items.count == 1,
                "a refused deposit leaves no project behind")

        let plain = try await client.submit("/my/ideas", "title=Plain&summary=b&direction=c&city_id=\(town.id)")
        #expect(plain.status == 303 && plain.header("Location") == "/my/ideas?done=myIdeaFormSubmit")
        await server.stop()
    }

    @Test func onlyTheLeadManagesTheTeamAndTheMVPPlanFromTheWorkspace() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let (lead, leadMember) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let (other, otherMember) = try await SignedInMember.make("boris@example.org", in: town, app: app, port: server.port)
        let project = try await node.projects.create(ProjectDraft(title: "Умный двор", summary: "Двор.", direction: "среда", cityID: town.id),
                                                     lead: leadMember.id)
        let path = "/my/projects/\(project.id)"
        #expect(try await other.send("GET", path).status == 403)
        #expect(try await other.submit("\(path)/team", "member_id=\(otherMember.id)&role=member").status == 403)
        #expect(try await other.submit("\(path)/milestones", "title=x&owner_role=lead&due_on=2027-01-15").status == 403)
        let page = try await lead.send("GET", path)
        #expect(page.status == 200 && page.text.contains("Рабочее место проекта") && page.text.contains("<label for=\"member_id\">"))
        #expect(page.text.contains("<label for=\"due_on\">") && page.text.contains("name=\"csrf_token\""))

        let added = try await lead.submit("\(path)/team", "member_id=\(otherMember.id)&role=member")
        #expect(added.status == 303 && added.header("Location") == path + "?done=projectTeamFormSubmit")
        #expect(try await node.projects.project(id: project.id)?.team.contains(TeamMember(memberID: otherMember.id, role: .member)) == true)
        #expect(try await lead.send("GET", path).text.contains("\(try #require(otherMember.name))</a> — участник команды"))
        let leadless = try await lead.submit("\(path)/team", "remove=\(leadMember.id)")
        #expect((400..<500).contains(leadless.status) && leadless.text.contains("role=\"alert\""), "a team keeps exactly one lead")
        #expect(try await node.projects.project(id: project.id)?.team.count == 2)
        let removed = try await lead.submit("\(path)/team", "remove=\(otherMember.id)")
        #expect(removed.status == 303)
        #expect(try await node.projects.project(id: project.id)?.team.count == 1)

        let planned = try await lead.submit("\(path)/milestones", "title=%3Cb%3E%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D1%82%D0%B8%D0%BF&owner_role=lead&due_on=2027-01-15")
        #expect(planned.status == 303, "\(planned.text)")
        let milestone = try #require(try await node.projects.milestones(of: project.id).first)
        #expect(milestone.title == "<b>Прототип" && milestone.status == .planned)
        let plan = try await lead.send("GET", path)
        #expect(plan.text.contains("15.01.2027") && plan.text.contains("&lt;b&gt;Прототип") && !plan.text.contains("<b>Прототип"))
        let done = try await lead.submit("\(path)/milestones/\(milestone.id)", "status=done")
        #expect(done.status == 303)
        #expect(try await node.projects.milestones(of: project.id).first?.status == .done)
        let undated = try await lead.submit("\(path)/milestones", "title=x&owner_role=lead&due_on=soon")
        #expect(undated.status == 422 && undated.text.contains("role=\"alert\"") && undated.text.contains("due_on"))
        #expect(try await node.projects.milestones(of: project.id).count == 1)
        let forged = try await lead.submit("\(path)/milestones/\(milestone.id)", "status=dropped", csrf: false)
        #expect(forged.status == 403)
        #expect(try await node.projects.milestones(of: project.id).first?.status == .done)
        await server.stop()
    }
}

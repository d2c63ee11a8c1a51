import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// The investment session over HTTP: staff set the agenda, investors register and pledge
/// only as themselves, conditions are shown to the two sides and staff only, the lead
/// accepts, and the sealed summary is published byte for byte as hashed in the ledger.
@Suite struct InvestmentSessionRoutesTests {
    private static func acceleratedProject(_ title: String, in city: City, lead: Member, app: TestApplication) async throws -> ProjectID {
        let project = try await app.node.projects.create(ProjectDraft(title: title, summary: "Сервис.", direction: "туризм",
                                                                      cityID: city.id), lead: lead.id)
        for stage in [ProjectStage.selected, .accelerating, .accelerated] { _ = try await app.node.projects.moveStage(of: project.id, to: stage) }
        return project.id
    }

    @Test func aSessionRunsFromAgendaToASealedSummary() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let kurgan = try await app.node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: glazov, app: app, roles: [.unionStaff], port: server.port)
        let (lead, leadMember) = try await SignedInMember.make("lead@example.org", in: glazov, app: app, port: server.port)
        let (investor, investorMember) = try await SignedInMember.make("angel@example.org", in: kurgan, app: app, roles: [.investor], port: server.port)
        let (rival, rivalMember) = try await SignedInMember.make("fund@example.org", in: kurgan, app: app, roles: [.investor], port: server.port)
        let (_, kurganLead) = try await SignedInMember.make("k@example.org", in: kurgan, app: app, port: server.port)
        for member in [investorMember, rivalMember] {
            _ = try await app.node.profiles.setInvestorProfile(of: member.id, kind: .fund,
                ticket: try TicketRange(minimumKopecks: 100_000, maximumKopecks: 100_000_000), directions: [])
        }
        let glazovProject = try await Self.acceleratedProject("Гид", in: glazov, lead: leadMember, app: app)
        let kurganProject = try await Self.acceleratedProject("Табло", in: kurgan, lead: kurganLead, app: app)
        let anonymous = try APIClient(port: server.port)

        let created = try await staff.send("POST", "/api/v1/events", json: """
            {"kind":"investment_session","title":"Инвестиционная сессия","city_ids":["\(glazov.id)","\(kurgan.id)"],"starts_on":"2026-12-01","ends_on":"2026-12-01"}
            """)
        let event = try #require(try created.json()["id"] as? String)
        let base = "/api/v1/investment-sessions/\(event)"
        let agenda = #"{"slots":[{"project_id":"\#(glazovProject)","starts_at":"2026-12-01T10:00:00.000Z","minutes":10},{"project_id":"\#(kurganProject)","starts_at":"2026-12-01T10:10:00.000Z","minutes":10}]}"#
        #expect(try await lead.send("PUT", base + "/agenda", json: agenda).status == 403)
        #expect(try await staff.send("PUT", base + "/agenda", json: agenda).status == 200)
        #expect(try await anonymous.send("GET", base + "/agenda").text.contains(kurganProject.rawValue))
        #expect(try await app.node.projects.project(id: glazovProject)?.stage == .pitched)

        #expect(try await staff.send("PUT", "/api/v1/events/\(event)/status", json: #"{"status":"open"}"#).status == 200)
        #expect(try await investor.send("POST", base + "/investors", json: "{}").status == 201)
        #expect(try await lead.send("POST", base + "/investors", json: #"{"member_id":"\#(rivalMember.id)"}"#).status == 403)
        #expect(try await staff.send("POST", base + "/investors", json: #"{"member_id":"\#(rivalMember.id)"}"#).status == 201)
        let tranches = #"{"project_id":"\#(glazovProject)","amount_kopecks":3000000,"conditions":"Отчёт раз в месяц","form":"tranches","tranches":[{"milestone":"MVP","amount_kopecks":1000000,"attester_ids":["\#(kurganLead.id)"]},{"milestone":"Пилот","amount_kopecks":2000000,"attester_ids":["\#(kurganLead.id)"]}]}"#
        #expect(try await investor.send("POST", base + "/pledges", json: tranches).status == 409, "not running yet")

        #expect(try await staff.send("PUT", "/api/v1/events/\(event)/status", json: #"{"status":"running"}"#).status == 200)
        #expect(try await lead.send("POST", base + "/pledges", json: tranches).status == 409, "not a registered investor")
        let pledged = try await investor.send("POST", base + "/pledges", json: tranches)
        #expect(pledged.status == 201, "\(pledged.text)")
        let pledge = try #require(try pledged.json()["id"] as? String)
        let equity = #"{"project_id":"\#(kurganProject)","amount_kopecks":500000,"form":"equity","pre_money_kopecks":10000000,"share_class_name":"Серия A"}"#
        let rivalPledge = try #require(try await rival.send("POST", base + "/pledges", json: equity).json()["id"] as? String)

        let publicList = try await anonymous.send("GET", base + "/pledges")
        #expect(publicList.status == 200 && !publicList.text.contains("Отчёт"), "conditions are not public")
        #expect(try await lead.send("GET", base + "/pledges/\(pledge)").text.contains("Отчёт"), "the lead reads them")
        #expect(try await rival.send("GET", base + "/pledges/\(pledge)").json()["conditions"] == nil)
        #expect(try await investor.send("POST", base + "/pledges/\(rivalPledge)/withdraw").status == 403, "someone else's pledge")
        #expect(try await staff.send("POST", base + "/pledges/\(rivalPledge)/withdraw").status == 403, "staff do not withdraw for investors")
        #expect(try await rival.send("POST", base + "/pledges/\(rivalPledge)/withdraw").json()["status"] as? String == "withdrawn")

        #expect(try await investor.send("POST", base + "/pledges/\(pledge)/accept").status == 403)
        let accepted = try await lead.send("POST", base + "/pledges/\(pledge)/accept")
        #expect(accepted.status == 200, "\(accepted.text)")
        #expect(try accepted.json()["accepted_by"] as? String == leadMember.id.rawValue)
        let contract = try #require(try accepted.json()["contract_id"] as? String)
        #expect(try await anonymous.send("GET", "/api/v1/contracts/\(contract)").text.contains("milestone_tranches"))
        #expect(try await staff.send("POST", base + "/pledges/\(pledge)/accept").status == 409, "accepted already")

        let day = app.node.capTables.today
        _ = try await app.node.capTables.record(.createShareClass(ShareClassCreation(
            id: "ev_common", date: day, shareClass: "common", name: "Обыкновенные", kind: .common, authorised: 1_000_000)), in: kurganProject)
        let option = #"{"project_id":"\#(kurganProject)","date":"\#(day)","share_class":"common","units":50000,"exercise_price_kopecks":0,"expiry":"2031-01-01","vesting":{"kind":"cliff_monthly","start":"\#(day)","cliff_months":0,"total_months":12}}"#
        #expect(try await lead.send("POST", base + "/union-option", json: option).status == 403)
        let granted = try await staff.send("POST", base + "/union-option", json: option)
        #expect(granted.status == 201, "\(granted.text)")

        let summary = try await anonymous.send("GET", base + "/summary").json()
        #expect(summary["pledged_kopecks"] as? Int == 3_000_000 && summary["accepted_kopecks"] as? Int == 3_000_000)
        let lines = try #require(summary["projects"] as? [[String: Any]])
        #expect(lines.count == 2 && (lines[1]["union_option"] as? [String: Any])?["units"] as? Int == 50_000)

        #expect(try await staff.send("PUT", "/api/v1/events/\(event)/status", json: #"{"status":"closed"}"#).status == 200)
        #expect(try await lead.send("POST", base + "/seal").status == 403)
        let sealed = try await staff.send("POST", base + "/seal")
        #expect(sealed.status == 200)
        let seal = try #require(try sealed.json()["seal"] as? [String: Any])
        let results = try await anonymous.send("GET", "/api/v1/events/\(event)/results")
        #expect(SHA256.hash(results.body).hex == seal["results_sha256"] as? String)
        #expect(results.text.contains(glazovProject.rawValue) && results.text.contains("\"towns\""))
        await server.stop()
    }
}

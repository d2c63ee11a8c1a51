import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// An investment session's page over HTTP: an investor pledges in tranches and withdraws,
/// the project's lead accepts, each sees only the forms that are theirs, conditions stay
/// with the two sides, and the investor is shown projects in its directions to watch.
@Suite struct InvestmentPagesTests {
    private struct Session {
        let app: TestApplication
        let server: TestServer
        let node: Node
        let event: EventID
        let project: Project
        let investor: (APIClient, Member)
        let lead: (APIClient, Member)
        let bystander: (APIClient, Member)
        let watched: Project
    }

    private static let form = "application/x-www-form-urlencoded"

    private static func running() async throws -> Session {
        let app = try await TestApplication.make()
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let investor = try await SignedInMember.make("kirill@example.org", in: town, app: app, roles: [.investor], port: server.port)
        _ = try await node.profiles.setInvestorProfile(of: investor.1.id, kind: .businessAngel,
                                                       ticket: try TicketRange(minimumKopecks: 100_000_00, maximumKopecks: 5_000_000_00),
                                                       directions: ["ЖКХ"])
        let lead = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let bystander = try await SignedInMember.make("boris@example.org", in: town, app: app, port: server.port)
        let project = try await node.projects.create(ProjectDraft(title: "<script>alert(1)</script> Гид", summary: "Аудиогид.",
                                                                  direction: "туризм", cityID: town.id), lead: lead.1.id)
        for stage in [ProjectStage.selected, .accelerating, .accelerated] { _ = try await node.projects.moveStage(of: project.id, to: stage) }
        let watched = try await node.projects.create(ProjectDraft(title: "Умный двор", summary: "Заявки жильцов.", direction: "ЖКХ",
                                                                  cityID: town.id), lead: bystander.1.id)
        _ = try await node.projects.moveStage(of: watched.id, to: .selected)
        let day = try #require(CalendarDate(rfc3339: "2026-12-01"))
        let session = try await node.events.create(EventDraft(kind: .investmentSession, title: "Питч-сессия", cityIDs: [town.id],
                                                              startsOn: day, endsOn: day))
        _ = try await node.investmentSessions.setAgenda([PitchSlot(projectID: project.id,
                                                                   startsAt: LedgerTime(millisecondsSinceEpoch: 1_795_000_000_000), minutes: 10)],
                                                        of: session.id)
        _ = try await node.events.move(session.id, to: .open)
        try await node.investmentSessions.registerInvestor(investor.1.id, in: session.id)
        _ = try await node.events.move(session.id, to: .running)
        return Session(app: app, server: server, node: node, event: session.id, project: project, investor: investor, lead: lead,
                       bystander: bystander, watched: watched)
    }

    @Test func anInvestorPledgesInTranchesAndTheLeadAcceptsIntoAContract() async throws {
        let session = try await Self.running()
        defer { session.app.remove() }
        let (investor, investorMember) = session.investor
        let page = try await investor.send("GET", "/investment-sessions/\(session.event)")
        #expect(page.status == 200 && page.text.contains("Траншами по вехам") && page.text.contains("name=\"milestone_1\""))
        #expect(!page.text.contains("<script>alert") && page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; Гид"))
        #expect(page.text.contains("Проекты для наблюдения") && page.text.contains("href=\"/projects/\(session.watched.id)\""))
        let body = "project_id=\(session.project.id)&form=tranches&milestone_1=Пилот&amount_1=1+000+000&milestone_2=Запуск"
            + "&amount_2=500+000,50&milestone_3=&amount_3=&attester_\(investorMember.id)=on&conditions=Отчёт+раз+в+месяц"
        let pledged = try await investor.send("POST", "/investment-sessions/\(session.event)/pledges",
                                              json: body.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? body,
                                              contentType: Self.form)
        #expect(pledged.status == 303, "\(pledged.text)")
        let pledge = try #require(try await session.node.investmentSessions.pledges(of: session.event).first)
        #expect(pledge.amount == Kopecks(150_000_050))
        guard case let .tranches(tranches) = pledge.form else { Issue.record("a tranche pledge was recorded as \(pledge.form)"); return }
        #expect(tranches.map(\.amount) == [Kopecks(100_000_000), Kopecks(50_000_050)] && tranches.allSatisfy { $0.attesters == [investorMember.id] })

        let (lead, _) = session.lead
        let leadPage = try await lead.send("GET", "/investment-sessions/\(session.event)")
        #expect(leadPage.text.contains("action=\"/investment-sessions/\(session.event)/acceptances\"") && leadPage.text.contains("Отчёт раз в месяц"))
        let bystanderPage = try await session.bystander.0.send("GET", "/investment-sessions/\(session.event)")
        #expect(!bystanderPage.text.contains("/acceptances\"") && !bystanderPage.text.contains("Отчёт раз в месяц"),
                "no accept button nor conditions for a member on neither side")
        let refused = try await session.bystander.0.send("POST", "/investment-sessions/\(session.event)/acceptances",
                                                         json: "pledge_id=\(pledge.id)", contentType: Self.form)
        #expect(refused.status == 403 && refused.text.contains("role=\"alert\"") && refused.text.contains("Это действие вам недоступно."))
        let noCSRF = try await lead.send("POST", "/investment-sessions/\(session.event)/acceptances", json: "pledge_id=\(pledge.id)",
                                         contentType: Self.form, csrf: false)
        #expect(noCSRF.status == 403)
        #expect(try await session.node.investmentSessions.pledge(id: pledge.id)?.status == .pledged, "refusals changed nothing")
        let accepted = try await lead.send("POST", "/investment-sessions/\(session.event)/acceptances", json: "pledge_id=\(pledge.id)",
                                           contentType: Self.form)
        #expect(accepted.status == 303, "\(accepted.text)")
        let stored = try #require(try await session.node.investmentSessions.pledge(id: pledge.id))
        guard case let .contract(contract)? = stored.acceptance?.outcome else { Issue.record("no contract from \(stored)"); return }
        #expect(try await session.node.contracts.contract(id: contract)?.kind == .milestoneTranches)
        #expect(try await session.node.projects.project(id: session.project.id)?.stage == .funded)
        #expect(try await lead.send("GET", "/investment-sessions/\(session.event)").text.contains("<td>Принято</td>"))
        await session.server.stop()
    }

    @Test func anInvestorWithdrawsItsOwnStandingPledgeAndABadTrancheLeavesNothing() async throws {
        let session = try await Self.running()
        defer { session.app.remove() }
        let (investor, _) = session.investor
        let badAttester = try await investor.send("POST", "/investment-sessions/\(session.event)/pledges",
                                                  json: "project_id=\(session.project.id)&form=tranches&milestone_1=Pilot&amount_1=1000000&attester_somebody=on",
                                                  contentType: Self.form)
        #expect(badAttester.status == 422 && badAttester.text.contains("role=\"alert\"") && badAttester.text.contains("Проверьте введённые данные. Выберите из списка"),
                "no member chosen to attest: said in Russian")
        let noMilestone = try await investor.send("POST", "/investment-sessions/\(session.event)/pledges",
                                                  json: "project_id=\(session.project.id)&form=tranches&milestone_1=&amount_1=&attester_\(session.investor.1.id)=on",
                                                  contentType: Self.form)
        #expect(noMilestone.status == 422)
        #expect(try await session.node.investmentSessions.pledges(of: session.event).isEmpty)
        // Beyond the investor's ticket: said in Russian beside the amount, the amount kept, the form open.
        let beyond = try await investor.send("POST", "/investment-sessions/\(session.event)/pledges",
                                             json: "project_id=\(session.project.id)&form=equity&amount=6+000+000&pre_money=20000000",
                                             contentType: Self.form)
        #expect(beyond.status == 422)
        let format = PageFormat(language: .russian)
        let said = "в пределах чека инвестора: от \(format.money(kopecks: 100_000_00)) до \(format.money(kopecks: 5_000_000_00))"
        #expect(beyond.text.contains(said) && !beyond.text.contains("kopecks"), "said in the page's language, in roubles")
        #expect(beyond.text.contains(#"value="6 000 000" aria-invalid="true""#) && beyond.text.contains(#"autofocus="autofocus"><p id=""#),
                "the typed amount is kept, marked, focused, and the refusal stands right after it")
        #expect(beyond.text.contains("<details open=\"open\">"), "the form that was sent stays open")
        #expect(beyond.text.components(separatedBy: "aria-invalid").count == 2, "only the form that was sent is marked")
        let equity = try await investor.send("POST", "/investment-sessions/\(session.event)/pledges",
                                             json: "project_id=\(session.project.id)&form=equity&amount=2000000&pre_money=20000000",
                                             contentType: Self.form)
        #expect(equity.status == 303)
        let pledge = try #require(try await session.node.investmentSessions.pledges(of: session.event).first)
        let byLead = try await session.lead.0.send("POST", "/investment-sessions/\(session.event)/withdrawals",
                                                   json: "pledge_id=\(pledge.id)", contentType: Self.form)
        #expect(byLead.status == 403, "only the investor withdraws its pledge")
        let withdrawn = try await investor.send("POST", "/investment-sessions/\(session.event)/withdrawals",
                                                json: "pledge_id=\(pledge.id)", contentType: Self.form)
        #expect(withdrawn.status == 303)
        #expect(try await session.node.investmentSessions.pledge(id: pledge.id)?.status == .withdrawn)
        let page = try await investor.send("GET", "/investment-sessions/\(session.event)")
        #expect(page.text.contains("отозвано") && !page.text.contains("/withdrawals\""))
        await session.server.stop()
    }

    @Test func roublesAreReadAsPeopleTypeThem() throws {
        #expect(try PageFields.roubles("1 234 567,89", field: "a") == Kopecks(123_456_789))
        #expect(try PageFields.roubles("1\u{00A0}000.5", field: "a") == Kopecks(100_050))
        for (typed, kopecks) in [("15", Int64(1_500)), ("1 500 000", 150_000_000), ("12,5", 1_250), ("0.01", 1), (" 7 ", 700)] {
            #expect(try PageFields.roubles(typed, field: "a") == Kopecks(kopecks), "\(typed)")
        }
        for bad in ["", "0", "0,00", "много", "1,234", "1,", "1.234,56", "1,2,3", "-5", "١٢", "92233720368547758", "99999999999999999999"] {
            #expect(throws: RegistryValidationError.self, "\(bad)") { try PageFields.roubles(bad, field: "a") }
        }
    }

    /// The session's totals are live: a viewer of the event stream gets them after a pledge
    /// made on the page, as the API then reads them.
    @Test func aPledgeMadeOnThePageReachesTheLiveTotals() async throws {
        let session = try await Self.running()
        defer { session.app.remove() }
        let stream = "/api/v1/investment-sessions/\(session.event)/summary/stream"
        let viewer = try RawClient(port: session.server.port, timeout: 20)
        try await viewer.send("GET \(stream) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = try await viewer.received { $0.components(separatedBy: "event: summary").count >= 2 }
        let page = try await session.investor.0.send("GET", "/investment-sessions/\(session.event)")
        #expect(page.text.contains("data-stream=\"\(stream)\"") && page.text.contains("/assets/session.js"))

        let pledged = try await session.investor.0.send("POST", "/investment-sessions/\(session.event)/pledges",
                                                        json: "project_id=\(session.project.id)&form=equity&amount=2000000&pre_money=20000000",
                                                        contentType: Self.form)
        #expect(pledged.status == 303)
        let live = try await viewer.received { $0.components(separatedBy: "event: summary").count >= 3 }
        let latest = try #require(live.components(separatedBy: "event: summary\ndata: ").last?.components(separatedBy: "\n\n").first)
        let summary = try await APIClient(port: session.server.port).send("GET", "/api/v1/investment-sessions/\(session.event)/summary")
        #expect(latest == summary.text && latest.contains("\"pledged_kopecks\":200000000"), "the viewer holds the totals with the new pledge")
        await session.server.stop()
    }
}

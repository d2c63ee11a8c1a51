import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Union staff's contract desk over HTTP: proposing a revenue share with a form, signing
/// for the Union, reporting costs and revenue in roubles, and a contract's page with its
/// signatures, distributions and statements; refusals beside the forms.
@Suite struct StaffContractPagesTests {
    /// A town, a staff account, a signed-in developer (a resident) and a project of its.
    struct Desk {
        let app: TestApplication
        let server: TestServer
        let staff, developer: APIClient
        let developerID: MemberID
        let town: City
        let project: Project

        static func make() async throws -> Desk {
            let app = try await TestApplication.make()
            let server = try TestServer.start(app.router)
            let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
            _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: SignedInMember.password, roles: [.unionStaff])
            let staff = try APIClient(port: server.port)
            _ = try await staff.logIn(email: "staff@example.org", password: SignedInMember.password)
            let (developer, member) = try await SignedInMember.make("dev@example.org", in: town, app: app, port: server.port)
            let project = try await app.node.projects.create(ProjectDraft(title: "Гид <script>alert(1)</script>", summary: "Аудиогид.",
                                                                          direction: "туризм", cityID: town.id), lead: member.id)
            return Desk(app: app, server: server, staff: staff, developer: developer, developerID: member.id, town: town, project: project)
        }

        func proposal(legalText: String) -> String {
            FormEncoding.body([
                ("project_id", project.id.rawValue), ("legal_text", legalText),
                ("party_1", "union"), ("role_1", "union"), ("weight_1", ""), ("representative_1", ""),
                ("party_2", developerID.rawValue), ("role_2", "developer"), ("weight_2", "1"), ("representative_2", ""),
                ("party_3", ""), ("role_3", ""), ("weight_3", ""), ("representative_3", ""),
                ("town_fund", "town_fund:\(town.id)"), ("town_fund_bp", "1500"), ("termination", "by_union"),
            ])
        }

        func post(_ client: APIClient, _ path: String, _ body: String, csrf: Bool = true) async throws -> RawResponse {
            try await client.send("POST", path, json: body, contentType: FormEncoding.contentType, csrf: csrf)
        }

        func stop() async {
            await server.stop()
            app.remove()
        }
    }

    @Test func staffProposeARevenueShareAndOnlyStaffSeeTheDesk() async throws {
        let desk = try await Desk.make()
        #expect(try await desk.developer.send("GET", "/staff/contracts").status == 403)
        #expect(try await APIClient(port: desk.server.port).send("GET", "/staff/contracts").status == 401)
        let empty = try await desk.staff.send("GET", "/staff/contracts")
        #expect(empty.status == 200 && empty.text.contains("Договоры Союза") && empty.text.contains("name=\"csrf_token\""))
        #expect(empty.text.contains("<label for=\"propose-legal_text\">") && empty.text.contains("<label for=\"propose-party_1\">"))
        // Parties, the project and the fund are chosen by name; their ids are only the options' values.
        #expect(empty.text.contains(#"<select id="propose-party_1" name="party_1">"#)
                && empty.text.contains(#"<option value="union">Союз умных городов</option>"#)
                && empty.text.contains(#"<select id="propose-project_id" name="project_id">"#)
                && empty.text.contains("<option value=\"\(desk.project.id)\">"))

        let text = "Договор о разделении выручки <script>alert(1)</script>"
        let noToken = try await desk.post(desk.staff, "/staff/contracts", desk.proposal(legalText: text), csrf: false)
        #expect(noToken.status == 403)
        #expect(try await desk.post(desk.developer, "/staff/contracts", desk.proposal(legalText: text)).status == 403)
        let refused = try await desk.post(desk.staff, "/staff/contracts", desk.proposal(legalText: ""))
        #expect(refused.status == 422 && refused.text.contains("role=\"alert\"") && refused.text.contains("legal_text"))
        #expect(try await desk.app.node.contracts.contracts(page: try PageRequest()).items.isEmpty)

        let proposed = try await desk.post(desk.staff, "/staff/contracts", desk.proposal(legalText: text))
        #expect(proposed.status == 303, "\(proposed.text)")
        let contract = try #require(try await desk.app.node.contracts.contracts(page: try PageRequest()).items.first)
        #expect(proposed.header("Location") == "/staff/contracts/\(contract.id)?done=proposeContractFormSubmit")
        let told = try await desk.staff.send("GET", try #require(proposed.header("Location")))
        #expect(told.text.contains(#"<p class="notice" role="status">Договор предложен сторонам.</p>"#), "a success says what happened")
        #expect(contract.kind == .revenueShare && contract.projectID == desk.project.id && contract.legalText.contains(text))
        #expect(contract.terms.textSHA256 == SHA256.hash(Array(contract.legalText.utf8)), "the hash binds the whole text shown")
        // The text names the project and the parties as the registry holds them.
        #expect(contract.legalText.hasPrefix("ДОГОВОР О РАЗДЕЛЕНИИ ВЫРУЧКИ ПРОЕКТА «Гид <script>alert(1)</script>»"))
        #expect(contract.legalText.contains("1. Союз умных городов.\n")
                && contract.legalText.contains("2. Участник — разработчик, доля 1 из 1.")
                && contract.legalText.contains("Фонд развития города Глазов получает 15,00 % выручки.")
                && contract.legalText.contains("Прекратить договор может Союз умных городов."))
        guard case let .revenueShare(terms) = contract.terms.parameters else { Issue.record("not a revenue share"); return }
        #expect(terms.townFundBasisPoints == 1500 && terms.fixedShares.map(\.weight) == [1])

        let page = try await desk.staff.send("GET", "/staff/contracts/\(contract.id)")
        #expect(page.status == 200 && page.text.contains("разделение выручки") && page.text.contains("предложен"))
        #expect(page.text.contains(contract.terms.textSHA256.hex) && page.text.contains("ещё не подписано"))
        #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.text.contains("<script>alert"))
        #expect(page.text.contains("Подписать за Союз"))
        let list = try await desk.staff.send("GET", "/staff/contracts")
        #expect(list.text.contains("href=\"/staff/contracts/\(contract.id)\""))
        let projectPage = try await desk.developer.send("GET", "/projects/\(desk.project.id)")
        #expect(projectPage.text.contains("href=\"/staff/contracts/\(contract.id)\""))
        await desk.stop()
    }

    @Test func revenueReportedInRoublesIsSplitToTheKopeckAndEveryPartySeesItsStatement() async throws {
        let desk = try await Desk.make()
        let node = desk.app.node
        let proposed = try await desk.post(desk.staff, "/staff/contracts", desk.proposal(legalText: "Договор."))
        let path = try #require(proposed.header("Location")?.split(separator: "?").first.map(String.init))
        let id = try #require(ContractID(rawValue: String(path.dropFirst("/staff/contracts/".count))))

        let early = try await desk.post(desk.staff, "\(path)/revenue", FormEncoding.body([("amount", "1 000")]))
        #expect(early.status == 409 && early.text.contains("role=\"alert\"") && early.text.contains("статус «предложен»"))
        let alert = try #require(early.text.range(of: "role=\"alert\""))
        #expect(early.text[..<alert.lowerBound].hasSuffix("<form method=\"post\" action=\"\(path)/revenue\"><input type=\"hidden\" name=\"csrf_token\" value=\"\(desk.staff.csrfToken ?? "")\"><p class=\"error\" "))

        #expect(try await desk.post(desk.developer, "\(path)/signatures", "").status == 403)
        #expect(try await desk.post(desk.staff, "\(path)/signatures", "").status == 303)
        #expect(try await desk.developer.send("POST", "/api/v1/members/\(desk.developerID)/keys", json: #"{"custodial":true}"#).status == 201)
        #expect(try await desk.developer.send("POST", "/api/v1/contracts/\(id)/signatures",
                                              json: #"{"party":"\#(desk.developerID)"}"#).status == 201)
        let signed = try await desk.staff.send("GET", path)
        #expect(signed.text.contains("действует") && !signed.text.contains("ещё не подписано") && signed.text.contains("href=\"/ledger/"))

        #expect(try await desk.post(desk.staff, "\(path)/costs", FormEncoding.body([("amount", "100")]), csrf: false).status == 403)
        let bad = try await desk.post(desk.staff, "\(path)/costs", FormEncoding.body([("amount", "много")]))
        #expect(bad.status == 422 && bad.text.contains("role=\"alert\""))
        #expect(try await node.contracts.contract(id: id)?.state.outstandingCosts == 0)
        #expect(try await desk.developer.send("POST", "\(path)/costs", json: FormEncoding.body([("amount", "100")]),
                                              contentType: FormEncoding.contentType).status == 403)

        #expect(try await desk.post(desk.staff, "\(path)/costs", FormEncoding.body([("amount", "100")])).status == 303)
        #expect(try await node.contracts.contract(id: id)?.state.outstandingCosts == 10_000)
        let reported = try await desk.post(desk.staff, "\(path)/revenue", FormEncoding.body([("amount", "1 000,01")]))
        #expect(reported.status == 303 && reported.header("Location") == path + "?done=reportContractRevenueFormSubmit")

        let contract = try #require(try await node.contracts.contract(id: id))
        let distribution = try #require(contract.state.distributions.last)
        #expect(distribution.amount == 100_001 && distribution.sumOfParts == 100_001)
        #expect(contract.state.outstandingCosts == 0)
        let format = PageFormat(language: .russian)
        let page = try await desk.developer.send("GET", path)
        #expect(page.status == 200 && page.text.contains(format.money(kopecks: 100_001)))
        let names = try await PartyNames.load(distribution.parts.keys.map(\.rawValue), node: node,
                                              layout: PageLayout(language: .russian, path: path, signedIn: true))
        #expect(!page.text.replacingOccurrences(of: #"href="[^"]*""#, with: "", options: .regularExpression).contains("mem_"),
                "parties are named, not numbered (ids stay in links)")
        for (party, part) in distribution.parts {
            let name = names.name(party.rawValue)
            #expect(!name.hasPrefix("mem_") && page.text.contains("\(name): \(format.money(kopecks: part))"))
            let statement = contract.state.balances.statement(for: party)
            #expect(!statement.isEmpty && page.text.contains("<h3>\(name) — \(format.money(kopecks: contract.state.balances.balance(of: party)))</h3>"))
        }
        #expect(page.text.contains("возмещение расходов") && page.text.contains("доля фонда города") && page.text.contains("доля держателя"))
        #expect(page.text.contains("Выписки сторон") && !page.text.contains("Сообщить о выручке"))
        #expect(try await desk.staff.send("GET", path).text.contains("Сообщить о выручке"))
        await desk.stop()
    }
}

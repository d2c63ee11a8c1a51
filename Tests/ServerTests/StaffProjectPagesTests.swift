import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Union staff's project desk: only staff see it; its stage form and its cap table forms
/// are the registry's own calls (a move or an event lands in the registry and the ledger,
/// a refusal is said beside its form and changes nothing); a transfer is only ever the
/// seller's own act.
@Suite struct StaffProjectPagesTests {
    private func desk(_ parties: CapTableParties) -> String { "/staff/projects/\(parties.projectID)" }

    private func post(_ client: APIClient, _ path: String, _ fields: [(String, String)], csrf: Bool = true) async throws -> RawResponse {
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        return try await client.send("POST", path, json: body, contentType: "application/x-www-form-urlencoded", csrf: csrf)
    }

    @Test func staffSeeTheDeskAndResidentsAreRefused() async throws {
        let parties = try await CapTableParties.make()
        let list = try await parties.staff.send("GET", "/staff/projects?q=%D0%BE%D1%81%D1%82%D0%B0%D0%BD%D0%BE%D0%B2%D0%BA%D0%B0")
        #expect(list.status == 200 && list.text.contains("Умная остановка") && list.text.contains("href=\"\(desk(parties))\""))
        let page = try await parties.staff.send("GET", desk(parties))
        #expect(page.status == 200, "\(page.text)")
        #expect(page.text.contains("Таблица долей") && page.text.contains("Стадии проекта") && page.text.contains("name=\"csrf_token\""))
        #expect(page.text.contains(parties.annaID.rawValue) && page.text.contains("600\u{00A0}000") && page.text.contains("по вехам"))
        #expect(page.text.contains("<label for=\"grants-units\">") && page.text.contains("<label for=\"rounds-investor_0\">"))
        #expect(page.text.contains("Сотрудник Союза не может подписать её за другого участника"))
        #expect(try await parties.staff.send("GET", "/account").text.contains("href=\"/staff/projects\""))
        #expect(try await parties.stranger.send("GET", "/staff/projects").status == 403)
        #expect(try await parties.stranger.send("GET", desk(parties)).status == 403)
        #expect(try await parties.anna.send("GET", desk(parties)).status == 403, "a project's lead is not staff")
        #expect(try await parties.anonymous().send("GET", desk(parties)).status == 401)
        await parties.remove()
    }

    @Test func aStageMoveLandsInTheRegistryAndTheLedger() async throws {
        let parties = try await CapTableParties.make()
        let size = await parties.app.node.ledger.size
        let moved = try await post(parties.staff, desk(parties) + "/stage", [("stage", "selected")])
        #expect(moved.status == 303 && moved.header("Location") == desk(parties) + "?done=projectStageFormSubmit")
        #expect(try await parties.app.node.projects.project(id: parties.projectID)?.stage == .selected)
        let entry = try await parties.app.node.ledger.entry(size).entry
        #expect(entry.kind == "project.stage" && entry.payload["to"] == .string("selected"))
        let page = try await parties.staff.send("GET", desk(parties))
        #expect(page.text.contains("идея → отобран на Игре") && page.text.contains("href=\"/ledger/\(size)\""))
        await parties.remove()
    }

    @Test func aSkippedStageIsRefusedBesideItsFormAndNothingChanges() async throws {
        let parties = try await CapTableParties.make()
        let size = await parties.app.node.ledger.size
        let refused = try await post(parties.staff, desk(parties) + "/stage", [("stage", "funded")])
        #expect(refused.status == 409)
        #expect(refused.text.contains("id=\"stage-error\"") && refused.text.contains("не может перейти в «профинансирован»"))
        #expect(try await parties.app.node.projects.project(id: parties.projectID)?.stage == .idea)
        #expect(await parties.app.node.ledger.size == size)
        await parties.remove()
    }

    @Test func aGrantFromTheFormIsOnTheDeskAndInTheTable() async throws {
        let parties = try await CapTableParties.make()
        let granted = try await post(parties.staff, desk(parties) + "/grants", [
            ("grantee", parties.veraID.rawValue), ("share_class", "common"), ("units", "12 000"), ("exercise_price", "2"),
            ("cliff_months", "12"), ("total_months", "48"), ("date", "2026-03-01"), ("expiry", "2036-03-01"),
        ])
        #expect(granted.status == 303, "\(granted.text)")
        let table = try await parties.app.node.capTables.table(of: parties.projectID)
        let grant = try #require(table.grants.values.first { $0.grant.grantee.rawValue == parties.veraID.rawValue }?.grant)
        #expect(grant.units.value == 12_000 && grant.exercisePrice == Kopecks(200))
        #expect(grant.vesting == .cliffMonthly(start: try #require(CalendarDate(rfc3339: "2026-03-01")), cliffMonths: 12, totalMonths: 48))
        let page = try await parties.staff.send("GET", desk(parties))
        #expect(page.text.contains("12\u{00A0}000") && page.text.contains("2,00\u{00A0}₽"))
        let tooMany = try await post(parties.staff, desk(parties) + "/grants", [
            ("grantee", parties.veraID.rawValue), ("share_class", "common"), ("units", "10000000"), ("exercise_price", "2"),
            ("cliff_months", "12"), ("total_months", "48"), ("date", "2026-03-01"), ("expiry", "2036-03-01"),
        ])
        #expect(tooMany.status == 409 && tooMany.text.contains("id=\"grants-error\""))
        #expect(try await parties.app.node.capTables.table(of: parties.projectID) == table)
        await parties.remove()
    }

    @Test func aPricedRoundFromTheFormIssuesItsClassToTheInvestors() async throws {
        let parties = try await CapTableParties.make()
        let recorded = try await post(parties.staff, desk(parties) + "/rounds", [
            ("name", "Посевной"), ("share_class", "seed"), ("date", "2026-04-01"), ("pre_money", "7 500 000"),
            ("investor_0", parties.veraID.rawValue), ("amount_0", "750 000"), ("investor_1", ""), ("amount_1", ""),
        ])
        #expect(recorded.status == 303, "\(recorded.text)")
        let table = try await parties.app.node.capTables.table(of: parties.projectID)
        #expect(table.shareClasses[ShareClassID("seed")]?.name == "Посевной")
        #expect((table.holdings[StakeholderID(parties.veraID.rawValue)]?[ShareClassID("seed")]?.value ?? 0) > 0)
        let page = try await parties.staff.send("GET", desk(parties))
        #expect(page.text.contains("Посевной (seed, preferred)"))
        await parties.remove()
    }

    @Test func staffTransferOnlyTheirOwnUnitsSignedWithTheirCustodialKey() async throws {
        let parties = try await CapTableParties.make()
        let node = parties.app.node
        let account = try await node.accounts.createAccount(email: "olga@example.org", password: CapTableParties.password,
                                                            roles: [.unionStaff])
        let olga = try await node.members.setStatus(.admitted, of: try await node.members.apply(
            MemberApplication(kind: .person, name: "Ольга", accountID: account.id)).id)
        _ = try await node.capTables.record(try CapTableEvent(payload: .object([
            "type": "issue_shares", "id": "olga_shares", "date": "2026-02-15", "holder": .string(olga.id.rawValue),
            "share_class": "common", "units": 5000, "price_per_unit_kopecks": 1,
        ])), in: parties.projectID)
        let client = try APIClient(port: parties.server.port)
        _ = try await client.logIn(email: "olga@example.org", password: CapTableParties.password)
        #expect(try await client.send("POST", "/api/v1/members/\(olga.id)/keys", json: #"{"custodial":true}"#).status == 201)

        let size = await node.ledger.size
        let forAnna = try await post(client, desk(parties) + "/transfers", [
            ("from", parties.annaID.rawValue), ("to", olga.id.rawValue), ("share_class", "common"), ("units", "100"),
            ("date", "2026-03-01"),
        ])
        #expect(forAnna.status == 403 && forAnna.text.contains("id=\"transfers-error\"") && forAnna.text.contains("Only the seller"))
        #expect(await node.ledger.size == size)

        let own = try await post(client, desk(parties) + "/transfers", [
            ("from", olga.id.rawValue), ("to", parties.annaID.rawValue), ("share_class", "common"), ("units", "1 000"),
            ("date", "2026-03-01"),
        ])
        #expect(own.status == 303, "\(own.text)")
        let table = try await node.capTables.table(of: parties.projectID)
        #expect(table.holdings[StakeholderID(olga.id.rawValue)]?[ShareClassID("common")]?.value == 4000)
        #expect(table.holdings[StakeholderID(parties.annaID.rawValue)]?[ShareClassID("common")]?.value == 601_000)
        let entry = try await node.ledger.entry(size).entry
        #expect(entry.kind == "cap.transfer" && entry.payload["signer"] == .string(olga.id.rawValue))

        let stranger = try await post(parties.stranger, desk(parties) + "/transfers", [
            ("from", parties.annaID.rawValue), ("to", olga.id.rawValue), ("share_class", "common"), ("units", "1"), ("date", "2026-03-02"),
        ])
        #expect(stranger.status == 403 && !stranger.text.contains("Таблица долей"), "a refused non-staff caller never sees the desk")
        #expect(try await parties.anna.send("POST", "/api/v1/members/\(parties.annaID)/keys", json: #"{"custodial":true}"#).status == 201)
        let anna = try await post(parties.anna, desk(parties) + "/transfers", [
            ("from", parties.annaID.rawValue), ("to", olga.id.rawValue), ("share_class", "common"), ("units", "1"), ("date", "2026-03-02"),
        ])
        #expect(anna.status == 303 && anna.header("Location") == "/projects/\(parties.projectID)?done=transferFormSubmit", "a seller may send it, as through the API")
        await parties.remove()
    }

    @Test func aHostileTitleIsEscapedAndAFormWithoutCSRFIsRefused() async throws {
        let parties = try await CapTableParties.make()
        let node = parties.app.node
        let town = try #require(try await node.cities.all().first)
        let hostile = try await node.projects.create(ProjectDraft(title: "<script>alert(1)</script>", summary: "Да.", direction: "игры",
                                                                  cityID: town.id), lead: parties.annaID)
        for path in ["/staff/projects", "/staff/projects/\(hostile.id)"] {
            let page = try await parties.staff.send("GET", path)
            #expect(page.status == 200 && page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.text.contains("<script>alert"))
        }
        let size = await node.ledger.size
        let forged = try await post(parties.staff, desk(parties) + "/stage", [("stage", "selected")], csrf: false)
        #expect(forged.status == 403)
        #expect(try await node.projects.project(id: parties.projectID)?.stage == .idea)
        #expect(await node.ledger.size == size)
        await parties.remove()
    }
}

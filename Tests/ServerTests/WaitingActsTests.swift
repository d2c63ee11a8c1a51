import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// «Ждёт вашего действия»: a party's member is told in every page's header that a contract
/// waits for its signature, finds it in the inbox and on the API, signs it on the contract's
/// page through the operation the API runs, and the act leaves the inbox; staff are told of
/// applications waiting for a decision.
@Suite struct WaitingActsTests {
    @Test func aContractToSignWaitsInTheInboxUntilSignedOnItsPage() async throws {
        let desk = try await StaffContractPagesTests.Desk.make()
        #expect(try await desk.developer.send("POST", "/api/v1/members/\(desk.developerID)/keys", json: #"{"custodial":true}"#).status == 201)
        let before = try await desk.developer.send("GET", "/account")
        #expect(before.text.contains(#"<a href="/my/inbox" class="waiting none">Ждёт действия: 0</a>"#), "\(before.text.prefix(2_000))")
        let proposed = try await desk.post(desk.staff, "/staff/contracts", desk.proposal(legalText: "Договор о доле выручки."))
        let path = try #require(proposed.header("Location")?.split(separator: "?").first.map(String.init))
        let id = try #require(ContractID(rawValue: String(path.dropFirst("/staff/contracts/".count))))

        let header = try await desk.developer.send("GET", "/account")
        #expect(header.text.contains(#"<a href="/my/inbox" class="waiting">Ждёт действия: 1</a>"#))
        let inbox = try await desk.developer.send("GET", "/my/inbox")
        #expect(inbox.status == 200 && inbox.text.contains("<a href=\"/my/contracts/\(id)\">Подпишите договор: разделение выручки по проекту «Гид &lt;script&gt;alert(1)&lt;/script&gt;»</a>"),
                "\(inbox.text)")
        let api = try await desk.developer.send("GET", "/api/v1/waiting-acts")
        let items = try #require(try JSONValue.parse(Array(api.text.utf8)).objectValue?["items"]?.arrayValue)
        #expect(items.count == 1 && items[0].objectValue?["kind"] == .string("sign_contract") && items[0].objectValue?["id"] == .string(id.rawValue))

        let page = try await desk.developer.send("GET", "/my/contracts/\(id)")
        #expect(page.status == 200 && page.text.contains("Договор о доле выручки.") && page.text.contains("Подписать договор"))
        #expect(page.text.contains("name=\"party\" value=\"\(desk.developerID)\""), "the form signs for the party the reader acts for")
        #expect(try await desk.staff.send("GET", "/my/contracts/\(id)").status == 404, "not a party: no page to sign")

        let badSignature = try await desk.post(desk.developer, "/my/contracts/\(id)/signatures",
                                               FormEncoding.body([("party", desk.developerID.rawValue), ("with", "own-key"), ("key_id", "ab"), ("signature", "cd")]))
        #expect(badSignature.status == 422 && badSignature.text.contains("id=\"key_id-\(desk.developerID)-refusal\""), "\(badSignature.text)")
        let signed = try await desk.post(desk.developer, "/my/contracts/\(id)/signatures", FormEncoding.body([("party", desk.developerID.rawValue), ("with", "node-key")]))
        #expect(signed.status == 303 && signed.header("Location") == "/my/contracts/\(id)?done=signContractFormSubmit", "\(signed.text)")
        let contract = try #require(try await desk.app.node.contracts.contract(id: id))
        #expect(contract.state.signatures[try #require(PartyID(rawValue: desk.developerID.rawValue))] != nil)

        let after = try await desk.developer.send("GET", "/my/inbox")
        #expect(after.text.contains("Сейчас ничего не ждёт вашего действия.") && after.text.contains("Ждёт действия: 0"))
        await desk.stop()
    }

    @Test func staffAreToldOfApplicationsAndTheSignedOutOfNothing() async throws {
        let desk = try await StaffContractPagesTests.Desk.make()
        _ = try await desk.app.node.members.apply(MemberApplication(kind: .person, name: "Новичок", cityID: desk.town.id))
        let staff = try await desk.staff.send("GET", "/my/inbox")
        #expect(staff.text.contains("<a href=\"/staff/admissions\">Рассмотрите заявки в Союз: 1\u{00A0}заявка</a>"), "\(staff.text)")
        #expect(staff.text.contains("Ждёт действия: 1"))
        let signedOut = try APIClient(port: desk.server.port)
        #expect(try await signedOut.send("GET", "/").text.contains("/my/inbox") == false)
        #expect(try await signedOut.send("GET", "/api/v1/waiting-acts").status == 401)
        await desk.stop()
    }
}

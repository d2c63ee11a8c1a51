import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Contracts over HTTP on a real server: staff propose, every party signs through the
/// one who acts for it (custodial or client-held key, the statement from the preview),
/// the money rules pay exact sums, refusals are problems naming the numbers, and the
/// ledger still verifies afterwards.
@Suite struct ContractRoutesTests {
    static let password = "correct horse battery staple"
    static let text = "Договор о разделе выручки цифрового сервиса «Умная остановка», г. Глазов."

    /// A signed-in account and, once admitted, its member id and party id.
    private struct Person {
        let client: APIClient
        let memberID: String
    }

    private struct World {
        let staff: APIClient
        let app: TestApplication
        let server: TestServer

        func person(_ name: String, custodialKey: Bool = true) async throws -> Person {
            let email = "\(UUID().uuidString.lowercased())@example.org"
            _ = try await app.node.accounts.createAccount(email: email, password: ContractRoutesTests.password, roles: [.resident])
            let client = try APIClient(port: server.port)
            _ = try await client.logIn(email: email, password: ContractRoutesTests.password)
            let id = try #require(try await client.send("POST", "/api/v1/members", json: #"{"name":"\#(name)"}"#).json()["id"] as? String)
            #expect(try await staff.send("PUT", "/api/v1/members/\(id)/status", json: #"{"status":"admitted"}"#).status == 200)
            if custodialKey {
                #expect(try await client.send("POST", "/api/v1/members/\(id)/keys", json: #"{"custodial":true}"#).status == 201)
            }
            return Person(client: client, memberID: id)
        }

        func city(_ name: String) async throws -> String {
            let city = try await staff.send("POST", "/api/v1/cities", json: #"{"name":"\#(name)","region":"Удмуртия"}"#)
            return try #require(try city.json()["id"] as? String)
        }

        func propose(_ terms: String, representatives: String = "[]") async throws -> String {
            let response = try await staff.send("POST", "/api/v1/contracts", json: """
                {"terms":\(terms),"legal_text":"\(ContractRoutesTests.text)","representatives":\(representatives)}
                """)
            #expect(response.status == 201, "\(response.text)")
            return try #require(try response.json()["id"] as? String)
        }

        func verifyLedger() async throws {
            #expect(try LedgerVerifier.verifyDatabase(at: app.node.folder.databasePath).entries == (await app.node.ledger.size))
        }
    }

    private func world() async throws -> World {
        let app = try await TestApplication.make()
        let server = try TestServer.start(app.router)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: Self.password, roles: [.unionStaff])
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: Self.password)
        return World(staff: staff, app: app, server: server)
    }

    private var textSHA256: String { SHA256.hash(Array(Self.text.utf8)).hex }

    private func day(_ offset: Int64) -> String {
        CalendarDate(LedgerTime(millisecondsSinceEpoch: LedgerTime.now().millisecondsSinceEpoch + offset * 86_400_000)).rfc3339
    }

    private func expectProblem(_ response: RawResponse, _ status: Int, _ type: String, mentioning words: [String],
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(response.status == status, "\(response.text)", sourceLocation: sourceLocation)
        #expect(response.headers.contains { $0.0.lowercased() == "content-type" && $0.1 == "application/problem+json" },
                sourceLocation: sourceLocation)
        let detail = try response.json()["detail"] as? String ?? ""
        #expect(try response.json()["type"] as? String == ProblemDetails.typeBase + type, "\(response.text)", sourceLocation: sourceLocation)
        for word in words { #expect(detail.contains(word), "\(detail) should mention \(word)", sourceLocation: sourceLocation) }
    }

    private func balances(_ contract: [String: Any]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: (contract["balances"] as? [[String: Any]] ?? []).map {
            ($0["party"] as? String ?? "", $0["balance_kopecks"] as? Int ?? 0)
        })
    }

    @Test func partiesSignWithCustodialAndClientHeldKeysAndRevenueFollowsTheWaterfall() async throws {
        let world = try await world()
        defer { world.app.remove() }
        let developer = try await world.person("Денис")
        let investor = try await world.person("Инна", custodialKey: false)
        let stranger = try await world.person("Олег")
        let key = try Ed25519PrivateKey.generate()
        let proof = try key.signature(for: try MemberKeys.registrationStatement(
            for: try #require(MemberID(rawValue: investor.memberID)), publicKeyHex: key.publicKey.hex).canonicalBytes)
        #expect(try await investor.client.send("POST", "/api/v1/members/\(investor.memberID)/keys",
                                               json: #"{"public_key":"\#(key.publicKey.hex)","proof":"\#(proof.hex)"}"#).status == 201)
        let fund = "town_fund:\(try await world.city("Глазов"))"
        let id = try await world.propose("""
            {"kind":"revenue_share","text_sha256":"\(textSHA256)","termination":{"rule":"by_union"},
             "parties":[{"party":"union","role":"union"},{"party":"\(developer.memberID)","role":"developer"},
                        {"party":"\(investor.memberID)","role":"investor"}],
             "parameters":{"town_fund":"\(fund)","town_fund_bp":1500,
                           "fixed_shares":[{"party":"\(developer.memberID)","weight":60},{"party":"\(investor.memberID)","weight":40}]}}
            """)
        let path = "/api/v1/contracts/\(id)"

        try expectProblem(try await world.staff.send("POST", "\(path)/revenue", json: #"{"amount_kopecks":1000}"#), 409,
                          "contract-state", mentioning: ["active", "proposed"])
        #expect(try await world.staff.send("POST", "\(path)/signatures", json: #"{"party":"union"}"#).status == 201)
        #expect(try await developer.client.send("POST", "\(path)/signatures", json: #"{"party":"union"}"#).status == 403)
        #expect(try await world.staff.send("POST", "\(path)/signatures", json: #"{"party":"\#(developer.memberID)"}"#).status == 403)
        #expect(try await developer.client.send("POST", "\(path)/signatures", json: #"{"party":"\#(developer.memberID)"}"#).status == 201)
        try expectProblem(try await developer.client.send("POST", "\(path)/signatures", json: #"{"party":"\#(developer.memberID)"}"#),
                          409, "contract-state", mentioning: [developer.memberID, "already signed"])
        try expectProblem(try await stranger.client.send("POST", "\(path)/signatures", json: #"{"party":"\#(stranger.memberID)"}"#),
                          422, "contract-terms", mentioning: [stranger.memberID, "not a party"])

        let preview = try await investor.client.send("POST", "\(path)/signatures?preview=true",
                                                     json: #"{"party":"\#(investor.memberID)","key_id":"\#(key.keyID.hex)"}"#)
        #expect(preview.status == 200, "\(preview.text)")
        let base64 = try #require(try preview.json()["canonical_base64"] as? String)
        let bytes = Array(try #require(Data(base64Encoded: base64)))
        #expect(String(decoding: bytes, as: UTF8.self).contains(textSHA256))
        let forged = try key.signature(for: bytes + [0x20]).hex
        try expectProblem(try await investor.client.send("POST", "\(path)/signatures", json: """
            {"party":"\(investor.memberID)","signature":{"key_id":"\(key.keyID.hex)","signature":"\(forged)"}}
            """), 422, "invalid-signature", mentioning: [key.keyID.hex])
        #expect(try await world.app.node.contracts.contract(id: try #require(ContractID(rawValue: id)))?.status == .proposed)
        let signed = try await investor.client.send("POST", "\(path)/signatures", json: """
            {"party":"\(investor.memberID)","signature":{"key_id":"\(key.keyID.hex)","signature":"\(try key.signature(for: bytes).hex)"}}
            """)
        #expect(try signed.status == 201 && signed.json()["status"] as? String == "active", "\(signed.text)")

        #expect(try await world.staff.send("POST", "\(path)/costs", json: #"{"amount_kopecks":100000}"#).status == 201)
        let first = try await world.staff.send("POST", "\(path)/revenue", json: #"{"amount_kopecks":1000000}"#).json()
        #expect(balances(first) == ["union": 100_000, fund: 135_000, developer.memberID: 459_000, investor.memberID: 306_000])
        let second = try await world.staff.send("POST", "\(path)/revenue", json: #"{"amount_kopecks":333333}"#).json()
        let parts = (second["distributions"] as? [[String: Any]])?.last?["parts"] as? [[String: Any]] ?? []
        #expect(parts.reduce(0) { $0 + ($1["amount_kopecks"] as? Int ?? 0) } == 333_333)
        #expect(balances(second).values.reduce(0, +) == 1_333_333)
        #expect(balances(second) == ["union": 100_000, fund: 184_999, developer.memberID: 629_000, investor.memberID: 419_334])
        let statement = try await APIClient(port: world.server.port).send("GET", "\(path)/parties/\(investor.memberID)/statement").json()
        #expect((statement["lines"] as? [[String: Any]])?.map { $0["amount_kopecks"] as? Int } == [306_000, 113_334])

        let listed = try await APIClient(port: world.server.port).send("GET", "/api/v1/contracts?party=\(investor.memberID)&status=active")
        #expect((try listed.json()["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
        try await world.verifyLedger()
        await world.server.stop()
    }

    @Test func aCrowdfundingThatMissesItsTargetRefundsEveryTownAndRefusesLatePledges() async throws {
        let world = try await world()
        defer { world.app.remove() }
        let developer = try await world.person("Денис")
        let glazov = try await world.person("Глеб"), sarapul = try await world.person("Сара")
        let cities = [try await world.city("Глазов"), try await world.city("Сарапул")]
        let representatives = """
            [{"party":"\(cities[0])","member_id":"\(glazov.memberID)"},{"party":"\(cities[1])","member_id":"\(sarapul.memberID)"}]
            """
        func crowdfunding(deadline: String) async throws -> String {
            let id = try await world.propose("""
                {"kind":"crowdfunding","text_sha256":"\(textSHA256)","termination":{"rule":"on_deadline"},
                 "parties":[{"party":"union","role":"union"},{"party":"\(developer.memberID)","role":"developer"}],
                 "parameters":{"target":10000000,"deadline":"\(deadline)","developer":"\(developer.memberID)","excess":"keep_all"}}
                """, representatives: representatives)
            #expect(try await world.staff.send("POST", "/api/v1/contracts/\(id)/signatures", json: #"{"party":"union"}"#).status == 201)
            #expect(try await developer.client.send("POST", "/api/v1/contracts/\(id)/signatures",
                                                    json: #"{"party":"\#(developer.memberID)"}"#).status == 201)
            return "/api/v1/contracts/\(id)"
        }
        let path = try await crowdfunding(deadline: day(0))
        for _ in 0..<2 {
            let pledge = try await glazov.client.send("POST", "\(path)/pledges", json: #"{"party":"\#(cities[0])","amount_kopecks":3000000}"#,
                                                      headers: [("Idempotency-Key", "glazov-pledge-1")])
            #expect(try pledge.status == 201 && pledge.json()["pledged_total_kopecks"] as? Int == 3_000_000, "a retry pledges once")
        }
        #expect(try await glazov.client.send("POST", "\(path)/pledges", json: #"{"party":"\#(cities[1])","amount_kopecks":1}"#).status == 403)
        #expect(try await sarapul.client.send("POST", "\(path)/pledges", json: #"{"party":"\#(cities[1])","amount_kopecks":2000000}"#).status == 201)
        try expectProblem(try await sarapul.client.send("POST", "\(path)/withdrawals", json: #"{"party":"\#(cities[1])","amount_kopecks":2500000}"#),
                          409, "contract-state", mentioning: ["2500000", "2000000"])
        #expect(try await sarapul.client.send("POST", "\(path)/withdrawals", json: #"{"party":"\#(cities[1])","amount_kopecks":500000}"#).status == 201)

        let closed = try await world.staff.send("POST", "\(path)/close")
        #expect(closed.status == 201, "\(closed.text)")
        let contract = try closed.json()
        #expect(contract["status"] as? String == "terminated" && contract["target_met"] as? Bool == false)
        #expect(balances(contract) == [cities[0]: 0, cities[1]: 0])
        let statement = try await world.staff.send("GET", "\(path)/parties/\(cities[1])/statement").json()
        #expect((statement["lines"] as? [[String: Any]])?.map { $0["what"] as? String } == ["pledge", "withdrawal", "refund"])
        #expect((statement["lines"] as? [[String: Any]])?.map { $0["amount_kopecks"] as? Int } == [-2_000_000, 500_000, 1_500_000])

        let late = try await crowdfunding(deadline: day(-1))
        try expectProblem(try await glazov.client.send("POST", "\(late)/pledges", json: #"{"party":"\#(cities[0])","amount_kopecks":100}"#),
                          409, "contract-state", mentioning: [day(0), day(-1), "after the deadline"])
        try await world.verifyLedger()
        await world.server.stop()
    }

    @Test func attestersReleaseATrancheOnlyWhenAllHaveAttested() async throws {
        let world = try await world()
        defer { world.app.remove() }
        let developer = try await world.person("Денис"), investor = try await world.person("Инна"), mentor = try await world.person("Мария")
        let id = try await world.propose("""
            {"kind":"milestone_tranches","text_sha256":"\(textSHA256)","termination":{"rule":"by_union"},
             "parties":[{"party":"union","role":"union"},{"party":"\(developer.memberID)","role":"recipient"},
                        {"party":"\(investor.memberID)","role":"investor"},{"party":"\(mentor.memberID)","role":"attester"}],
             "parameters":{"investor":"\(investor.memberID)","recipient":"\(developer.memberID)",
                           "attesters":["union","\(mentor.memberID)"],
                           "tranches":[{"milestone":"mvp","kopecks":300000},{"milestone":"pilot","kopecks":700000}]}}
            """)
        let path = "/api/v1/contracts/\(id)"
        #expect(try await world.staff.send("POST", "\(path)/signatures", json: #"{"party":"union"}"#).status == 201)
        for person in [developer, investor, mentor] {
            #expect(try await person.client.send("POST", "\(path)/signatures", json: #"{"party":"\#(person.memberID)"}"#).status == 201)
        }
        let attest = #"{"milestone":"mvp","attester":"\#(mentor.memberID)"}"#
        #expect(try await developer.client.send("POST", "\(path)/attestations", json: attest).status == 403)
        let preview = try await mentor.client.send("POST", "\(path)/attestations?preview=true", json: attest)
        #expect(try preview.json()["act"] as? String == "contract.attest" && preview.json()["signer"] as? String == mentor.memberID)
        let halfway = try await mentor.client.send("POST", "\(path)/attestations", json: attest).json()
        #expect(halfway["released_milestones"] as? [String] == [])
        try expectProblem(try await mentor.client.send("POST", "\(path)/attestations", json: attest), 409, "contract-state",
                          mentioning: [mentor.memberID, "mvp"])
        let released = try await world.staff.send("POST", "\(path)/attestations", json: #"{"milestone":"mvp","attester":"union"}"#).json()
        #expect(released["released_milestones"] as? [String] == ["mvp"])
        #expect(balances(released) == [investor.memberID: -1_000_000, developer.memberID: 300_000])
        try await world.verifyLedger()
        await world.server.stop()
    }

    @Test func anAttesterFindsAMilestoneInItsInboxAndAttestsItOnThePage() async throws {
        let world = try await world()
        defer { world.app.remove() }
        let developer = try await world.person("Денис"), investor = try await world.person("Инна"), mentor = try await world.person("Мария")
        let id = try await world.propose("""
            {"kind":"milestone_tranches","text_sha256":"\(textSHA256)","termination":{"rule":"by_union"},
             "parties":[{"party":"union","role":"union"},{"party":"\(developer.memberID)","role":"recipient"},
                        {"party":"\(investor.memberID)","role":"investor"},{"party":"\(mentor.memberID)","role":"attester"}],
             "parameters":{"investor":"\(investor.memberID)","recipient":"\(developer.memberID)",
                           "attesters":["union","\(mentor.memberID)"],
                           "tranches":[{"milestone":"mvp","kopecks":300000},{"milestone":"pilot","kopecks":700000}]}}
            """)
        let path = "/api/v1/contracts/\(id)"
        #expect(try await world.staff.send("POST", "\(path)/signatures", json: #"{"party":"union"}"#).status == 201)
        for person in [developer, investor, mentor] {
            #expect(try await person.client.send("POST", "\(path)/signatures", json: #"{"party":"\#(person.memberID)"}"#).status == 201)
        }
        let waiting = try await mentor.client.send("GET", "/api/v1/waiting-acts").text
        #expect(waiting.contains("attest_milestone") && waiting.contains(id))
        #expect(try await developer.client.send("GET", "/api/v1/waiting-acts").text.contains("attest_milestone") == false)
        let inbox = try await mentor.client.send("GET", "/my/inbox").text
        #expect(inbox.contains("href=\"/my/contracts/\(id)#attest\"") && inbox.contains("«mvp»") && inbox.contains("«pilot»"))
        let page = try await mentor.client.send("GET", "/my/contracts/\(id)").text
        #expect(page.contains("id=\"attest\"") && page.contains("action=\"/my/contracts/\(id)/attestations\"")
                && page.contains(#"value="mvp""#) && page.contains("contract.attest"))

        let attested = try await mentor.client.submit("/my/contracts/\(id)/attestations", FormEncoding.body([
            ("party", mentor.memberID), ("milestone", "mvp"), ("with", "node-key"),
        ]))
        #expect(attested.status == 303 && attested.header("Location") == "/my/contracts/\(id)?done=attestMilestoneFormSubmit")
        let again = try await mentor.client.submit("/my/contracts/\(id)/attestations", FormEncoding.body([
            ("party", mentor.memberID), ("milestone", "mvp"), ("with", "node-key"),
        ]))
        #expect(again.status == 409, "the page refuses as the API does")
        let left = try await mentor.client.send("GET", "/api/v1/waiting-acts").text
        #expect(left.contains("attest_milestone") && !left.contains("«mvp»"))
        let after = try await mentor.client.send("GET", "/my/inbox").text
        #expect(!after.contains("«mvp»") && after.contains("«pilot»"), "the attested milestone left the inbox")
        let byDeveloper = try await developer.client.submit("/my/contracts/\(id)/attestations", FormEncoding.body([
            ("party", mentor.memberID), ("milestone", "pilot"), ("with", "node-key"),
        ]))
        #expect(byDeveloper.status == 403 || byDeveloper.status == 404, "only the one who acts for the attester attests")
        try await world.verifyLedger()
        await world.server.stop()
    }
}

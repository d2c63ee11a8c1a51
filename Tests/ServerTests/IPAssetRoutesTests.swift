import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// IP assets and practices over HTTP: who may deposit, assign, license and curate, and
/// a deposit receipt that an outsider can check with the node key alone.
@Suite struct IPAssetRoutesTests {
    static let password = "correct horse battery staple"

    private struct People {
        let staff: APIClient
        let anna: APIClient
        let boris: APIClient
        let stranger: APIClient
        let anonymous: APIClient
        let annaID: String
        let borisID: String
        let cityIDs: [String]
    }

    /// Staff, Anna (an admitted member), Boris (applied, not admitted), a signed-in
    /// stranger with no membership, and nobody; two cities.
    private func people(_ app: TestApplication, _ server: TestServer) async throws -> People {
        for (email, roles) in [("staff", [Role.unionStaff]), ("anna", [.resident]), ("boris", [.resident]), ("stranger", [.resident])] {
            _ = try await app.node.accounts.createAccount(email: "\(email)@example.org", password: Self.password, roles: Set(roles))
        }
        func client(_ name: String) async throws -> APIClient {
            let client = try APIClient(port: server.port)
            _ = try await client.logIn(email: "\(name)@example.org", password: Self.password)
            return client
        }
        let staff = try await client("staff"), anna = try await client("anna"), boris = try await client("boris")
        var cityIDs: [String] = []
        for name in ["Глазов", "Сарапул"] {
            let city = try await staff.send("POST", "/api/v1/cities", json: #"{"name":"\#(name)","region":"Удмуртия"}"#)
            cityIDs.append(try #require(try city.json()["id"] as? String))
        }
        let annaID = try #require(try await anna.send("POST", "/api/v1/members", json: #"{"name":"Анна Ёлкина"}"#).json()["id"] as? String)
        let borisID = try #require(try await boris.send("POST", "/api/v1/members", json: #"{"name":"Борис Щукин"}"#).json()["id"] as? String)
        #expect(try await staff.send("PUT", "/api/v1/members/\(annaID)/status", json: #"{"status":"admitted"}"#).status == 200)
        return People(staff: staff, anna: anna, boris: boris, stranger: try await client("stranger"),
                      anonymous: try APIClient(port: server.port), annaID: annaID, borisID: borisID, cityIDs: cityIDs)
    }

    private func depositBody(_ hash: String, _ holders: [(String, Int)]) -> String {
        let list = holders.map { #"{"member_id":"\#($0.0)","units":\#($0.1)}"# }.joined(separator: ",")
        return #"{"kind":"software","title":"Умная остановка","description":"Табло для автобусов","content_sha256":"\#(hash)","holders":[\#(list)]}"#
    }

    /// Checks a receipt with nothing but its own JSON and the node's public key.
    private func verifyReceipt(_ receipt: [String: Any], nodeKey: Ed25519PublicKey) throws -> Int {
        let entry = try #require(receipt["entry"] as? [String: Any])
        let bytes = Array(try #require(entry["canonical_json"] as? String).utf8)
        #expect(entry["hash"] as? String == SHA256.hash(bytes).hex)
        let signature = try #require((entry["signatures"] as? [[String: Any]])?.first)
        #expect(signature["key_id"] as? String == nodeKey.keyID.hex)
        #expect(nodeKey.isValidSignature(try Ed25519Signature(hex: try #require(signature["signature"] as? String)), for: bytes))
        let note = try #require(receipt["checkpoint"] as? String)
        let origin = String(note.prefix { $0 != "\n" })
        let checkpoint = try SignedCheckpoint.open(note, verifier: NoteVerifier(name: origin, publicKey: nodeKey))
        let proof = try #require(receipt["inclusion_proof"] as? [String: Any])
        let inclusion = InclusionProof(
            leafIndex: try #require(proof["leaf_index"] as? Int), treeSize: try #require(proof["tree_size"] as? Int),
            hashes: try (try #require(proof["hashes"] as? [String])).map { try SHA256Digest(hex: $0) })
        #expect(inclusion.treeSize == checkpoint.size)
        try inclusion.verify(leafHash: MerkleHash.leaf(bytes), rootHash: checkpoint.rootHash)
        return checkpoint.size
    }

    @Test func holdersAndStaffDepositAndManageAssetsAndTheReceiptVerifies() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let people = try await people(app, server)
        let nodeKey = app.node.ledger.nodeKey.publicKey
        let hash = SHA256.hash(Array("Описание изобретения".utf8)).hex
        let split = [(people.annaID, 6_000), (people.borisID, 4_000)]

        #expect(try await people.anonymous.send("POST", "/api/v1/ip-assets", json: depositBody(hash, split)).status == 401)
        #expect(try await people.stranger.send("POST", "/api/v1/ip-assets", json: depositBody(hash, split)).status == 403)
        #expect(try await people.boris.send("POST", "/api/v1/ip-assets", json: depositBody(hash, split)).status == 403,
                "a holder who is not admitted may not deposit")
        let uneven = try await people.anna.send("POST", "/api/v1/ip-assets", json: depositBody(hash, [(people.annaID, 6_000), (people.borisID, 3_000)]))
        #expect(uneven.status == 422)
        #expect((try uneven.json()["errors"] as? [[String: Any]])?.first?["pointer"] as? String == "/holders")

        // Naming Борис as a holder, Анна's deposit waits for his signature (202).
        let key = [("Idempotency-Key", "deposit-1")]
        let waiting = try await people.anna.send("POST", "/api/v1/ip-assets", json: depositBody(hash, split), headers: key)
        #expect(waiting.status == 202, "\(waiting.text)")
        let requestID = try #require(try waiting.json()["id"] as? String)
        #expect(waiting.header("Location") == "/api/v1/ip-consents/\(requestID)")
        #expect(try waiting.json()["waiting_for"] as? [String] == [people.borisID])
        let retried = try await people.anna.send("POST", "/api/v1/ip-assets", json: depositBody(hash, split), headers: key)
        #expect(retried.status == 202)
        #expect(try retried.json()["id"] as? String == requestID, "a keyed retry hears the same")
        #expect((try await people.anonymous.send("GET", "/api/v1/ip-assets").json()["items"] as? [Any])?.isEmpty == true)

        #expect(try await people.stranger.send("GET", "/api/v1/ip-consents/\(requestID)").status == 403)
        #expect(try await people.staff.send("GET", "/api/v1/ip-consents/\(requestID)").status == 200)
        let mine = try await people.boris.send("GET", "/api/v1/ip-consents")
        #expect((try mine.json()["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [requestID])
        #expect(try await people.stranger.send("POST", "/api/v1/ip-consents/\(requestID)/signatures", json: "{}").status == 403)
        #expect(try await people.anna.send("POST", "/api/v1/ip-consents/\(requestID)/signatures", json: "{}").status == 403,
                "the depositor's request was her consent; only Борис is asked")
        #expect(try await people.staff.send("POST", "/api/v1/ip-consents/\(requestID)/signatures", json: "{}").status == 403,
                "staff cannot consent for a member")
        // Admitted, Борис takes a key the node holds for him and signs with it.
        _ = try await app.node.members.setStatus(.admitted, of: MemberID(unchecked: people.borisID))
        #expect(try await people.boris.send("POST", "/api/v1/members/\(people.borisID)/keys", json: #"{"custodial":true}"#).status == 201)
        let signed = try await people.boris.send("POST", "/api/v1/ip-consents/\(requestID)/signatures", json: "{}")
        #expect(signed.status == 201, "\(signed.text)")
        #expect(try signed.json()["status"] as? String == "carried_out")
        let asset = try #require(try signed.json()["asset"] as? [String: Any])
        let assetID = try #require(asset["id"] as? String)
        let depositSeq = try #require(asset["deposit_seq"] as? Int)
        let receipt = try await people.anonymous.send("GET", "/api/v1/ip-assets/\(assetID)/receipt").json()
        #expect(try verifyReceipt(receipt, nodeKey: nodeKey) > depositSeq)
        let canonical = try #require((receipt["entry"] as? [String: Any])?["canonical_json"] as? String)
        #expect(canonical.contains(#""kind":"ip.deposit""#) && canonical.contains(hash) && !canonical.contains("Умная"))
        #expect(canonical.contains(#""party_signatures":[{"key_id":"#) && canonical.contains(#""signers":["\#(people.borisID)"]"#))
        #expect(try await people.boris.send("GET", "/api/v1/ip-consents/\(requestID)").status == 404)

        // Анна's own deposit is done at once, with its receipt.
        let own = try await people.anna.send("POST", "/api/v1/ip-assets",
                                             json: depositBody(SHA256.hash(Array("Своё".utf8)).hex, [(people.annaID, 10_000)]))
        #expect(own.status == 201)
        let ownReceipt = try #require(try own.json()["receipt"] as? [String: Any])
        #expect(try verifyReceipt(ownReceipt, nodeKey: nodeKey) == (try #require((try own.json()["asset"] as? [String: Any])?["deposit_seq"] as? Int)) + 1)

        let again = try await people.staff.send("POST", "/api/v1/ip-assets", json: depositBody(hash.uppercased(), [(people.borisID, 10_000)]))
        #expect(again.status == 409)
        let existing = try #require(try again.json()["existing"] as? [String: Any])
        #expect(existing["id"] as? String == assetID && existing["ledger_seq"] as? Int == depositSeq)
        #expect(again.header("Location") == "/api/v1/ip-assets/\(assetID)")

        let publicView = try await people.anonymous.send("GET", "/api/v1/ip-assets/\(assetID)")
        #expect(publicView.status == 200 && !publicView.text.contains("Ёлкина") && !publicView.text.contains("Щукин"))
        #expect((try publicView.json()["holders"] as? [[String: Any]])?.map { $0["member_id"] as? String } == [people.annaID, people.borisID])

        let newSplit = #"{"holders":[{"member_id":"\#(people.annaID)","units":5000},{"member_id":"\#(people.borisID)","units":5000}]}"#
        #expect(try await people.stranger.send("PUT", "/api/v1/ip-assets/\(assetID)/holders", json: newSplit).status == 403)
        let reassigning = try await people.anna.send("PUT", "/api/v1/ip-assets/\(assetID)/holders", json: newSplit)
        #expect(reassigning.status == 202, "Борис's part changes, so he must sign")
        let reassignment = try #require(try reassigning.json()["id"] as? String)
        #expect(try await people.boris.send("DELETE", "/api/v1/ip-consents/\(reassignment)").status == 204, "Борис declines")
        let askedAgain = try await people.boris.send("PUT", "/api/v1/ip-assets/\(assetID)/holders", json: newSplit)
        #expect(askedAgain.status == 202, "asked again, now by Борис: Анна must sign")
        // Анна is told on her account page, and signs there with a key the node holds for her.
        #expect(try await people.anna.send("POST", "/api/v1/members/\(people.annaID)/keys", json: #"{"custodial":true}"#).status == 201)
        let account = try await people.anna.send("GET", "/account")
        let second = try #require(try askedAgain.json()["id"] as? String)
        #expect(account.text.contains("Ждёт вас") && account.text.contains("action=\"/account/ip-consents/\(second)/signatures\""))
        let signedOnPage = try await people.anna.submit("/account/ip-consents/\(second)/signatures", "")
        #expect(signedOnPage.status == 303 && signedOnPage.header("Location") == "/account?done=signIPConsentFormSubmit")
        let carried = try await people.anonymous.send("GET", "/api/v1/ip-assets/\(assetID)").json()["holders"] as? [[String: Any]]
        #expect(carried?.map { $0["units"] as? Int } == [5_000, 5_000], "the last signature carried the split out")

        let licence = #"{"licensee_id":"\#(people.cityIDs[1])","terms":"Бесплатно для города","starts_on":"2026-01-01","ends_on":"2027-12-31"}"#
        #expect(try await people.stranger.send("POST", "/api/v1/ip-assets/\(assetID)/licences", json: licence).status == 403)
        let granted = try await people.anna.send("POST", "/api/v1/ip-assets/\(assetID)/licences", json: licence)
        #expect(granted.status == 201)
        #expect(try granted.json()["licensee_kind"] as? String == "city")
        let byStaff = try await people.staff.send("POST", "/api/v1/ip-assets/\(assetID)/licences", json:
            #"{"licensee_id":"\#(people.cityIDs[0])","terms":"x","starts_on":"2026-02-30","ends_on":"2027-12-31"}"#)
        #expect(byStaff.status == 422)

        let later = try await people.anonymous.send("GET", "/api/v1/ip-assets/\(assetID)/receipt")
        #expect(later.status == 200)
        #expect(try verifyReceipt(try later.json(), nodeKey: nodeKey) > depositSeq + 1)
        let list = try await people.anonymous.send("GET", "/api/v1/ip-assets?limit=1")
        #expect((try list.json()["items"] as? [[String: Any]])?.first?["licences"] as? [Any] != nil)
        #expect(try await people.anonymous.send("GET", "/api/v1/ip-assets/ipa_nope/receipt").status == 404)
        await server.stop()
    }

    @Test func staffCurateThePracticesThePublicReads() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let people = try await people(app, server)
        let report = #"{"title":"Атлас счастья","what":"Опрос через школы","city_id":"\#(people.cityIDs[0])","results":"3000 ответов","reported_on":"2026-03-15"}"#
        #expect(try await people.anna.send("POST", "/api/v1/practices", json: report).status == 403)
        #expect(try await people.anonymous.send("POST", "/api/v1/practices", json: report).status == 401)
        let reported = try await people.staff.send("POST", "/api/v1/practices", json: report)
        #expect(reported.status == 201)
        let practiceID = try #require(try reported.json()["id"] as? String)
        let adoption = #"{"city_id":"\#(people.cityIDs[1])"}"#
        #expect(try await people.anna.send("POST", "/api/v1/practices/\(practiceID)/adoptions", json: adoption).status == 403)
        #expect(try await people.staff.send("POST", "/api/v1/practices/\(practiceID)/adoptions", json: adoption).status == 201)
        #expect(try await people.staff.send("POST", "/api/v1/practices/\(practiceID)/adoptions", json: adoption).status == 409)
        let home = #"{"city_id":"\#(people.cityIDs[0])"}"#
        #expect(try await people.staff.send("POST", "/api/v1/practices/\(practiceID)/adoptions", json: home).status == 409)
        let read = try await people.anonymous.send("GET", "/api/v1/practices/\(practiceID)")
        #expect((try read.json()["adoptions"] as? [[String: Any]])?.map { $0["city_id"] as? String } == [people.cityIDs[1]])
        #expect((try await people.anonymous.send("GET", "/api/v1/practices").json()["items"] as? [Any])?.count == 1)
        await server.stop()
    }
}

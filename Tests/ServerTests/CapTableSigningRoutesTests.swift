import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Transfers and attestations over HTTP: only the seller or the attester sends them, signed
/// either by the node with their custodial key or by a key they hold over the exact bytes
/// the statement endpoint returns; the resulting ledger verifies.
@Suite struct CapTableSigningRoutesTests {
    private func transfer(_ parties: CapTableParties, from: MemberID, to: MemberID, units: Int, extra: String = "") -> String {
        #"{"from":"\#(from)","to":"\#(to)","share_class":"common","units":\#(units),"date":"2026-03-01"\#(extra)}"#
    }

    @Test func aSellerTransfersWithTheCustodialKeyOrItsOwnKey() async throws {
        let parties = try await CapTableParties.make()
        let path = parties.path + "/transfers"
        #expect(try await parties.anna.send("POST", "/api/v1/members/\(parties.annaID)/keys", json: #"{"custodial":true}"#).status == 201)
        let sale = transfer(parties, from: parties.annaID, to: parties.borisID, units: 100_000)
        #expect(try await parties.staff.send("POST", path, json: sale).status == 403, "staff cannot sign for a holder")
        #expect(try await parties.boris.send("POST", path, json: sale).status == 403)
        #expect(try await parties.anonymous().send("POST", path, json: sale).status == 401)
        let sold = try await parties.anna.send("POST", path, json: sale, headers: [("Idempotency-Key", "sale-1")])
        #expect(sold.status == 201)
        let entry = try await parties.app.node.ledger.entry(try #require(try sold.json()["ledger_seq"] as? Int)).entry
        #expect(entry.kind == "cap.transfer" && entry.payload["signer"] == .string(parties.annaID.rawValue))
        #expect(entry.payload["party_signature"] != nil)
        let doubleSpend = try await parties.anna.send("POST", path, json: transfer(parties, from: parties.annaID, to: parties.borisID, units: 500_001))
        #expect(doubleSpend.status == 409 && doubleSpend.text.contains("owns 500000 units of common and cannot transfer 500001"))

        let key = try Ed25519PrivateKey.generate()
        let proof = try key.signature(for: try MemberKeys.registrationStatement(for: parties.borisID, publicKeyHex: key.publicKey.hex)
            .canonicalBytes).hex
        #expect(try await parties.boris.send("POST", "/api/v1/members/\(parties.borisID)/keys",
                                             json: #"{"public_key":"\#(key.publicKey.hex)","proof":"\#(proof)"}"#).status == 201)
        let resale = transfer(parties, from: parties.borisID, to: parties.annaID, units: 10, extra: #","key_id":"\#(key.keyID.hex)""#)
        let statement = try await parties.boris.send("POST", path + "/statement", json: resale)
        #expect(statement.status == 200)
        let eventID = try #require(try statement.json()["event_id"] as? String)
        let base64 = try #require(try statement.json()["statement_base64"] as? String)
        let bytes = try #require(Base64.decode(base64))
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""act":"cap.transfer""#))
        let signature = try key.signature(for: bytes).hex
        let forged = try key.signature(for: Array("something else".utf8)).hex
        func signed(_ hex: String, units: Int = 10) -> String {
            transfer(parties, from: parties.borisID, to: parties.annaID, units: units,
                     extra: #","id":"\#(eventID)","signature":{"key_id":"\#(key.keyID.hex)","signature":"\#(hex)"}"#)
        }
        let size = await parties.app.node.ledger.size
        let bad = try await parties.boris.send("POST", path, json: signed(forged))
        #expect(bad.status == 422 && bad.text.contains("invalid-signature"))
        #expect(try await parties.boris.send("POST", path, json: signed(signature, units: 11)).status == 422, "the bytes cover the units")
        let noKey = try await parties.boris.send("POST", path, json: transfer(parties, from: parties.borisID, to: parties.annaID, units: 10))
        #expect(noKey.status == 409 && noKey.text.contains("no-custodial-key"))
        #expect(await parties.app.node.ledger.size == size)
        #expect(try await parties.boris.send("POST", path, json: signed(signature)).status == 201)

        let position = try await parties.boris.send("GET", parties.path + "/holders/\(parties.borisID)").json()
        #expect((position["units_by_class"] as? [[String: Any]])?.first?["units"] as? Int == 99_990)
        #expect(try LedgerVerifier.verifyDatabase(at: parties.app.node.folder.databasePath).entries > 10)
        await parties.remove()
    }

    @Test func onlyTheNamedAttesterAttestsAndThenTheGranteeExercises() async throws {
        let parties = try await CapTableParties.make()
        let path = parties.path + "/attestations"
        for (client, member) in [(parties.anna, parties.annaID), (parties.vera, parties.veraID)] {
            #expect(try await client.send("POST", "/api/v1/members/\(member)/keys", json: #"{"custodial":true}"#).status == 201)
        }
        func attestation(by member: MemberID) -> String {
            #"{"grant":"boris_option","milestone":"mvp","attester":"\#(member)","date":"2026-04-01"}"#
        }
        #expect(try await parties.anna.send("POST", path, json: attestation(by: parties.veraID)).status == 403)
        #expect(try await parties.staff.send("POST", path, json: attestation(by: parties.veraID)).status == 403)
        #expect(try await parties.anonymous().send("POST", path, json: attestation(by: parties.veraID)).status == 401)
        let notAttester = try await parties.anna.send("POST", path, json: attestation(by: parties.annaID))
        #expect(notAttester.status == 422 && notAttester.text.contains("is not named as an attester of milestone mvp"))
        let exercise = #"{"grant":"boris_option","units":50000,"date":"2026-04-02"}"#
        #expect(try await parties.boris.send("POST", parties.path + "/exercises", json: exercise).status == 409, "not vested yet")

        let preview = try await parties.vera.send("POST", path + "/statement", json: attestation(by: parties.veraID))
        #expect(preview.status == 200)
        #expect(try preview.json()["act"] as? String == "cap.attest")
        let attested = try await parties.vera.send("POST", path, json: attestation(by: parties.veraID))
        #expect(attested.status == 201 && attested.text.contains("cap.attest"))
        #expect(try await parties.vera.send("POST", path, json: attestation(by: parties.veraID)).status == 409, "attested once")
        #expect(try await parties.stranger.send("POST", parties.path + "/exercises", json: exercise).status == 403)
        #expect(try await parties.boris.send("POST", parties.path + "/exercises", json: exercise).status == 201)
        #expect(try LedgerVerifier.verifyDatabase(at: parties.app.node.folder.databasePath).entries > 10)
        await parties.remove()
    }
}

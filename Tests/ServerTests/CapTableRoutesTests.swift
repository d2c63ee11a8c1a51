import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Cap tables over HTTP: staff record the Union's events, refusals come back as problems
/// with the numbers, and each project's chosen visibility decides what others see.
@Suite struct CapTableRoutesTests {
    @Test func staffRecordEventsAndRefusalsCarryTheNumbers() async throws {
        let parties = try await CapTableParties.make()
        let path = parties.path
        let issue = #"{"type":"issue_shares","date":"2026-03-01","holder":"\#(parties.borisID)","share_class":"common","units":10,"price_per_unit_kopecks":1}"#
        #expect(try await parties.anonymous().send("POST", path + "/events", json: issue).status == 401)
        #expect(try await parties.anna.send("POST", path + "/events", json: issue).status == 403, "the lead records no events")

        let key = [("Idempotency-Key", "issue-boris")]
        let first = try await parties.staff.send("POST", path + "/events", json: issue, headers: key)
        let again = try await parties.staff.send("POST", path + "/events", json: issue, headers: key)
        #expect(first.status == 201 && again.status == 201)
        #expect(try first.json()["ledger_seq"] as? Int == (try again.json()["ledger_seq"] as? Int))
        #expect(try first.json()["kind"] as? String == "cap.issue")
        let entry = try await parties.app.node.ledger.entry(try #require(try first.json()["ledger_seq"] as? Int)).entry
        #expect(entry.payload["project_id"] == .string(parties.projectID.rawValue) && entry.payload["units"] == .integer(10))

        let tooMany = try await parties.staff.send("POST", path + "/events", json: issue.replacingOccurrences(of: #""units":10"#, with: #""units":300000"#))
        #expect(tooMany.status == 409 && tooMany.text.contains("cap-table-conflict"))
        #expect(try tooMany.json()["detail"] as? String == "share class common has 1000000 units authorised, 600010 issued and 150000 reserved for options; 300000 more do not fit — raise the authorised units first")
        let unvested = try await parties.staff.send("POST", path + "/exercises", json: #"{"grant":"union_option","units":1,"date":"2026-06-01"}"#)
        #expect(unvested.status == 409 && unvested.text.contains("0 units vested, 0 already exercised; 1 cannot be exercised"))
        let unknown = try await parties.staff.send("POST", path + "/exercises", json: #"{"grant":"nope","units":1,"date":"2026-06-01"}"#)
        #expect(unknown.status == 422 && unknown.text.contains("cap-table-invalid") && unknown.text.contains("option grant nope does not exist"))
        let missing = try await parties.staff.send("POST", path + "/events", json: #"{"type":"issue_shares","date":"2026-03-01","share_class":"common"}"#)
        #expect(missing.status == 422)
        #expect((try missing.json()["errors"] as? [[String: Any]])?.first?["pointer"] as? String == "/holder")
        let wrongType = try await parties.staff.send("POST", path + "/events", json: #"{"type":"transfer_shares","date":"2026-03-01"}"#)
        #expect(wrongType.status == 422 && wrongType.text.contains("/type"))
        #expect(try await parties.stranger.send("POST", path + "/exercises", json: #"{"grant":"union_option","units":1,"date":"2027-02-01"}"#).status == 403)
        let exercised = try await parties.staff.send("POST", path + "/exercises", json: #"{"grant":"union_option","units":25000,"date":"2027-02-01"}"#)
        #expect(exercised.status == 201 && exercised.text.contains("cap.exercise"))
        let unknownProject = "/api/v1/projects/prj_\(String(repeating: "0", count: 32))/cap-table"
        #expect(try await parties.staff.send("POST", unknownProject + "/events", json: issue).status == 404)
        #expect(try await parties.anonymous().send("GET", unknownProject).status == 404)
        await parties.remove()
    }

    @Test func staffChangeAuthorisedUnitsCancelOptionsAndPriceARound() async throws {
        let parties = try await CapTableParties.make()
        let events = parties.path + "/events"
        let lower = #"{"type":"change_authorised","date":"2026-03-01","share_class":"common","authorised_units":700000}"#
        let tooLow = try await parties.staff.send("POST", events, json: lower)
        #expect(tooLow.status == 409 && tooLow.text.contains("600000 issued and 150000 reserved"))
        let cancel = #"{"type":"cancel_option","date":"2026-03-01","grant":"union_option","units":50000}"#
        #expect(try await parties.staff.send("POST", events, json: cancel).status == 201)
        #expect(try await parties.staff.send("POST", events, json: lower).status == 201)
        let round = #"{"type":"priced_round","date":"2026-04-01","share_class":"series_a","name":"Series A","kind":"preferred","investment_kopecks":70000000,"pre_money_kopecks":700000000,"investors":[{"investor":"fund","amount_kopecks":70000000}]}"#
        let priced = try await parties.staff.send("POST", events, json: round)
        #expect(priced.status == 201 && priced.text.contains("cap.round"))
        let table = try await parties.staff.send("GET", parties.path + "?as_of=2026-04-01").json()
        let classes = try #require(table["share_classes"] as? [[String: Any]])
        #expect(classes.map { $0["share_class"] as? String } == ["common", "series_a"])
        #expect(classes.first?["authorised_units"] as? Int == 700_000 && classes.last?["issued_units"] as? Int == 70_000)
        #expect(table["fully_diluted_units"] as? Int == 770_000)
        await parties.remove()
    }

    @Test func visibilityDecidesWhatOthersSeeWhileTheLeadAndStaffSeeEverything() async throws {
        let parties = try await CapTableParties.make()
        let path = parties.path
        let summary = try await parties.anonymous().send("GET", path + "?as_of=2026-03-01")
        #expect(summary.status == 200)
        let body = try summary.json()
        #expect(body["detail"] as? String == "summary" && body["holders"] == nil && body["events"] == nil)
        #expect(body["issued_units"] as? Int == 600_000 && body["fully_diluted_units"] as? Int == 750_000)
        #expect((body["share_classes"] as? [[String: Any]])?.first?["reserved_units"] as? Int == 150_000)
        #expect(!summary.text.contains("Ёлкина"))
        for lead in [parties.anna, parties.staff] {
            let full = try await lead.send("GET", path + "?as_of=2026-03-01").json()
            #expect(full["detail"] as? String == "full" && (full["events"] as? [Any])?.count == 4)
        }
        let early = try await parties.staff.send("GET", path + "?as_of=2026-01-20").json()
        #expect(early["fully_diluted_units"] as? Int == 600_000 && (early["events"] as? [Any])?.count == 2)
        #expect(try await parties.anonymous().send("GET", path + "?as_of=2026-02-30").status == 422)

        let annaPath = path + "/holders/\(parties.annaID)"
        #expect(try await parties.stranger.send("GET", annaPath).status == 403)
        #expect(try await parties.anonymous().send("GET", annaPath).status == 401)
        let own = try await parties.anna.send("GET", annaPath + "?as_of=2026-03-01")
        #expect(own.status == 200)
        #expect((try own.json()["history"] as? [Any])?.count == 1)
        #expect(try await parties.anonymous().send("GET", path + "/ocf").status == 401)
        #expect(try await parties.stranger.send("GET", path + "/ocf").status == 403)

        let holders = #"{"visibility":"holders"}"#
        #expect(try await parties.anonymous().send("PUT", path + "/visibility", json: holders).status == 401)
        #expect(try await parties.boris.send("PUT", path + "/visibility", json: holders).status == 403)
        #expect(try await parties.anna.send("PUT", path + "/visibility", json: #"{"visibility":"all"}"#).status == 422)
        #expect(try await parties.anna.send("PUT", path + "/visibility", json: holders).status == 200)
        let withHolders = try await parties.anonymous().send("GET", path + "?as_of=2026-03-01").json()
        let listed = try #require(withHolders["holders"] as? [[String: Any]])
        #expect(withHolders["detail"] as? String == "holders" && withHolders["events"] == nil)
        #expect(listed.map { $0["fully_diluted_basis_points"] as? Int ?? 0 }.reduce(0, +) == 10_000)
        #expect(listed.first { $0["holder"] as? String == parties.annaID.rawValue }?["fully_diluted_basis_points"] as? Int == 8_000)
        let position = try await parties.stranger.send("GET", annaPath + "?as_of=2026-03-01")
        #expect(position.status == 200)
        #expect((try position.json()["history"] as? [Any])?.isEmpty == true)
        let options = try await parties.anonymous().send("GET", path + "/holders/union?as_of=2027-02-01").json()
        #expect((options["options"] as? [[String: Any]])?.first?["vested_units"] as? Int == 25_000)

        let ocf = try await parties.anna.send("GET", path + "/ocf?as_of=2026-03-01")
        #expect(ocf.status == 200)
        let files = try #require(try ocf.json()["files"] as? [String: Any])
        #expect(Set(files.keys) == ["Manifest.ocf.json", "Stakeholders.ocf.json", "StockClasses.ocf.json", "VestingTerms.ocf.json",
                                    "Transactions.ocf.json"])
        #expect(try await parties.staff.send("PUT", path + "/visibility", json: #"{"visibility":"full"}"#).status == 200)
        #expect(try await parties.anonymous().send("GET", path + "/ocf").status == 200)
        let public_ = try await parties.anonymous().send("GET", annaPath).json()
        #expect((public_["history"] as? [Any])?.count == 1)
        #expect(try await parties.app.node.capTables.visibility(of: parties.projectID) == .full)
        await parties.remove()
    }
}

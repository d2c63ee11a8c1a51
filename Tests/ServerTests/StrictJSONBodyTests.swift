import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Request bodies are read as strictly as the ledger reads what it signs, so no value the
/// ledger would refuse reaches it (where it became a 500): duplicate names, integers past
/// 2^53 − 1 and lone surrogates are each a 422 naming what is wrong, and the OpenAPI
/// document states the bound on every integer.
@Suite struct StrictJSONBodyTests {
    @Test func bodiesTheLedgerWouldRefuseAreRefusedAtTheDoor() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let twice = try await staff.send("POST", "/api/v1/projects", json: #"{"title":"a","title":"b","summary":"s","direction":"d","city_id":"\#(town.id)"}"#)
        #expect(twice.status == 422 && twice.text.contains("duplicate key"), "\(twice.text)")
        let huge = #"{"kind":"revenue_share","terms":{"n":9007199254740992},"legal_text":"x"}"#
        let tooLarge = try await staff.send("POST", "/api/v1/contracts", json: huge)
        #expect(tooLarge.status == 422 && tooLarge.text.contains("9007199254740991"), "\(tooLarge.text)")
        let surrogate = try await staff.send("POST", "/api/v1/contracts", json: #"{"kind":"revenue_share","terms":{"\ud800":1},"legal_text":"x"}"#)
        #expect(surrogate.status == 422, "\(surrogate.text)")
        let size = await app.node.ledger.size
        #expect(try await staff.send("GET", "/api/v1/projects").text.contains(#""items":[]"#), "nothing was written")
        #expect(await app.node.ledger.size == size)
        await server.stop()
    }

    @Test func theDocumentBoundsEveryInteger() throws {
        let schema = OpenAPIDocument.bounded(["type": "object", "properties": [
            "amount_kopecks": ["type": "integer", "minimum": 1], "weight": ["type": "integer", "maximum": 100],
        ]])
        #expect(schema["properties"]?["amount_kopecks"]?["maximum"] == .integer(9_007_199_254_740_991))
        #expect(schema["properties"]?["amount_kopecks"]?["minimum"] == 1)
        #expect(schema["properties"]?["weight"]?["maximum"] == 100)
        #expect(schema["properties"]?["weight"]?["minimum"] == .integer(-9_007_199_254_740_991))
    }

    @Test func roublesTypedOnAPageStopAtTheSameLimit() throws {
        #expect(try PageFields.roubles("90 071 992 547 409,91", field: "amount") == Kopecks(9_007_199_254_740_991))
        #expect(throws: RegistryValidationError.self) { try PageFields.roubles("90 071 992 547 409,92", field: "amount") }
    }

    @Test func aRefusedStageMoveSaysWhereTheProjectIsAndWhereItMayGo() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, lead) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let project = try await app.node.projects.create(
            ProjectDraft(title: "Тёплый дом", summary: "Утепление", direction: "energy", cityID: town.id), lead: lead.id)
        let refused = try await staff.send("PUT", "/api/v1/projects/\(project.id)/stage", json: #"{"stage":"funded"}"#)
        #expect(refused.status == 409)
        let problem = try refused.json()
        #expect(problem["type"] as? String == ProblemDetails.typeBase + "stage-move")
        #expect(problem["current"] as? String == "idea" && problem["requested"] as? String == "funded")
        #expect(problem["allowed"] as? [String] == ["selected", "closed"])
        #expect((problem["errors"] as? [[String: Any]])?.first?["pointer"] as? String == "/stage")
        await server.stop()
    }
}

/// An act whose values pass the checks at the door but add up past the limit is refused by
/// the ledger's signing; the answer is a 422 naming the limit, not a 500.
@Suite struct AmountLimitProblemTests {
    @Test func aSumPastTheLimitIsA422ThatNamesIt() {
        let (problem, _) = ProblemMapping.problem(for: LedgerError.invalidJSON(.integerOutOfRange(literal: "9007199254740992", offset: nil)),
                                                  requestID: "req_1")
        #expect(problem.status == 422 && problem.type == ProblemDetails.typeBase + "validation")
        #expect(problem.detail.contains("9 007 199 254 740 991") && problem.detail.contains("nothing was written"))
        let (other, _) = ProblemMapping.problem(for: LedgerError.invalidJSON(.nonFiniteNumber), requestID: "req_2")
        #expect(other.status == 500, "any other failure to sign stays the server's own")
    }
}

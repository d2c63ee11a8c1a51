import Foundation
import Ledger
import Registry
import TestSupport
import Testing

@testable import Server

/// Sends a real request to every operation of the served OpenAPI document, anonymously and
/// signed in as Union staff, and checks each answer against the document: a status it
/// declares for the operation, a content type it declares for that status, and a JSON body
/// valid against the declared schema. Bodies are empty objects, so most acts are refused;
/// the refusals must be declared as exactly as the successes.
@Suite struct OpenAPIConformanceTests {
    @Test func everyOperationAnswersAsTheDocumentSays() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (_, subject) = try await SignedInMember.make("subject@example.org", in: town, app: app, port: server.port)
        let project = try await app.node.projects.create(
            ProjectDraft(title: "Тёплый дом", summary: "Утепление домов", direction: "energy", cityID: town.id), lead: subject.id)
        let event = try await app.node.events.create(EventDraft(kind: .challenge, title: "Challenge", cityIDs: [town.id],
                                                                startsOn: try #require(CalendarDate(rfc3339: "2026-12-01")),
                                                                endsOn: try #require(CalendarDate(rfc3339: "2026-12-02"))))
        let values = ["city_id": town.id.rawValue, "member_id": subject.id.rawValue, "project_id": project.id.rawValue,
                      "event_id": event.id.rawValue, "kind": "projects", "seq": "1"]

        let document = try JSONValue.parse(try await APIClient(port: server.port).send("GET", "/api/openapi.json").body)
        let schemas = try #require(document["components"]?["schemas"]?.objectValue)
        let validator = JSONSchemaValidator(schemas: schemas.map { name, schema in
            var named = schema.objectValue ?? [:]
            named["$id"] = .string("#/components/schemas/\(name)")
            return .object(named)
        })
        var failures: [String] = []
        var checked = 0
        let paths = try #require(document["paths"]?.objectValue)
        for (template, item) in paths.sorted(by: { $0.key < $1.key }) {
            for (method, operation) in (item.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
                let responses = operation["responses"]?.objectValue ?? [:]
                if responses.contains(where: { $0.value["content"]?["text/event-stream"] != nil }) { continue }
                let action = operation["x-glocal-action"]?.stringValue
                let callers: [(String, APIClient?)] = action == "session.delete" ? [("anonymous", nil)] : [("anonymous", nil), ("staff", staff)]
                for (name, caller) in callers {
                    let client = try APIClient(port: server.port)
                    client.sessionCookie = caller?.sessionCookie
                    client.csrfToken = caller?.csrfToken
                    let path = fill(template, values)
                    let request = operation["requestBody"]?["content"]?.objectValue?.keys.first
                    let body: String? = switch request {
                    case "application/json"?: "{}"
                    case nil: nil
                    default: ""
                    }
                    let response = try await client.send(method.uppercased(), path, json: body, contentType: request ?? "application/json")
                    checked += 1
                    let label = "\(method.uppercased()) \(path) as \(name): \(response.status)"
                    guard let declared = responses[String(response.status)] else {
                        failures.append("\(label) is not declared (\(responses.keys.sorted())): \(response.text.prefix(160))")
                        continue
                    }
                    let mediaType = response.header("Content-Type")?.split(separator: ";").first.map(String.init)
                    let content = declared["content"]?.objectValue ?? [:]
                    guard let mediaType, !response.body.isEmpty else { continue }
                    guard let entry = content[mediaType] else {
                        failures.append("\(label) answers \(mediaType), declared \(content.keys.sorted())")
                        continue
                    }
                    guard mediaType.hasSuffix("json"), let reference = entry["schema"]?["$ref"]?.stringValue else { continue }
                    guard let value = try? JSONValue.parse(response.body) else {
                        failures.append("\(label) is not JSON")
                        continue
                    }
                    for problem in validator.problems(value, against: reference) { failures.append("\(label) \(reference): \(problem)") }
                }
            }
        }
        #expect(checked > 300)
        #expect(failures.isEmpty, "\(failures.count) answers differ from the document:\n\(failures.prefix(60).joined(separator: "\n"))")
        await server.stop()
    }

    /// Random bodies for every operation that takes JSON, signed in as Union staff: values
    /// of the wrong type, integers at and past the limit, empty and very long strings, deep
    /// nesting, the schema's own field names with random values. No answer may be a 5xx or
    /// a status the document does not declare. The seed is printed on failure, so a case
    /// replays.
    @Test(arguments: [UInt64(7), 2026])
    func randomBodiesNeverBreakTheServer(seed: UInt64) async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, subject) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let values = ["city_id": town.id.rawValue, "member_id": subject.id.rawValue]
        let document = try JSONValue.parse(try await APIClient(port: server.port).send("GET", "/api/openapi.json").body)
        let schemas = try #require(document["components"]?["schemas"]?.objectValue)
        var random = SplitMix64(seed: seed)
        var failures: [String] = []
        for (template, item) in try #require(document["paths"]?.objectValue).sorted(by: { $0.key < $1.key }) {
            for (method, operation) in (item.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let reference = operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.stringValue,
                      let name = reference.split(separator: "/").last, let schema = schemas[String(name)] else { continue }
                let declared = Set(operation["responses"]?.objectValue?.keys ?? [])
                for _ in 0..<6 {
                    let body = Self.body(for: schema, &random)
                    let client = try APIClient(port: server.port)
                    client.sessionCookie = staff.sessionCookie
                    client.csrfToken = staff.csrfToken
                    let response = try await client.send(method.uppercased(), fill(template, values), json: body)
                    if response.status >= 500 || !declared.contains(String(response.status)) {
                        failures.append("\(method.uppercased()) \(template) \(response.status) for \(body.prefix(200)): \(response.text.prefix(200))")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "seed \(seed): \(failures.count) answers broke the server or the document:\n\(failures.prefix(30).joined(separator: "\n"))")
        await server.stop()
    }

    /// One random body: mostly an object with the schema's field names, each holding a
    /// random value; sometimes a value of another type altogether.
    private static func body(for schema: JSONValue, _ random: inout SplitMix64) -> String {
        let names = schema["properties"]?.objectValue?.keys ?? []
        guard Int.random(in: 0..<5, using: &random) > 0 else { return text(value(depth: 0, &random)) }
        var object = JSONObject()
        for name in names where Bool.random(using: &random) || Int.random(in: 0..<3, using: &random) == 0 {
            object[name] = value(depth: 0, &random)
        }
        return text(.object(object))
    }

    private static func value(depth: Int, _ random: inout SplitMix64) -> JSONValue {
        let limit = JSONValue.largestExactInteger
        switch Int.random(in: 0..<12, using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .integer([0, 1, -1, limit, -limit, 100, 7, limit - 1].randomElement(using: &random) ?? 0)
        case 3: return .integer(Int64.random(in: -1_000_000...1_000_000_000_000, using: &random))
        case 4: return .double([0.5, -1.25, 1e300, 3.0].randomElement(using: &random) ?? 0)
        case 5: return .string("")
        case 6: return .string(String(repeating: "я", count: Int.random(in: 1...20_000, using: &random)))
        case 7: return .string(["2026-12-06", "mem_00000000000000000000000000000000", "union", "idea", "running", "town_fund:x",
                                "../..", "<script>", "0", "x"].randomElement(using: &random) ?? "x")
        case 8 where depth < 30: return .array((0..<Int.random(in: 0...3, using: &random)).map { _ in value(depth: depth + 1, &random) })
        case 9 where depth < 30: return .object(["a": value(depth: depth + 1, &random)])
        default: return .string(String(Int.random(in: 0...99, using: &random)))
        }
    }

    private static func text(_ value: JSONValue) -> String {
        String(decoding: (try? value.canonicalBytes()) ?? Array("null".utf8), as: UTF8.self)
    }

    private func fill(_ template: String, _ values: [String: String]) -> String {
        var path = template
        while let open = path.firstIndex(of: "{"), let close = path[open...].firstIndex(of: "}") {
            let name = String(path[path.index(after: open)..<close])
            path.replaceSubrange(open...close, with: values[name] ?? "x")
        }
        return path
    }
}

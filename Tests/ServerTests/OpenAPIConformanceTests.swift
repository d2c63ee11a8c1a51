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

    private func fill(_ template: String, _ values: [String: String]) -> String {
        var path = template
        while let open = path.firstIndex(of: "{"), let close = path[open...].firstIndex(of: "}") {
            let name = String(path[path.index(after: open)..<close])
            path.replaceSubrange(open...close, with: values[name] ?? "x")
        }
        return path
    }
}

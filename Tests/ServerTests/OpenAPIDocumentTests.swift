import Foundation
import Ledger
import Testing

@testable import Server

/// The served OpenAPI document must describe exactly the routes the router serves.
@Suite struct OpenAPIDocumentTests {
    @Test func listsEveryRouteAndNothingElse() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let router = app.application.router
        let response = await router.respond(to: HTTPRequest(head: HTTPRequestHead(
            method: .get, target: "/api/openapi.json", version: .http1_1, headers: HTTPHeaders([("Host", "x")]), framing: .none)))
        #expect(response.status == .ok)
        let document = try JSONValue.parse(response.bodyBytes)
        let root = try #require(document.objectValue)
        #expect(root["openapi"]?.stringValue == "3.1.0")
        let paths = try #require(root["paths"]?.objectValue)
        var documented: Set<String> = []
        var operationIDs: [String] = []
        for (path, item) in paths {
            for (method, operation) in try #require(item.objectValue) {
                documented.insert("\(method.uppercased()) \(path)")
                operationIDs.append(try #require(operation.objectValue?["operationId"]?.stringValue))
            }
        }
        let served = Set(router.routes.map(\.label))
        #expect(documented == served)
        #expect(Set(operationIDs).count == operationIDs.count, "operationIds are unique")

        let schemas = try #require(root["components"]?.objectValue?["schemas"]?.objectValue)
        for reference in references(in: document) {
            let name = String(reference.dropFirst("#/components/schemas/".count))
            #expect(schemas[name] != nil, "schema \(name) is referenced but not defined")
        }
    }

    @Test func noTwoAreasNameASchemaAlike() {
        let areas = APISchemas.areas
        #expect(areas.map(\.count).reduce(0, +) == APISchemas.all.count)
    }

    private func references(in value: JSONValue) -> [String] {
        switch value {
        case let .object(object):
            return object.flatMap { key, member in
                key == "$ref" ? [member.stringValue ?? ""] : references(in: member)
            }
        case let .array(items):
            return items.flatMap(references(in:))
        default:
            return []
        }
    }
}

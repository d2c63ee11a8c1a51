import Foundation
import Testing

@testable import Server

@Suite struct RouterTests {
    private func request(_ method: HTTPMethod, _ target: String) -> HTTPRequest {
        HTTPRequest(head: HTTPRequestHead(method: method, target: target, version: .http1_1,
                                          headers: HTTPHeaders([("Host", "x")]), framing: .none))
    }

    private func router() throws -> Router {
        let routes = [
            Route(.get, "/items/{item_id}", operationID: "getItem", summary: "", tag: "t", action: .readHealth,
                  access: .anyone) { context in .text("item \(try context.parameter("item_id"))") },
            Route(.get, "/items/special", operationID: "getSpecial", summary: "", tag: "t", action: .readHealth,
                  access: .anyone) { _ in .text("special") },
            Route(.post, "/items", operationID: "createItem", summary: "", tag: "t", action: .readHealth,
                  access: .anyone, bodyLimit: 77) { _ in .text("created", status: .created) },
            Route(.get, "/boom", operationID: "boom", summary: "", tag: "t", action: .readHealth,
                  access: .anyone) { _ in throw CocoaError(.fileNoSuchFile) },
        ]
        return try Router(routes: routes, middleware: [RequestIDMiddleware(), ErrorMiddleware(log: .discard)])
    }

    private func problem(_ response: HTTPResponse) throws -> ProblemDetails {
        try JSONDecoder().decode(ProblemDetails.self, from: Data(response.bodyBytes))
    }

    @Test func matchesParametersAndPrefersLiterals() async throws {
        let router = try router()
        #expect(String(decoding: await router.respond(to: request(.get, "/items/a%20b?x=1")).bodyBytes, as: UTF8.self) == "item a b")
        #expect(String(decoding: await router.respond(to: request(.get, "/items/special")).bodyBytes, as: UTF8.self) == "special")
    }

    @Test func answersUnknownPathsWithAProblem() async throws {
        let response = try await router().respond(to: request(.get, "/nothing/here"))
        #expect(response.status == .notFound)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(response.headers["X-Request-ID"]?.hasPrefix("req_") == true)
        let problem = try problem(response)
        #expect(problem.status == 404)
        #expect(problem.type.hasSuffix("/not-found"))
        #expect(problem.detail.contains("/nothing/here"))
    }

    @Test func answersUnservedMethodsWith405AndAllow() async throws {
        let response = try await router().respond(to: request(.delete, "/items"))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "OPTIONS, POST")
        let get = try await router().respond(to: request(.put, "/items/1"))
        #expect(get.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func answersUnknownMethodsWith501() async throws {
        let response = try await router().respond(to: request(HTTPMethod(rawValue: "BREW"), "/items"))
        #expect(response.status == .notImplemented)
    }

    @Test func answersStandardMethodsNoResourceServesWith405() async throws {
        for method in [HTTPMethod.trace, .connect, .query] {
            let response = try await router().respond(to: request(method, "/items/7"))
            #expect(response.status == .methodNotAllowed && response.headers["Allow"] == "GET, HEAD, OPTIONS", "\(method)")
        }
    }

    @Test func answersOptionsWithAllow() async throws {
        let response = try await router().respond(to: request(.options, "/items/7"))
        #expect(response.status == .noContent)
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func servesHeadFromGet() async throws {
        let response = try await router().respond(to: request(.head, "/items/7"))
        #expect(response.status == .ok)
    }

    @Test func usesTheRoutesBodyLimit() throws {
        let router = try router()
        #expect(router.bodyLimit(for: request(.post, "/items").head) == 77)
        #expect(router.bodyLimit(for: request(.get, "/items/1").head) == 0)
        #expect(router.bodyLimit(for: request(.post, "/unknown").head) == Router.unroutedBodyLimit)
    }

    @Test func hidesInternalErrorsBehindTheRequestID() async throws {
        let response = try await router().respond(to: request(.get, "/boom"))
        #expect(response.status == .internalServerError)
        let problem = try problem(response)
        let id = try #require(response.headers["X-Request-ID"])
        #expect(problem.detail.contains(id))
        #expect(!problem.detail.contains("NSCocoaErrorDomain") && !problem.detail.contains("fileNoSuchFile"))
    }

    @Test func refusesDuplicateRoutes() {
        let route = Route(.get, "/a/{x}", operationID: "a", summary: "", tag: "t", action: .readHealth, access: .anyone) { _ in .text("") }
        #expect(throws: RouteTableError.self) { try Router(routes: [route, route], middleware: []) }
    }
}

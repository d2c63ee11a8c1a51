import Ledger
import Registry
import Testing

@testable import Server

/// Reads the route table to prove that the policy fails closed and that a page form and
/// its JSON route are one act: every resource-bound action is refused without its
/// resource, every route acting on a resource runs an operation that loads it, and every
/// page form runs the operation of a JSON route with the same verdict for every role.
@Suite struct OperationTableTests {
    @Test func noActionThatConcernsAResourceIsAllowedWithoutIt() {
        for action in Action.allCases where action.concernsResource {
            for (name, actor) in PolicyTests.actors() {
                #expect(Policy.decide(actor: actor, action: action) != .allow, "\(action.rawValue) for \(name) without its resource")
            }
        }
    }

    @Test func everyRouteActingOnAResourceRunsAnOperationThatLoadsIt() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        for route in app.application.router.routes where route.action.concernsResource {
            guard let operation = route.operation else {
                Issue.record("\(route.label) decides \(route.action.rawValue) without an operation")
                continue
            }
            #expect(operation.loadsResource, "\(route.label) runs \(operation.name) without loading its resource")
            #expect(operation.action == route.action, "\(route.label)")
        }
    }

    @Test func everyPageFormThatRunsAnOperationHasAJSONTwinWithTheSameVerdicts() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let routes = app.application.router.routes
        let twins = Dictionary(routes.filter { $0.tag != "pages" && $0.operation != nil }.map { ($0.operation!.name, $0) },
                               uniquingKeysWith: { first, _ in first })
        var forms = 0
        var withoutTwin: Set<String> = []
        for form in routes where form.tag == "pages" && form.method == .post {
            guard let operation = form.operation else {
                withoutTwin.insert(form.operationID)
                continue
            }
            forms += 1
            let twin = try #require(twins[operation.name], "\(form.label) runs \(operation.name), which no JSON route runs")
            #expect(twin.operation == operation)
            for (name, actor) in PolicyTests.actors() {
                #expect(Policy.gate(actor: actor, action: form.action) == Policy.gate(actor: actor, action: twin.action),
                        "\(form.label) and \(twin.label) for \(name)")
                #expect(form.access.admits(actor) == twin.access.admits(actor), "\(form.label) and \(twin.label) declare \(name) alike")
            }
        }
        #expect(withoutTwin == Self.formsWithoutTwin, "\(withoutTwin.subtracting(Self.formsWithoutTwin)) run no operation")
        #expect(forms == 71)
    }

    @Test func theServedDocumentNamesTheOperationAFormRuns() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let response = await app.application.router.respond(to: HTTPRequest(head: HTTPRequestHead(
            method: .get, target: "/api/openapi.json", version: .http1_1, headers: HTTPHeaders([("Host", "x")]), framing: .none)))
        let paths = try #require(try JSONValue.parse(response.bodyBytes).objectValue?["paths"]?.objectValue)
        let judge = paths["/challenges/{event_id}/judge"]?.objectValue?["post"]?.objectValue
        #expect(judge?["x-glocal-operation"]?.stringValue == "markChallengeTeam")
        let mark = paths["/api/v1/challenges/{event_id}/marks"]?.objectValue?["post"]?.objectValue
        #expect(mark?["operationId"]?.stringValue == "markChallengeTeam" && mark?["x-glocal-operation"] == nil)
    }

    /// The forms that are no act on the registry: signing in and out, and creating an API
    /// token, whose secret the page shows once.
    /// Forms that act on no record of the registry's acts: signing in and out, a token's
    /// secret shown once, and the check of a receipt (which changes nothing).
    static let formsWithoutTwin: Set<String> = ["loginFormSubmit", "logoutFormSubmit", "createAPITokenFormSubmit", "verifyFormSubmit"]

    /// Every form that acts and sends the reader back says on the page what it did.
    @Test func everyActingFormSaysWhatItDid() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let acting = app.router.routes.filter { $0.tag == "pages" && $0.method == .post && $0.documentation.successStatus == .seeOther }
            .map(\.operationID).filter { !Self.formsWithoutTwin.contains($0) }
        #expect(acting.count == Done.allCases.count)
        for operation in acting { #expect(Done(rawValue: operation) != nil, "\(operation) says nothing when done") }
    }
}

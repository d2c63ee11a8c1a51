import Registry
import Testing

@testable import Server

/// Reads the route table to prove that the policy fails closed and that a page form and
/// its JSON route are one act: every resource-bound action is refused without its
/// resource, every route acting on a resource runs an operation that loads it, and every
/// page form runs the operation of a JSON route with the same verdict for every role.
@Suite struct OperationTableTests {
    /// Routes whose resource-bound act is still decided inside the handler rather than by
    /// an operation's loader; each leaves this list as its area moves to operations.
    static let decidedInHandlers: Set<String> = [
        "depositIPAsset", "assignIPAssetHolders", "grantIPLicence", "eraseMember", "setMentorProfile", "setInvestorProfile",
        "setFacilitatorRecord", "decideChallengeTie", "signContract", "attestMilestone", "pledgeToContract", "withdrawContractPledge",
        "registerForGame", "submitGameIdea", "joinGameTeam", "setGameTeamRole", "leaveGameTeam", "approveGameIdea",
        "withdrawGameApproval", "gameApprovalFormSubmit", "gameIdeaFormSubmit", "registerSessionInvestor", "setCapTableVisibility",
        "signContractForUnionFormSubmit", "projectWorkspacePage",
    ]

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
        var stillInHandlers: Set<String> = []
        for route in app.application.router.routes where route.action.concernsResource {
            guard let operation = route.operation else {
                stillInHandlers.insert(route.operationID)
                continue
            }
            #expect(operation.loadsResource, "\(route.label) runs \(operation.name) without loading its resource")
            #expect(operation.action == route.action, "\(route.label)")
        }
        #expect(stillInHandlers == Self.decidedInHandlers, "not listed: \(stillInHandlers.subtracting(Self.decidedInHandlers)); moved: \(Self.decidedInHandlers.subtracting(stillInHandlers))")
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
        #expect(forms == 16)
    }

    /// Page forms that still call the registry themselves, and the forms that are no act
    /// of the registry (signing in and out, creating an API token from the account page).
    static let formsWithoutTwin: Set<String> = [
        "loginFormSubmit", "logoutFormSubmit", "createAPITokenFormSubmit",
        "proposeContractFormSubmit", "signContractForUnionFormSubmit", "reportContractCostFormSubmit",
        "reportContractRevenueFormSubmit", "admitFormSubmit", "moveEventFormSubmit", "sealEventFormSubmit",
        "importCSVFormSubmit", "gameApprovalFormSubmit", "gameIdeaFormSubmit",
    ]
}

/// One act a caller performs on the registry, shared by its JSON route and its page form
/// so that the two cannot differ in checks, verdicts or side effects.
///
/// Running it loads the resource the act concerns (when its action needs one), asks the
/// `Policy` with that resource, performs the act, then runs its effects (such as telling
/// a live board). A route or a form never calls the registry for an act itself: it turns
/// its request into the `Input` and hands it to `run`.
struct Operation<Input: Sendable, Output: Sendable>: Sendable {
    typealias LoadResource = @Sendable (RequestContext, Input) async throws -> Policy.Resource
    typealias Perform = @Sendable (RequestContext, Input) async throws -> Output
    typealias Effect = @Sendable (Input, Output) async -> Void

    /// The operationId of the JSON route that runs it; pages that run it name it too.
    let name: String
    let action: Action
    private let loadResource: LoadResource?
    private let perform: Perform
    private let effect: Effect?

    /// An act the policy decides by the caller's roles alone.
    init(_ name: String, action: Action, perform: @escaping Perform, effect: Effect? = nil) {
        self.init(name, action: action, loadResource: nil, perform: perform, effect: effect)
    }

    /// An act the policy decides by the resource it concerns, loaded by `resource` before
    /// the verdict.
    init(_ name: String, action: Action, resource: @escaping LoadResource, perform: @escaping Perform, effect: Effect? = nil) {
        self.init(name, action: action, loadResource: resource, perform: perform, effect: effect)
    }

    private init(_ name: String, action: Action, loadResource: LoadResource?, perform: @escaping Perform, effect: Effect?) {
        self.name = name
        self.action = action
        self.loadResource = loadResource
        self.perform = perform
        self.effect = effect
    }

    /// What a route that runs this operation says about it.
    var summary: OperationSummary {
        OperationSummary(name: name, action: action, loadsResource: loadResource != nil)
    }

    /// Loads the resource, asks the policy, acts and runs the effects. An action that
    /// concerns a resource is refused when the operation has no loader (the policy fails
    /// closed), so a forgotten loader can never allow.
    func run(_ context: RequestContext, _ input: Input) async throws -> Output {
        let resource = try await loadResource?(context, input)
        try Policy.require(context.actor, action, on: resource)
        let output = try await perform(context, input)
        await effect?(input, output)
        return output
    }
}

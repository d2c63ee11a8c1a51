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
    /// How often one account may run it, checked before anything is read.
    private let pace: ActPace?
    private let perform: Perform
    private let effect: Effect?

    /// An act the policy decides by the caller's roles alone.
    init(_ name: String, action: Action, perform: @escaping Perform, effect: Effect? = nil) {
        self.init(name, action: action, loadResource: nil, pace: nil, perform: perform, effect: effect)
    }

    /// An act the policy decides by the resource it concerns, loaded by `resource` before
    /// the verdict.
    init(_ name: String, action: Action, pace: ActPace? = nil, resource: @escaping LoadResource, perform: @escaping Perform,
         effect: Effect? = nil) {
        self.init(name, action: action, loadResource: resource, pace: pace, perform: perform, effect: effect)
    }

    private init(_ name: String, action: Action, loadResource: LoadResource?, pace: ActPace?, perform: @escaping Perform,
                 effect: Effect?) {
        self.name = name
        self.action = action
        self.loadResource = loadResource
        self.pace = pace
        self.perform = perform
        self.effect = effect
    }

    /// What a route that runs this operation says about it.
    var summary: OperationSummary {
        OperationSummary(name: name, action: action, loadsResource: loadResource != nil)
    }

    /// Takes the caller's turn at its pace, loads the resource, asks the policy, acts and
    /// runs the effects. An action that concerns a resource is refused when the operation
    /// has no loader (the policy fails closed), so a forgotten loader can never allow.
    func run(_ context: RequestContext, _ input: Input) async throws -> Output {
        try takeTurns(1, context)
        return try await runPaced(context, input)
    }

    /// Runs the act once for each input, in order, after taking the caller's turns for all
    /// of them at once: a form that saves several (a judge's marks for one team) is refused
    /// at its pace before any is saved, not halfway.
    func run(_ context: RequestContext, each inputs: [Input]) async throws -> [Output] {
        try takeTurns(inputs.count, context)
        var outputs: [Output] = []
        for input in inputs { outputs.append(try await runPaced(context, input)) }
        return outputs
    }

    private func takeTurns(_ acts: Int, _ context: RequestContext) throws {
        if let pace, let account = context.actor?.accountID { try pace.take(acts, for: account) }
    }

    private func runPaced(_ context: RequestContext, _ input: Input) async throws -> Output {
        let resource = try await loadResource?(context, input)
        try Policy.require(context.actor, action, on: resource)
        let output = try await perform(context, input)
        await effect?(input, output)
        return output
    }
}

/// One entry of the route table: what the server answers, who may call it, and what
/// the OpenAPI document says about it. The table of these is the single source for
/// routing, authorisation checks, the OpenAPI document and the tests that compare them.
public struct Route: Sendable {
    public typealias Handler = @Sendable (RequestContext) async throws -> HTTPResponse

    public let method: HTTPMethod
    public let path: PathPattern
    /// The OpenAPI operationId and the route label in metrics and logs.
    public let operationID: String
    public let summary: String
    public let tag: String
    /// What the caller is doing, for the policy.
    public let action: Action
    /// Who the route table says may call it; the policy must agree (checked by a test).
    public let access: Access
    public let bodyLimit: Int
    /// Whether a POST honours `Idempotency-Key`.
    public let isIdempotentCreate: Bool
    public let documentation: RouteDocumentation
    /// The operation the route runs, for routes that act (nil for reads and the node's own
    /// routes).
    public let operation: OperationSummary?
    /// A page whose render reads nothing of its reader but their language, their roles and
    /// that they are signed in: members holding the same roles share its renders
    /// (`PageCacheMiddleware`), each served with their own count of waiting acts and CSRF
    /// token (`SharedRender`).
    public let isSameForEveryMember: Bool
    /// How the page's kept copies follow judges' marks.
    public let judging: PageJudging
    public let handler: Handler

    public init(
        _ method: HTTPMethod, _ path: String, operationID: String, summary: String, tag: String,
        action: Action, access: Access, bodyLimit: Int = 0, idempotentCreate: Bool = false,
        documentation: RouteDocumentation = RouteDocumentation(), operation: OperationSummary? = nil,
        sameForEveryMember: Bool = false, judging: PageJudging = .shownAtOnce, handler: @escaping Handler
    ) {
        self.method = method
        self.path = PathPattern(path)
        self.operationID = operationID
        self.summary = summary
        self.tag = tag
        self.action = action
        self.access = access
        self.bodyLimit = bodyLimit
        self.isIdempotentCreate = idempotentCreate
        self.documentation = documentation
        self.operation = operation
        isSameForEveryMember = sameForEveryMember
        self.judging = judging
        self.handler = handler
    }

    /// The route label used in metrics and the access log: "GET /api/v1/projects/{project_id}".
    public var label: String { "\(method) \(path)" }
}

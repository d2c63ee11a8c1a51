/// What a route declares about the operation it runs: its name (the JSON route's
/// operationId), its action and whether it loads the resource the policy needs. The tests
/// read these from the route table to prove that every page form has an API twin running
/// the same operation and that every resource-bound act loads its resource.
public struct OperationSummary: Sendable, Equatable {
    public let name: String
    public let action: Action
    public let loadsResource: Bool
}

/// The Union's option in a pitched project, granted at the investment session in exchange
/// for running the project's operations: the cap table grant that carries it.
public struct UnionOption: Hashable, Sendable {
    public let projectID: ProjectID
    public let grantID: CapTableEventID
    public let shareClassID: ShareClassID
    public let units: ShareCount
    public let ledgerSeq: Int
}

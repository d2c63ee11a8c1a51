/// What an investor states when it pledges: the project, the amount, its conditions in
/// free text, and the form the money takes once the pledge is accepted.
public struct PledgeDraft: Sendable {
    public var projectID: ProjectID
    public var amount: Kopecks
    public var conditions: String
    public var form: PledgeForm

    public init(projectID: ProjectID, amount: Kopecks, conditions: String = "", form: PledgeForm) {
        self.projectID = projectID
        self.amount = amount
        self.conditions = conditions
        self.form = form
    }
}

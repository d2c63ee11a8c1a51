/// A member as a batch import states it: the application, the standing the member
/// already has with the Union, and (when restoring an export) the id it had.
public struct ImportedMember: Sendable {
    public var id: MemberID?
    public var application: MemberApplication
    public var status: MembershipStatus

    public init(id: MemberID? = nil, application: MemberApplication, status: MembershipStatus = .applied) {
        self.id = id
        self.application = application
        self.status = status
    }
}

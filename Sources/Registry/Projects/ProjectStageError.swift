/// A stage move the road of stages does not allow, with the stage the project is at, the
/// one asked for, and the ones it may move to from here (none once it is final).
public struct ProjectStageError: Error, Equatable, Sendable, CustomStringConvertible {
    public let current: ProjectStage
    public let requested: ProjectStage
    public let allowed: [ProjectStage]

    public var description: String {
        let hint = allowed.isEmpty ? "\(current.rawValue) is final"
                                   : "from \(current.rawValue) it may move to " + allowed.map(\.rawValue).joined(separator: " or ")
        return "A project at stage \(current.rawValue) cannot move to \(requested.rawValue); \(hint)."
    }
}

/// An edit of a project's descriptive fields; nil leaves a field as it is.
public struct ProjectChanges: Sendable {
    public var title: String?
    public var summary: String?
    public var direction: String?

    public init(title: String? = nil, summary: String? = nil, direction: String? = nil) {
        self.title = title
        self.summary = summary
        self.direction = direction
    }
}

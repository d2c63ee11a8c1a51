/// The names a followed node publishes in its open data (`/open-data/cities.json`,
/// `/open-data/projects.json`): kept only for records its log holds, and for a project
/// only when the town given agrees with the log.
public struct MirrorNames: Sendable {
    public var towns: [String: (name: String, region: String)] = [:]
    public var projects: [String: (title: String, cityID: String)] = [:]

    public init() {}
}

/// The names a followed node publishes (its open data, `/open-data/cities.json` and
/// `/open-data/projects.json`, and its public list of practices): kept only for records its
/// log holds, and for a project or practice only when the town given agrees with the log.
public struct MirrorNames: Sendable {
    public var towns: [String: (name: String, region: String)] = [:]
    public var projects: [String: (title: String, cityID: String)] = [:]
    public var practices: [String: (title: String, summary: String, cityID: String)] = [:]

    public init() {}
}

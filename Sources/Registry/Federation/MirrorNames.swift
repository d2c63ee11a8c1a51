/// The names a followed node publishes (its open data, `/open-data/cities.json` and
/// `/open-data/projects.json`, and its public list of practices): kept only for records its
/// log holds, and for a project or practice only when the town given agrees with the log.
public struct MirrorNames: Sendable {
    public var towns: [String: (name: String, region: String)] = [:]
    public var projects: [String: (title: String, cityID: String)] = [:]
    public var practices: [String: (title: String, summary: String, cityID: String)] = [:]
    /// Events by id: their titles.
    public var events: [String: String] = [:]
    /// Sealed events whose published results table was read: whether it hashed to the
    /// SHA-256 in their seal. An event whose table could not be read is not here.
    public var resultsChecked: [String: Bool] = [:]
    /// Teams nominated for this node's Challenges, by id: their names.
    public var teams: [String: String] = [:]

    public init() {}
}

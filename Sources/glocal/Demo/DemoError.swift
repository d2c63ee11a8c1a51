/// Why the demo could not be loaded, each case saying what to fix.
enum DemoError: Error, Equatable, CustomStringConvertible {
    case seedMissing(path: String)
    case seedMalformed(path: String, reason: String)
    /// A seed names a town, member, project or idea that no seed defines.
    case unknownKey(kind: String, key: String)
    case invalidValue(field: String, reason: String)
    /// The data folder already holds a town's registry; the demo would mix with it.
    case folderNotFresh(path: String, members: Int)

    var description: String {
        switch self {
        case let .seedMissing(path):
            "seed file \(path) not found; pass --seeds <dir> with the folder holding towns.json, people.json, "
                + "projects.json, events.json and deals.json"
        case let .seedMalformed(path, reason):
            "seed file \(path) is not valid: \(reason)"
        case let .unknownKey(kind, key):
            "the seeds name the \(kind) '\(key)', which no seed file defines"
        case let .invalidValue(field, reason):
            "seed value \(field) \(reason)"
        case let .folderNotFresh(path, members):
            "data folder \(path) already holds \(members) members; the demo loads only into a fresh data folder "
                + "(remove it or choose another --data)"
        }
    }
}

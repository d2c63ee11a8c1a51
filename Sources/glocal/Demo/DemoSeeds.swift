import Foundation

/// The demo as the JSON files of a seeds folder describe it, read and checked whole
/// before anything is written, so a broken file leaves the data folder untouched.
struct DemoSeeds: Sendable {
    let towns: DemoTowns
    let people: DemoPeople
    let projects: DemoProjects
    let events: DemoEvents
    let deals: DemoDeals

    /// The folder used when `--seeds` is not given: `$GLOCAL_SEEDS`, else `./Seeds`.
    static var defaultFolder: String {
        ProcessInfo.processInfo.environment["GLOCAL_SEEDS"] ?? "Seeds"
    }

    static func read(from folder: String) throws(DemoError) -> DemoSeeds {
        DemoSeeds(towns: try file("towns.json", in: folder), people: try file("people.json", in: folder),
                  projects: try file("projects.json", in: folder), events: try file("events.json", in: folder),
                  deals: try file("deals.json", in: folder))
    }

    private static func file<T: Decodable>(_ name: String, in folder: String) throws(DemoError) -> T {
        let path = folder + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else { throw .seedMissing(path: path) }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw .seedMalformed(path: path, reason: reason(error))
        } catch {
            throw .seedMalformed(path: path, reason: String(describing: error))
        }
    }

    /// The field path and the decoder's own words, on one line.
    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, context):
            return "\(place(context.codingPath + [key])): missing"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    private static func place(_ path: [any CodingKey]) -> String {
        let parts = path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }
        let joined = parts.joined()
        return joined.hasPrefix(".") ? String(joined.dropFirst()) : (joined.isEmpty ? "top level" : joined)
    }
}

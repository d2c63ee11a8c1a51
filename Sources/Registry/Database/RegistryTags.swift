import Foundation

/// Short free-text labels (competencies, directions of interest, a town's directions):
/// each goes through `RegistryText`, is lowercased so that "IoT" and "iot" are one tag,
/// and the list comes back deduplicated and sorted. Stored as a JSON array in one
/// column, since tags are only ever read and written with their owner.
enum RegistryTags {
    static let maximumCount = 30
    static let maximumCharacters = 60

    static func normalise(_ tags: [String], field: String) throws(RegistryValidationError) -> [String] {
        var result = Set<String>()
        for (index, tag) in tags.enumerated() {
            result.insert(try normalise(tag, field: "\(field)/\(index)"))
        }
        guard result.count <= maximumCount else {
            throw RegistryValidationError(field: field, rule: .tooMany(maximum: maximumCount))
        }
        return result.sorted()
    }

    /// One tag as it is stored, for comparing a filter with stored tags.
    static func normalise(_ tag: String, field: String) throws(RegistryValidationError) -> String {
        try RegistryText.required(tag, field: field, maximumCharacters: maximumCharacters).lowercased()
    }

    static func column(_ tags: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(tags), as: UTF8.self)
    }

    /// The tags `column(_:)` wrote, or nil for text it would not have written.
    static func decode(_ text: String) -> [String]? {
        try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    }
}

import Foundation

/// The checks every free-text field of the registry goes through: trimmed, not empty
/// when required, bounded in length, and free of control characters.
enum RegistryText {
    static func required(_ text: String, field: String, maximumCharacters: Int) throws(RegistryValidationError) -> String {
        guard let value = try optional(text, field: field, maximumCharacters: maximumCharacters) else {
            throw RegistryValidationError(field: field, rule: .empty)
        }
        return value
    }

    static func optional(_ text: String?, field: String, maximumCharacters: Int) throws(RegistryValidationError) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        guard trimmed.count <= maximumCharacters else {
            throw RegistryValidationError(field: field, rule: .tooLong(maximumCharacters: maximumCharacters))
        }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) else {
            throw RegistryValidationError(field: field, rule: .controlCharacters)
        }
        return trimmed
    }
}

/// Why the registry could not read what it stored: a row no program version of ours
/// would have written. Restore from a backup or repair the row; retrying will not help.
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    case corruptedRow(table: String, id: String, column: String)

    public var description: String {
        switch self {
        case let .corruptedRow(table, id, column):
            return "the database row \(table) \(id) has an unreadable \(column); restore it from a backup"
        }
    }
}

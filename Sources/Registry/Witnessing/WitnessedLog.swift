/// A log this node witnesses: its origin and key, and the latest checkpoint it cosigned.
public struct WitnessedLog: Hashable, Sendable {
    public let origin: String
    public let verifierKey: String
    public let size: Int
    public let checkpoint: String?
}

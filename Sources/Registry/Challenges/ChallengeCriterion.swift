/// One criterion judges score a team on: its weight in the total and the scale of its
/// marks (whole numbers from `scaleMinimum` to `scaleMaximum`).
public struct ChallengeCriterion: Hashable, Sendable, Codable {
    /// A short stable key (`impact`, `design`), lowercase letters, digits and `_`.
    public let id: String
    public let name: String
    public let weight: Int
    public let scaleMinimum: Int
    public let scaleMaximum: Int

    public init(id: String, name: String, weight: Int, scaleMinimum: Int = 0, scaleMaximum: Int = 10) {
        self.id = id
        self.name = name
        self.weight = weight
        self.scaleMinimum = scaleMinimum
        self.scaleMaximum = scaleMaximum
    }

    /// `value` if it is on this criterion's scale; otherwise the refusal, naming `field`.
    public func onScale(_ value: Int, field: String) throws(RegistryValidationError) -> Int {
        guard (scaleMinimum...scaleMaximum).contains(value) else {
            throw RegistryValidationError(field: field, rule: .notInRange(minimum: Int64(scaleMinimum), maximum: Int64(scaleMaximum), unit: .number))
        }
        return value
    }
}

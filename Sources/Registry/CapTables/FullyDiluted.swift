/// Units per holder counting issued shares and the unexercised units of unexpired options,
/// with each holder's share in basis points.
///
/// Basis points are split by largest remainder over holders ordered by id, so they sum to
/// exactly 10 000 whenever there is at least one unit; ties go to the lower id.
public struct FullyDiluted: Hashable, Sendable {
    public let units: [StakeholderID: ShareCount]
    public let total: ShareCount

    init(units: [StakeholderID: ShareCount]) {
        self.units = units
        total = ShareCount(unchecked: units.values.reduce(0) { $0 + $1.value })
    }

    /// Each holder's share in hundredths of a percent.
    public var basisPoints: [StakeholderID: Int64] {
        Self.basisPoints(of: units)
    }

    static func basisPoints(of units: [StakeholderID: ShareCount]) -> [StakeholderID: Int64] {
        let holders = units.keys.sorted()
        guard let split = try? LargestRemainder.allocate(10_000, among: holders.map { ($0, units[$0]?.value ?? 0) }) else {
            return [:]
        }
        return Dictionary(uniqueKeysWithValues: split.map { ($0.party, $0.amount) })
    }
}

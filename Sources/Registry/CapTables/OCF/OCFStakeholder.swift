/// How a stakeholder is named in an export. The cap table keeps ids only (names are personal
/// data that must stay erasable), so the caller supplies names at export time; a stakeholder
/// without one is exported under its id.
public struct OCFStakeholder: Hashable, Sendable {
    public let legalName: String
    public let isInstitution: Bool

    public init(legalName: String, isInstitution: Bool) {
        self.legalName = legalName
        self.isInstitution = isInstitution
    }

    /// The id as the name; registry members (`mem_…`) as individuals, anyone else (the Union, a
    /// town fund) as an institution.
    static func fallback(for id: StakeholderID) -> OCFStakeholder {
        OCFStakeholder(legalName: id.rawValue, isInstitution: !id.rawValue.hasPrefix("mem_"))
    }
}

/// An opaque identifier inside a cap table, typed by what it names so that a share
/// class id can never be passed where a stakeholder id is expected.
///
/// Ids are compared by their text; sorting by them is the tie-break wherever the cap
/// table needs a deterministic order (largest-remainder splits, exported files).
public struct CapTableID<Kind: CapTableIDKind>: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a `CapTableID` names; a marker only.
public protocol CapTableIDKind: Sendable {}

/// Marks ids of share classes.
public enum ShareClassIDKind: CapTableIDKind {}
/// Marks ids of stakeholders.
public enum StakeholderIDKind: CapTableIDKind {}
/// Marks ids of cap table events.
public enum CapTableEventIDKind: CapTableIDKind {}
/// Marks ids of vesting milestones.
public enum VestingMilestoneIDKind: CapTableIDKind {}

/// A class of shares (common, a preferred series).
public typealias ShareClassID = CapTableID<ShareClassIDKind>
/// Whoever can hold units: a registry member (`mem_…`), the Union, a town fund. Opaque here.
public typealias StakeholderID = CapTableID<StakeholderIDKind>
/// Names one event; an option grant is named by the id of the event that made it.
public typealias CapTableEventID = CapTableID<CapTableEventIDKind>
/// One tranche of a milestone-vested option grant; may repeat a project milestone's id, but
/// the cap table treats it as opaque.
public typealias VestingMilestoneID = CapTableID<VestingMilestoneIDKind>

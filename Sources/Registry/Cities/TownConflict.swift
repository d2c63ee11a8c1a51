import Ledger

/// Why an act on a town's records (the town itself, its communities, figures and
/// practices) contradicts what the registry already holds.
public enum TownConflict: Refusal, Equatable {
    case alreadyRegistered(name: String, region: String)
    case idTaken(CityID)
    case communityExists(name: String)
    case figureRecorded(HappinessIndicator, on: CalendarDate)
    case ownPractice
    case practiceAlreadyAdopted
    case roadMapStarted
    case roadMapNotStarted
    case evidenceDeposited
    case indicatorDefined(HappinessIndicator)
    /// The node of the town whose practice is adopted could not be asked for the proof.
    case sourceNodeUnreachable(origin: String)
    /// The entry that reported the practice is not proved to be in that node's verified log.
    case sourceEntryUnproved(origin: String, seq: Int)

    public var code: String {
        switch self {
        case .alreadyRegistered: "town-already-registered"
        case .idTaken: "town-id-taken"
        case .communityExists: "community-exists"
        case .figureRecorded: "figure-already-recorded"
        case .ownPractice: "own-practice"
        case .practiceAlreadyAdopted: "practice-already-adopted"
        case .roadMapStarted: "road-map-started"
        case .roadMapNotStarted: "road-map-not-started"
        case .evidenceDeposited: "evidence-already-deposited"
        case .indicatorDefined: "indicator-already-defined"
        case .sourceNodeUnreachable: "source-node-unreachable"
        case .sourceEntryUnproved: "source-entry-unproved"
        }
    }

    public var english: String {
        switch self {
        case let .alreadyRegistered(name, region): "\(name) (\(region)) is already registered."
        case let .idTaken(id): "A city with id \(id) is already registered."
        case let .communityExists(name): "A community named \(name) already exists there."
        case let .figureRecorded(indicator, day): "\(indicator.rawValue) for \(day) is already recorded for this city."
        case .ownPractice: "The practice was reported by this city; only other cities adopt it."
        case .practiceAlreadyAdopted: "This city has already adopted the practice."
        case .roadMapStarted: "This city's road map has already started."
        case .roadMapNotStarted: "This city's road map has not started yet."
        case .evidenceDeposited: "This document is already deposited for this step."
        case let .indicatorDefined(indicator): "An indicator with code \(indicator) is already defined."
        case let .sourceNodeUnreachable(origin): "The node \(origin) could not be asked for the proof of the practice; try again later."
        case let .sourceEntryUnproved(origin, seq): "Entry \(seq) of \(origin) is not proved to be the practice's report in the log verified here."
        }
    }
}

import Ledger

/// A town's road map: the day it started and its fourteen steps in order.
public struct TownRoadMap: Hashable, Sendable {
    public let cityID: CityID
    public let startsOn: CalendarDate
    /// The ledger entry that started it.
    public let ledgerSeq: Int
    public let steps: [RoadMapStepRecord]

    /// How many steps are done.
    public var doneCount: Int { steps.filter { $0.status == .done }.count }

    /// The first step not done, if any is left.
    public var current: RoadMapStepRecord? { steps.first { $0.status != .done } }

    /// The last planned day of any step.
    public var plannedEnd: CalendarDate { steps.map(\.plannedEnd).max() ?? startsOn }

    /// The plan of a road map that starts on `start`: each step after the one before, for
    /// the length the seed gives it; the test platform, given none, alongside the accelerator.
    public static func plan(startingOn start: CalendarDate) -> [(step: RoadMapStep, start: CalendarDate, end: CalendarDate)] {
        var day = start
        var planned: [RoadMapStep: (CalendarDate, CalendarDate)] = [:]
        for step in RoadMapStep.allCases {
            guard let length = step.plannedLength else { continue }
            let end = length.lastDay(from: day)
            planned[step] = (day, end)
            day = end.addingDays(1)
        }
        planned[.testPlatform] = planned[.accelerator]
        return RoadMapStep.allCases.compactMap { step in planned[step].map { (step, $0.0, $0.1) } }
    }
}

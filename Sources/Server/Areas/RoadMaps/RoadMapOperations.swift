import Ledger
import Registry

/// The acts on a town's road map, run alike by the JSON routes and the road map's page:
/// starting it, changing a step, and depositing a document that shows a step taken.
/// Union staff and the organising committee keep road maps.
struct RoadMapOperations: Sendable {
    /// A step of a town's road map.
    struct Step: Sendable {
        let town: CityID
        let step: RoadMapStep
    }

    /// A document deposited for a step, by its SHA-256 and title.
    struct Evidence: Sendable {
        let sha256: SHA256Digest
        let title: String
    }

    let start: Operation<Change<CityID, CalendarDate>, TownRoadMap>
    let changeStep: Operation<Change<Step, RoadMapStepChange>, RoadMapStepRecord>
    let deposit: Operation<Change<Step, Evidence>, RoadMapEvidence>

    init(roadMaps: RoadMaps) {
        start = Operation("startRoadMap", action: .keepRoadMap) { _, change in
            try await roadMaps.start(change.record, on: change.value)
        }
        changeStep = Operation("changeRoadMapStep", action: .keepRoadMap) { _, change in
            try await roadMaps.change(change.record.step, of: change.record.town, to: change.value)
        }
        deposit = Operation("depositRoadMapEvidence", action: .keepRoadMap) { _, change in
            try await roadMaps.deposit(change.value.sha256, titled: change.value.title, for: change.record.step, of: change.record.town)
        }
    }

    /// The document's SHA-256 as typed or computed by the page: 64 hex digits.
    static func sha256(_ text: String) throws -> SHA256Digest {
        guard let digest = try? SHA256Digest(hex: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw RegistryValidationError(field: "sha256", rule: .notASHA256)
        }
        return digest
    }

    /// The step a path names by its number, 1 to 14.
    static func step(_ context: RequestContext, notFound: String) throws(APIError) -> Step {
        let town: CityID = try context.parameter("city_id", notFound: notFound)
        let number: Int = try context.parameter("step", notFound: notFound)
        guard let step = RoadMapStep(rawValue: number) else { throw .notFound(detail: notFound) }
        return Step(town: town, step: step)
    }
}

import Registry

/// The JSON of road maps: what the API reads to start one, change a step or deposit a
/// document, and how it writes a road map and its steps.
enum RoadMapBodies {
    struct StartRequest: Decodable {
        let startsOn: CalendarDate
    }

    struct StepRequest: Decodable {
        let owner: String
        let plannedStart: CalendarDate
        let plannedEnd: CalendarDate
        let status: RoadMapStatus
    }

    struct EvidenceRequest: Decodable {
        let sha256: String
        let title: String
    }

    struct EvidenceView: Encodable {
        let sha256: String
        let title: String
        let ledgerSeq: Int
        let depositedAt: String

        init(_ evidence: RoadMapEvidence) {
            sha256 = evidence.sha256.hex
            title = evidence.title
            ledgerSeq = evidence.ledgerSeq
            depositedAt = evidence.depositedAt.rfc3339
        }
    }

    struct StepView: Encodable {
        let step: Int
        let code: String
        let owner: String
        let plannedStart: String
        let plannedEnd: String
        let status: String
        let late: Bool
        let doneOn: String?
        let eventId: String?
        let ledgerSeq: Int
        let evidence: [EvidenceView]

        init(_ record: RoadMapStepRecord, today: CalendarDate) {
            step = record.step.rawValue
            code = record.step.code
            owner = record.owner
            plannedStart = record.plannedStart.rfc3339
            plannedEnd = record.plannedEnd.rfc3339
            status = record.status.rawValue
            late = record.isLate(on: today)
            doneOn = record.doneOn?.rfc3339
            eventId = record.eventID?.rawValue
            ledgerSeq = record.ledgerSeq
            evidence = record.evidence.map(EvidenceView.init)
        }
    }

    struct RoadMapView: Encodable {
        let cityId: String
        let startsOn: String
        let ledgerSeq: Int
        let doneCount: Int
        let steps: [StepView]

        init(_ roadMap: TownRoadMap, today: CalendarDate) {
            cityId = roadMap.cityID.rawValue
            startsOn = roadMap.startsOn.rfc3339
            ledgerSeq = roadMap.ledgerSeq
            doneCount = roadMap.doneCount
            steps = roadMap.steps.map { StepView($0, today: today) }
        }
    }

    struct RoadMapList: Encodable {
        let items: [RoadMapView]
    }
}

import Registry

/// The JSON bodies of the federation routes.
enum FederationBodies {
    struct NodeList: Encodable {
        let items: [NodeView]
    }

    /// A followed node as `GET /api/v1/federation/nodes` gives it.
    struct NodeView: Encodable {
        struct Failure: Encodable {
            let code: String
            let detail: String
            let at: String
        }

        let origin: String
        let url: String
        let verifierKey: String
        let size: Int
        let checkpoint: String?
        let cosignedBy: [String]
        let verifiedAt: String?
        let failure: Failure?
        let towns: Int
        let projects: Int

        init(_ node: FollowedNode, counts: (towns: Int, projects: Int)?) {
            origin = node.origin
            url = node.url
            verifierKey = node.verifierKey
            size = node.size
            checkpoint = node.checkpoint
            cosignedBy = node.cosignedBy
            verifiedAt = node.verifiedAt?.rfc3339
            failure = node.failureCode.map { Failure(code: $0, detail: node.failureDetail ?? "", at: node.failedAt?.rfc3339 ?? "") }
            towns = counts?.towns ?? 0
            projects = counts?.projects ?? 0
        }
    }

    struct TownList: Encodable {
        let items: [TownView]
    }

    /// A mirrored town with where it comes from.
    struct TownView: Encodable {
        let cityId: String
        let name: String?
        let region: String?
        let provenance: ProvenanceView

        init(_ town: MirroredTown) {
            cityId = town.cityID
            name = town.name
            region = town.region
            provenance = ProvenanceView(town.provenance)
        }
    }

    struct ProvenanceView: Encodable {
        let origin: String
        let url: String
        let ledgerSeq: Int
        let checkpointSize: Int
        let cosignedBy: [String]

        init(_ provenance: Provenance) {
            origin = provenance.origin
            url = provenance.url
            ledgerSeq = provenance.seq
            checkpointSize = provenance.checkpointSize
            cosignedBy = provenance.cosignedBy
        }
    }

    struct PracticeList: Encodable {
        let items: [PracticeView]
    }

    /// A mirrored practice with where it comes from.
    struct PracticeView: Encodable {
        let practiceId: String
        let cityId: String
        let townName: String?
        let title: String?
        let summary: String?
        let provenance: ProvenanceView

        init(_ practice: MirroredPractice) {
            practiceId = practice.practiceID
            cityId = practice.cityID
            townName = practice.townName
            title = practice.title
            summary = practice.summary
            provenance = ProvenanceView(practice.provenance)
        }
    }

    struct AdoptionRequest: Decodable {
        let origin: String
        let practiceId: String
        let cityId: CityID
    }

    /// A town of this node adopting another node's practice, as recorded.
    struct AdoptionView: Encodable {
        let cityId: String
        let origin: String
        let practiceId: String
        let title: String
        let sourceSeq: Int
        let ledgerSeq: Int
        let adoptedAt: String

        init(_ adoption: PracticeAdoptedElsewhere) {
            cityId = adoption.cityID.rawValue
            origin = adoption.origin
            practiceId = adoption.practiceID
            title = adoption.title
            sourceSeq = adoption.sourceSeq
            ledgerSeq = adoption.ledgerSeq
            adoptedAt = adoption.adoptedAt.rfc3339
        }
    }

    struct EventList: Encodable {
        let items: [EventView]
    }

    /// A mirrored event: its kind and title, where it was announced, and its seal.
    struct EventView: Encodable {
        let eventId: String
        let kind: String
        let title: String?
        let sealedSeq: Int?
        let resultsSha256: String?
        let resultsCheck: String?
        let provenance: ProvenanceView

        init(_ event: MirroredEvent) {
            eventId = event.eventID
            kind = event.kind.rawValue
            title = event.title
            sealedSeq = event.sealedSeq
            resultsSha256 = event.resultsSHA256
            resultsCheck = event.resultsCheck?.rawValue
            provenance = ProvenanceView(event.provenance)
        }
    }

    struct NominationRequest: Decodable {
        let origin: String
        let eventId: EventID
        let name: String
        let cityId: CityID
        let projectId: ProjectID?
    }

    struct NominationList: Encodable {
        let items: [NominationView]
    }

    /// A team of this node's town nominated for a Challenge another node hosts.
    struct NominationView: Encodable {
        let teamId: String
        let hostOrigin: String
        let eventId: String
        let cityId: String
        let name: String
        let projectId: String?
        let ledgerSeq: Int
        let nominatedAt: String
        let takenSeq: Int?

        init(_ nomination: ChallengeNomination) {
            teamId = nomination.teamID.rawValue
            hostOrigin = nomination.hostOrigin
            eventId = nomination.eventID.rawValue
            cityId = nomination.cityID.rawValue
            name = nomination.name
            projectId = nomination.projectID?.rawValue
            ledgerSeq = nomination.ledgerSeq
            nominatedAt = nomination.nominatedAt.rfc3339
            takenSeq = nomination.takenSeq
        }
    }

    struct IndicatorSeriesList: Encodable {
        let items: [IndicatorSeriesView]
    }

    /// One indicator's figures for a town of another node, each with its entry there.
    struct IndicatorSeriesView: Encodable {
        struct Figure: Encodable {
            let measuredOn: String
            let value: Int64
            let ledgerSeq: Int
        }

        let cityId: String
        let townName: String?
        let indicator: String
        let unit: String
        let figures: [Figure]
        let provenance: ProvenanceView

        init(_ series: MirroredIndicatorSeries) {
            cityId = series.cityID
            townName = series.townName
            indicator = series.indicator.rawValue
            unit = series.unit.rawValue
            figures = series.figures.map { Figure(measuredOn: $0.measuredOn.rfc3339, value: $0.value, ledgerSeq: $0.seq) }
            provenance = ProvenanceView(series.provenance)
        }
    }
}

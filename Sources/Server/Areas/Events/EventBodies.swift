import Registry

/// The JSON bodies shared by every kind of event.
enum EventBodies {
    struct CreateRequest: Decodable {
        let kind: EventKind
        let title: String
        let cityIds: [CityID]
        let startsOn: CalendarDate
        let endsOn: CalendarDate
    }

    struct StatusRequest: Decodable {
        let status: EventStatus
    }

    struct EventView: Encodable {
        let id: String
        let kind: String
        let title: String
        let cityIds: [String]
        let townsElsewhere: [TownElsewhereView]
        let startsOn: String
        let endsOn: String
        let status: String
        let seal: SealView?
        let createdAt: String

        init(_ event: Event) {
            id = event.id.rawValue
            kind = event.kind.rawValue
            title = event.title
            cityIds = event.cityIDs.map(\.rawValue)
            townsElsewhere = event.townsElsewhere.map { TownElsewhereView(origin: $0.origin, cityId: $0.cityID.rawValue) }
            startsOn = event.startsOn.description
            endsOn = event.endsOn.description
            status = event.status.rawValue
            seal = event.seal.map(SealView.init)
            createdAt = event.createdAt.rfc3339
        }
    }

    /// A town of another node taking part: that node's log origin and the town's id there.
    struct TownElsewhereView: Encodable {
        let origin: String
        let cityId: String
    }

    struct SealView: Encodable {
        let resultsSha256: String
        let ledgerSeq: Int
        let sealedAt: String

        init(_ seal: EventSeal) {
            resultsSha256 = seal.resultsSHA256.hex
            ledgerSeq = seal.ledgerSeq
            sealedAt = seal.sealedAt.rfc3339
        }
    }
}

import Registry

/// The JSON bodies of the knowledge base of practices.
enum PracticeBodies {
    struct ReportRequest: Decodable {
        let title: String
        let what: String
        let cityId: CityID
        let results: String
        let reportedOn: CalendarDate
    }

    struct AdoptionRequest: Decodable {
        let cityId: CityID
    }

    struct PracticeView: Encodable {
        let id: String
        let title: String
        let what: String
        let cityId: String
        let results: String
        let reportedOn: String
        let reportSeq: Int
        let adoptions: [AdoptionView]
        let createdAt: String

        init(_ practice: Practice) {
            id = practice.id.rawValue
            title = practice.title
            what = practice.summary
            cityId = practice.cityID.rawValue
            results = practice.results
            reportedOn = practice.reportedOn.description
            reportSeq = practice.reportSeq
            adoptions = practice.adoptions.map(AdoptionView.init)
            createdAt = practice.createdAt.rfc3339
        }
    }

    struct AdoptionView: Encodable {
        let practiceId: String
        let cityId: String
        let ledgerSeq: Int
        let adoptedAt: String

        init(_ adoption: PracticeAdoption) {
            practiceId = adoption.practiceID.rawValue
            cityId = adoption.cityID.rawValue
            ledgerSeq = adoption.ledgerSeq
            adoptedAt = adoption.adoptedAt.rfc3339
        }
    }
}

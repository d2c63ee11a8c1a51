import Registry

/// The acts on a town's Atlas of Happiness run alike by the JSON routes and the town desk:
/// recording one area's score of its digital-maturity audit.
struct TownOperations: Sendable {
    /// One area's score on the day audited, for a town.
    struct Audit: Sendable {
        let town: CityID
        let area: String
        let score: Int
        let auditedOn: CalendarDate
    }

    let recordAudit: Operation<Audit, AuditResult>

    init(cityProfiles: CityProfiles) {
        recordAudit = Operation("recordCityAudit", action: .recordCityProfile) { _, audit in
            try await cityProfiles.recordAudit(of: audit.town, area: audit.area, score: audit.score, auditedOn: audit.auditedOn)
        }
    }
}

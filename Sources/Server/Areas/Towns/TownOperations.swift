import Registry

/// The acts on the Atlas of Happiness run alike by the JSON routes and the towns desk:
/// recording one area's score of a town's digital-maturity audit, a dated figure of one of
/// its happiness indicators, and defining a new indicator for every town.
struct TownOperations: Sendable {
    /// One area's score on the day audited, for a town.
    struct Audit: Sendable {
        let town: CityID
        let area: String
        let score: Int
        let auditedOn: CalendarDate
    }

    /// A dated figure of one indicator, in the indicator's unit, for a town.
    struct Figure: Sendable {
        let town: CityID
        let indicator: HappinessIndicator
        let value: Int64
        let measuredOn: CalendarDate
    }

    let recordAudit: Operation<Audit, AuditResult>
    let recordFigure: Operation<Figure, IndicatorFigure>
    let define: Operation<IndicatorDraft, IndicatorDefinition>

    init(cityProfiles: CityProfiles) {
        recordAudit = Operation("recordCityAudit", action: .recordCityProfile) { _, audit in
            try await cityProfiles.recordAudit(of: audit.town, area: audit.area, score: audit.score, auditedOn: audit.auditedOn)
        }
        recordFigure = Operation("recordCityIndicator", action: .recordCityProfile) { _, figure in
            try await cityProfiles.recordFigure(of: figure.town, indicator: figure.indicator, value: figure.value, measuredOn: figure.measuredOn)
        }
        define = Operation("defineIndicator", action: .recordCityProfile) { _, draft in
            try await cityProfiles.define(draft)
        }
    }
}

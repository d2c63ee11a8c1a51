import Registry

/// The JSON bodies of a city's mapping-stage profile: directions, audit results and
/// happiness indicators.
enum CityProfileBodies {
    struct CityProfileView: Encodable {
        let cityId: String
        let directions: [String]
        let updatedAt: String?

        init(_ profile: CityProfile) {
            cityId = profile.cityID.rawValue
            directions = profile.directions
            updatedAt = profile.updatedAt?.rfc3339
        }
    }

    struct DirectionsRequest: Decodable {
        let directions: [String]
    }

    struct AuditView: Encodable {
        let id: String
        let cityId: String
        let area: String
        let score: Int
        let auditedOn: String
        let recordedAt: String

        init(_ result: AuditResult) {
            id = result.id.rawValue
            cityId = result.cityID.rawValue
            area = result.area
            score = result.score
            auditedOn = result.auditedOn.rfc3339
            recordedAt = result.recordedAt.rfc3339
        }
    }

    struct AuditRequest: Decodable {
        let area: String
        let score: Int
        let auditedOn: CalendarDate
    }

    struct FigureView: Encodable {
        let id: String
        let indicator: String
        let unit: String
        let value: Int64
        let measuredOn: String
        let recordedAt: String

        init(_ figure: IndicatorFigure) {
            id = figure.id.rawValue
            indicator = figure.indicator.rawValue
            unit = figure.indicator.unit.rawValue
            value = figure.value
            measuredOn = figure.measuredOn.rfc3339
            recordedAt = figure.recordedAt.rfc3339
        }
    }

    struct FigureRequest: Decodable {
        let indicator: HappinessIndicator
        let value: Int64
        let measuredOn: CalendarDate
    }

    /// Every indicator of the fixed set, each with its unit and its figures in date
    /// order (empty when none is recorded), in the set's order, so a chart needs no
    /// other knowledge of the set.
    struct IndicatorsView: Encodable {
        let cityId: String
        let series: [Series]

        struct Series: Encodable {
            let indicator: String
            let unit: String
            let figures: [Point]
        }

        struct Point: Encodable {
            let id: String
            let value: Int64
            let measuredOn: String
        }

        init(city: CityID, figures: [HappinessIndicator: [IndicatorFigure]]) {
            cityId = city.rawValue
            series = HappinessIndicator.allCases.map { indicator in
                Series(indicator: indicator.rawValue, unit: indicator.unit.rawValue,
                       figures: (figures[indicator] ?? []).map {
                           Point(id: $0.id.rawValue, value: $0.value, measuredOn: $0.measuredOn.rfc3339)
                       })
            }
        }
    }
}

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
            unit = figure.unit.rawValue
            value = figure.value
            measuredOn = figure.measuredOn.rfc3339
            recordedAt = figure.recordedAt.rfc3339
        }
    }

    struct DefinitionView: Encodable {
        let code: String
        let name: String
        let nameEn: String?
        let unit: String
        let direction: String
        let minimum: Int64
        let maximum: Int64

        init(_ definition: IndicatorDefinition) {
            code = definition.indicator.rawValue
            name = definition.name
            nameEn = definition.englishName
            unit = definition.unit.rawValue
            direction = definition.direction.rawValue
            minimum = definition.validValues.lowerBound
            maximum = definition.validValues.upperBound
        }
    }

    struct DefinitionList: Encodable {
        let items: [DefinitionView]
    }

    struct DefinitionRequest: Decodable {
        let code: String
        let name: String
        let nameEn: String?
        let unit: IndicatorUnit
        let direction: IndicatorDirection
        let minimum: Int64
        let maximum: Int64
    }

    struct FigureRequest: Decodable {
        let indicator: HappinessIndicator
        let value: Int64
        let measuredOn: CalendarDate
    }

    /// Every indicator of a set (the audited ones, or those computed from the ledger), each
    /// with its unit and its figures in order (empty when it has none yet), in the set's
    /// order, so a chart needs no other knowledge of the set.
    struct IndicatorSeriesView<Point: Encodable>: Encodable {
        let cityId: String
        let series: [Series]

        struct Series: Encodable {
            let indicator: String
            let unit: String
            let figures: [Point]
        }
    }

    /// An audited figure, on the day measured.
    struct FigurePoint: Encodable {
        let id: String
        let value: Int64
        let measuredOn: String
    }

    /// A computed figure of a year, with the ledger entries it sums.
    struct YearPoint: Encodable {
        let year: Int
        let value: Int64
        let ledgerSeqs: [Int]
    }

    static func indicators(of city: CityID, _ figures: [HappinessIndicator: [IndicatorFigure]],
                           definitions: [IndicatorDefinition]) -> IndicatorSeriesView<FigurePoint> {
        IndicatorSeriesView(cityId: city.rawValue, series: definitions.map { definition in
            .init(indicator: definition.indicator.rawValue, unit: definition.unit.rawValue, figures: (figures[definition.indicator] ?? []).map {
                FigurePoint(id: $0.id.rawValue, value: $0.value, measuredOn: $0.measuredOn.rfc3339)
            })
        })
    }

    static func computed(of city: CityID, _ figures: [ComputedIndicator: [ComputedFigure]]) -> IndicatorSeriesView<YearPoint> {
        IndicatorSeriesView(cityId: city.rawValue, series: ComputedIndicator.allCases.map { indicator in
            .init(indicator: indicator.rawValue, unit: indicator.unit.rawValue, figures: (figures[indicator] ?? []).map {
                YearPoint(year: $0.year, value: $0.value, ledgerSeqs: $0.ledgerSeqs)
            })
        })
    }
}

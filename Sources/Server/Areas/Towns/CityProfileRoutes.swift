import Registry

/// A city's profile for the mapping stage, from which the Atlas of Happiness is drawn:
/// its directions of digital entrepreneurship, its maturity-audit results and its
/// happiness indicators. Anyone reads; Union staff record.
public enum CityProfileRoutes {
    static let smallBody = 8 * 1024

    static func routes(cityProfiles: CityProfiles, operations: TownOperations) -> [Route] {
        [
            Route(.get, "/api/v1/cities/{city_id}/profile", operationID: "getCityProfile",
                  summary: "A city's chosen directions of digital entrepreneurship", tag: "atlas",
                  action: .readCityProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "CityProfile", errors: [.notFound])) { context in
                try .json(CityProfileBodies.CityProfileView(try await cityProfiles.profile(of: try cityID(context))))
            },
            Route(.put, "/api/v1/cities/{city_id}/profile", operationID: "setCityDirections",
                  summary: "Set a city's directions of digital entrepreneurship", tag: "atlas",
                  action: .recordCityProfile, access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "CityDirectionsRequest", response: "CityProfile",
                                                    errors: [.notFound])) { context in
                let body = try JSONBodyDecoder.decode(CityProfileBodies.DirectionsRequest.self, from: context.request)
                let profile = try await cityProfiles.setDirections(body.directions, of: try cityID(context))
                return try .json(CityProfileBodies.CityProfileView(profile))
            },
            Route(.get, "/api/v1/cities/{city_id}/audits", operationID: "listCityAudits",
                  summary: "A city's digital-maturity audit results, in the order audited", tag: "atlas",
                  action: .readCityProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "CityAuditPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                try .json(try Page.of(try await cityProfiles.audits(of: try cityID(context)), request: context.request,
                                      id: \.id.rawValue, view: CityProfileBodies.AuditView.init))
            },
            Route(.post, "/api/v1/cities/{city_id}/audits", running: operations.recordAudit,
                  summary: "Record one area's score (0 to 100) in a city's digital-maturity audit", tag: "atlas",
                  access: .roles([.unionStaff]), bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CityAuditRequest", response: "CityAudit", success: .created,
                                                    errors: [.notFound]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(CityProfileBodies.AuditRequest.self, from: context.request)
                      return .init(town: try cityID(context), area: body.area, score: body.score, auditedOn: body.auditedOn)
                  },
                  respond: { try .json(CityProfileBodies.AuditView($0), status: .created) }),
            Route(.get, "/api/v1/cities/{city_id}/indicators", operationID: "getCityIndicators",
                  summary: "A city's happiness indicators: every indicator's series in date order", tag: "atlas",
                  action: .readCityProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "CityIndicators", errors: [.notFound])) { context in
                let city = try cityID(context)
                return try .json(CityProfileBodies.indicators(of: city, try await cityProfiles.indicators(of: city),
                                                              definitions: try await cityProfiles.definitions()))
            },
            Route(.get, "/api/v1/indicators", operationID: "listIndicators",
                  summary: "Every happiness indicator's definition: name, unit, which way is good, range; the seeds' seven first",
                  tag: "atlas", action: .readCityProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "IndicatorDefinitionList")) { _ in
                try .json(CityProfileBodies.DefinitionList(items: try await cityProfiles.definitions().map(CityProfileBodies.DefinitionView.init)))
            },
            Route(.post, "/api/v1/indicators", running: operations.define,
                  summary: "Define a new happiness indicator for every town", tag: "atlas",
                  access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "IndicatorDefinitionRequest", response: "IndicatorDefinition", success: .created,
                                                    errors: [.conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(CityProfileBodies.DefinitionRequest.self, from: context.request)
                      return IndicatorDraft(code: body.code, name: body.name, englishName: body.nameEn, unit: body.unit, direction: body.direction,
                                            minimum: body.minimum, maximum: body.maximum)
                  },
                  respond: { try .json(CityProfileBodies.DefinitionView($0), status: .created) }),
            Route(.get, "/api/v1/cities/{city_id}/computed-indicators", operationID: "getCityComputedIndicators",
                  summary: "A city's indicators computed from the ledger, by year, each figure with the entries it sums", tag: "atlas",
                  action: .readCityProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "CityComputedIndicators", errors: [.notFound])) { context in
                let city = try cityID(context)
                return try .json(CityProfileBodies.computed(of: city, try await cityProfiles.computedIndicators(of: city)))
            },
            Route(.post, "/api/v1/cities/{city_id}/indicators", running: operations.recordFigure,
                  summary: "Record a dated figure of one of a city's happiness indicators", tag: "atlas",
                  access: .roles([.unionStaff]), bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CityIndicatorRequest", response: "CityIndicatorFigure",
                                                    success: .created, errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(CityProfileBodies.FigureRequest.self, from: context.request)
                      return .init(town: try cityID(context), indicator: body.indicator, value: body.value, measuredOn: body.measuredOn)
                  },
                  respond: { try .json(CityProfileBodies.FigureView($0), status: .created) }),
        ]
    }

    private static func cityID(_ context: RequestContext) throws(APIError) -> CityID {
        try context.parameter("city_id", notFound: "No such city.")
    }
}

import Registry

/// Towns' road maps over the API: anyone reads them, one town's or every town's for
/// comparing; Union staff and the organising committee start a town's, change its steps
/// and deposit documents for them.
enum RoadMapRoutes {
    static let smallBody = 8 * 1024
    static let noSuchStep = "No such city or road-map step."

    static func routes(roadMaps: RoadMaps, operations: RoadMapOperations) -> [Route] {
        let keepers = Access.roles([.unionStaff, .committee])
        return [
            Route(.get, "/api/v1/road-maps", operationID: "listRoadMaps",
                  summary: "Every town's road map, in the order they started, to compare towns' progress", tag: "atlas",
                  action: .readCityProfiles, access: .anyone, documentation: RouteDocumentation(response: "RoadMapList")) { _ in
                let today = roadMaps.today
                return try .json(RoadMapBodies.RoadMapList(items: try await roadMaps.all().map { RoadMapBodies.RoadMapView($0, today: today) }))
            },
            Route(.get, "/api/v1/cities/{city_id}/road-map", operationID: "getRoadMap",
                  summary: "A town's road map: its fourteen steps with owners, planned dates, status and evidence", tag: "atlas",
                  action: .readCityProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "RoadMap", errors: [.notFound])) { context in
                guard let roadMap = try await roadMaps.roadMap(of: try cityID(context)) else {
                    throw APIError.notFound(detail: "This city's road map has not started.")
                }
                return try .json(RoadMapBodies.RoadMapView(roadMap, today: roadMaps.today))
            },
            Route(.post, "/api/v1/cities/{city_id}/road-map", running: operations.start,
                  summary: "Start a town's road map on a day, each step planned from the seed's durations", tag: "atlas",
                  access: keepers, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "RoadMapStartRequest", response: "RoadMap", success: .created,
                                                    errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(RoadMapBodies.StartRequest.self, from: context.request)
                      return Change(record: try cityID(context), value: body.startsOn)
                  },
                  respond: { try .json(RoadMapBodies.RoadMapView($0, today: roadMaps.today), status: .created) }),
            Route(.put, "/api/v1/cities/{city_id}/road-map/steps/{step}", running: operations.changeStep,
                  summary: "Set a road-map step's owner, planned dates and status", tag: "atlas",
                  access: keepers, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "RoadMapStepRequest", response: "RoadMapStep", errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(RoadMapBodies.StepRequest.self, from: context.request)
                      return Change(record: try RoadMapOperations.step(context, notFound: noSuchStep),
                                    value: RoadMapStepChange(owner: body.owner, plannedStart: body.plannedStart,
                                                             plannedEnd: body.plannedEnd, status: body.status))
                  },
                  respond: { try .json(RoadMapBodies.StepView($0, today: roadMaps.today)) }),
            Route(.post, "/api/v1/cities/{city_id}/road-map/steps/{step}/evidence", running: operations.deposit,
                  summary: "Deposit a document that shows a road-map step taken, by its SHA-256", tag: "atlas",
                  access: keepers, bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "RoadMapEvidenceRequest", response: "RoadMapEvidence", success: .created,
                                                    errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(RoadMapBodies.EvidenceRequest.self, from: context.request)
                      return Change(record: try RoadMapOperations.step(context, notFound: noSuchStep),
                                    value: .init(sha256: try RoadMapOperations.sha256(body.sha256), title: body.title))
                  },
                  respond: { try .json(RoadMapBodies.EvidenceView($0), status: .created) }),
        ]
    }

    private static func cityID(_ context: RequestContext) throws(APIError) -> CityID {
        try context.parameter("city_id", notFound: "No such city.")
    }
}

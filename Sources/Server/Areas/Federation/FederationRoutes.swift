import Registry

/// The Union's federation over HTTP: the other towns' nodes this node follows, with how
/// far each is verified; the towns and practices mirrored from them with their provenance;
/// and adopting another town's practice, citing its report in that town's log.
enum FederationRoutes {
    static func routes(node: Node, operations: FederationOperations) -> [Route] {
        [
            Route(.get, "/api/v1/federation/nodes", operationID: "listFollowedNodes",
                  summary: "The other towns' nodes this node follows: how much of each log is mirrored and verified, and the last failure",
                  tag: "federation", action: .readCities, access: .anyone,
                  documentation: RouteDocumentation(response: "FollowedNodeList")) { _ in
                let counts = try await node.federation.counts()
                return try .json(FederationBodies.NodeList(items: try await node.federation.followed().map {
                    FederationBodies.NodeView($0, counts: counts[$0.origin])
                }))
            },
            Route(.get, "/api/v1/federation/towns", operationID: "listMirroredTowns",
                  summary: "The towns registered on followed nodes, each with the node and the entry it comes from",
                  tag: "federation", action: .readCities, access: .anyone,
                  documentation: RouteDocumentation(response: "MirroredTownList")) { _ in
                try .json(FederationBodies.TownList(items: try await node.federation.towns().map(FederationBodies.TownView.init)))
            },
            Route(.get, "/api/v1/federation/practices", operationID: "listMirroredPractices",
                  summary: "The practices reported on followed nodes, found by q, each with the node and the entry it comes from",
                  tag: "federation", action: .readPractices, access: .anyone,
                  documentation: RouteDocumentation(response: "MirroredPracticeList",
                                                    query: PageDocumentation.searchable.filter { $0.name == "q" })) { context in
                let practices = try await node.federation.practices(matching: try context.request.searchQuery(), limit: PageRequest.maximumLimit)
                return try .json(FederationBodies.PracticeList(items: practices.map(FederationBodies.PracticeView.init)))
            },
            Route(.get, "/api/v1/federation/events", operationID: "listMirroredEvents",
                  summary: "The events announced on followed nodes; for each sealed one, whether its published results match the SHA-256 in its seal entry",
                  tag: "federation", action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "MirroredEventList")) { _ in
                try .json(FederationBodies.EventList(items: try await node.federation.events().map(FederationBodies.EventView.init)))
            },
            Route(.post, "/api/v1/federation/practice-adoptions", running: operations.adoptPractice,
                  summary: "One of this node's towns adopts a practice of another town's node; the entry cites the practice's report there with its inclusion proof",
                  tag: "federation", access: .roles([.unionStaff]), bodyLimit: 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "MirroredPracticeAdoptionRequest", response: "MirroredPracticeAdoption",
                                                    success: .created, errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(FederationBodies.AdoptionRequest.self, from: context.request)
                      return .init(origin: body.origin, practiceID: body.practiceId, cityID: body.cityId)
                  },
                  respond: { try .json(FederationBodies.AdoptionView($0), status: .created) }),
            FederationPage.route(node: node),
        ] + MirroredPracticesPage.routes(node: node, operations: operations)
    }
}

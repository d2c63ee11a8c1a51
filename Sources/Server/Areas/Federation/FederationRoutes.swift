import Registry

/// The Union's federation over HTTP: the other towns' nodes this node follows, with how
/// far each is verified; the towns and practices mirrored from them with their provenance;
/// adopting another town's practice, citing its report in that town's log; and teams of
/// this node's towns nominated for Challenges other nodes host.
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
            Route(.get, "/api/v1/federation/indicators", operationID: "listMirroredIndicatorFigures",
                  summary: "One indicator's figures for the towns of followed nodes, each figure with the entry it comes from",
                  tag: "federation", action: .readCities, access: .anyone,
                  documentation: RouteDocumentation(response: "MirroredIndicatorSeriesList", query: [
                      RouteDocumentation.QueryParameter("indicator", type: "string",
                                                        description: "The indicator's code, e.g. young_returning (required)."),
                  ], errors: [.unprocessableContent])) { context in
                guard let indicator = HappinessIndicator(rawValue: try QueryParameters(context.request)["indicator"] ?? "") else {
                    throw RegistryValidationError(field: "indicator", rule: .notACode(maximumCharacters: 40))
                }
                return try .json(FederationBodies.IndicatorSeriesList(items: try await node.federation.indicatorSeries(of: indicator)
                    .map(FederationBodies.IndicatorSeriesView.init)))
            },
            Route(.get, "/api/v1/federation/challenge-nominations", operationID: "listChallengeNominations",
                  summary: "The teams this node's towns nominated for Challenges other nodes host, newest first: what those hosts read to take them",
                  tag: "federation", action: .readChallenges, access: .anyone,
                  documentation: RouteDocumentation(response: "ChallengeNominationList")) { _ in
                try .json(FederationBodies.NominationList(items: try await node.challenges.nominations().map(FederationBodies.NominationView.init)))
            },
            Route(.post, "/api/v1/federation/challenge-nominations", running: operations.nominateTeam,
                  summary: "One of this node's towns nominates a team for a Challenge another town's node hosts; that node takes the team from this node's log",
                  tag: "federation", access: .roles([.unionStaff]), bodyLimit: 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "ChallengeNominationRequest", response: "ChallengeNomination",
                                                    success: .created, errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(FederationBodies.NominationRequest.self, from: context.request)
                      return .init(origin: body.origin, eventID: body.eventId, name: body.name, cityID: body.cityId, projectID: body.projectId)
                  },
                  respond: { try .json(FederationBodies.NominationView($0), status: .created) }),
            FederationPage.route(node: node),
        ] + MirroredPracticesPage.routes(node: node, operations: operations)
          + FederationChallengesPage.routes(node: node, operations: operations)
    }
}

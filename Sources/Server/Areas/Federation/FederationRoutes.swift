import Registry

/// The Union's federation over HTTP: the other towns' nodes this node follows, with how
/// far each is verified, and the towns mirrored from them with their provenance.
enum FederationRoutes {
    static func routes(node: Node) -> [Route] {
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
            FederationPage.route(node: node),
        ]
    }
}

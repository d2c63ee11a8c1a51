import Registry

/// What every event shares: Union staff announce events and move them along; anyone
/// reads them and, once sealed, their results, byte for byte as hashed in the ledger.
enum EventRoutes {
    static let listQuery = PageDocumentation.query + [
        RouteDocumentation.QueryParameter("kind", type: "string", description: "Only events of this kind."),
        RouteDocumentation.QueryParameter("city_id", type: "string", description: "Only events of this town."),
    ]

    static func routes(events: Events, operations: EventOperations) -> [Route] {
        [
            Route(.get, "/api/v1/events", operationID: "listEvents", summary: "Events, oldest first", tag: "events",
                  action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "EventPage", query: listQuery)) { context in
                let query = try QueryParameters(context.request)
                let kind = try query.value("kind", as: EventKind.self)
                let city = try query.value("city_id", as: CityID.self)
                let page = try await events.events(kind: kind, cityID: city, page: try context.request.pageRequest())
                return try .json(Page.from(page, view: EventBodies.EventView.init))
            },
            Route(.post, "/api/v1/events", running: operations.create, summary: "Announce an event (Union staff)",
                  tag: "events", access: .roles([.unionStaff]), bodyLimit: 8 * 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CreateEventRequest", response: "Event", success: .created),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(EventBodies.CreateRequest.self, from: context.request)
                      return EventDraft(kind: body.kind, title: body.title, cityIDs: body.cityIds, startsOn: body.startsOn, endsOn: body.endsOn)
                  },
                  respond: { try .json(EventBodies.EventView($0), status: .created) }),
            Route(.get, "/api/v1/events/{event_id}", operationID: "getEvent", summary: "An event", tag: "events",
                  action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "Event", errors: [.notFound])) { context in
                try .json(EventBodies.EventView(try await event(context, events)))
            },
            Route(.put, "/api/v1/events/{event_id}/status", running: operations.move,
                  summary: "Move an event to its next status: draft, open, running, closed (Union staff)", tag: "events",
                  access: .roles([.unionStaff]), bodyLimit: 1024,
                  documentation: RouteDocumentation(request: "EventStatusRequest", response: "Event", errors: [.notFound, .conflict]),
                  input: { context in
                      let found = try await event(context, events)
                      let body = try JSONBodyDecoder.decode(EventBodies.StatusRequest.self, from: context.request)
                      return .init(record: found, value: body.status)
                  },
                  respond: { try .json(EventBodies.EventView($0)) }),
            Route(.get, "/api/v1/events/{event_id}/results", operationID: "getSealedResults",
                  summary: "The sealed results table: exactly the bytes whose SHA-256 the event.seal entry holds",
                  tag: "events", action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "SealedResults", errors: [.notFound])) { context in
                guard let seal = try await event(context, events).seal else {
                    throw APIError.notFound(detail: "The event is not sealed yet; its results are published when it is.")
                }
                var response = HTTPResponse(contentType: "application/json", body: Array(seal.results.utf8))
                response.headers.set("Digest-SHA256", seal.resultsSHA256.hex)
                return response
            },
        ]
    }

    private static func event(_ context: RequestContext, _ events: Events) async throws -> Event {
        try await context.record("event_id", notFound: "No such event.") { try await events.event(id: $0) }
    }
}

import Ledger
import Registry

/// Reading projects' cap tables, at the detail each project chose (its lead and Union staff
/// always see everything), choosing that detail, and the Open Cap Table Format export.
/// Changes to the tables are `CapTableEventRoutes`.
public enum CapTableRoutes {
    static let base = "/api/v1/projects/{project_id}/cap-table"
    static let asOfQuery = [RouteDocumentation.QueryParameter("as_of", type: "string",
                                                              description: "The date (YYYY-MM-DD) to show the table as of; today by default.")]

    static func routes(operations: CapTableOperations) -> [Route] {
        readRoutes(operations.services, operations) + CapTableEventRoutes.routes(operations.services, operations: operations)
    }

    private static func readRoutes(_ services: CapTableServices, _ operations: CapTableOperations) -> [Route] {
        let capTables = services.capTables
        return [
            Route(.get, base, operationID: "getCapTable",
                  summary: "A project's cap table: classes and totals, with holders or events as the project chose",
                  tag: "cap-tables", action: .readCapTable, access: .anyone,
                  documentation: RouteDocumentation(response: "CapTable", query: asOfQuery, errors: [.notFound])) { context in
                let project = try await services.project(context)
                let chosen = try await capTables.visibility(of: project.id)
                let shown: CapTableVisibility = try await services.seesFull(context, project) ? .full : chosen
                let events = try await capTables.events(of: project.id)
                return try .json(CapTableViews.table(try CapTable.replay(events.map(\.event)), project: project.id,
                                                     asOf: try services.asOf(context), chosen: chosen, shown: shown, events: events))
            },
            Route(.get, base + "/holders/{holder_id}", operationID: "getCapTablePosition",
                  summary: "One holder's shares, options and history (when the project shows holders, or the holder's own)",
                  tag: "cap-tables", action: .readCapTable, access: .anyone,
                  documentation: RouteDocumentation(response: "CapTablePosition", query: asOfQuery,
                                                    errors: [.unauthorized, .forbidden, .notFound])) { context in
                let project = try await services.project(context)
                let holder = StakeholderID(try context.parameter("holder_id"))
                let chosen = try await capTables.visibility(of: project.id)
                let seesFull = try await services.seesFull(context, project)
                let full = chosen == .full || seesFull
                let own = Policy.Resource.ownedBy(accountID: try await services.account(of: holder))
                let isOwn = Policy.decide(actor: context.actor, action: .readOwnCapTablePosition, resource: own) == .allow
                if !full && !isOwn && chosen < .holders {
                    try Policy.require(context.actor, .readOwnCapTablePosition, on: own)
                }
                let withHistory = full || isOwn
                let events = try await capTables.events(of: project.id)
                return try .json(CapTableViews.position(of: holder, in: try CapTable.replay(events.map(\.event)),
                                                        project: project.id, asOf: try services.asOf(context),
                                                        events: withHistory ? events : []))
            },
            Route(.put, base + "/visibility", running: operations.setVisibility,
                  summary: "Choose what the public sees of the cap table (the project's lead or Union staff)",
                  tag: "cap-tables", access: .signedIn, bodyLimit: 1024,
                  documentation: RouteDocumentation(request: "CapTableVisibility", response: "CapTableVisibility",
                                                    errors: [.forbidden, .notFound]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(CapTableVisibilityBody.self, from: context.request)
                      return .init(record: try await services.project(context), value: body.visibility)
                  },
                  respond: { set in
                      try .json(CapTableVisibilityBody(projectId: set.record.id.rawValue, visibility: set.value))
                  }),
            Route(.get, base + "/ocf", operationID: "exportCapTableOCF",
                  summary: "The cap table as Open Cap Table Format 1.2.0 files (when the project shows it in full, or to its lead and staff)",
                  tag: "cap-tables", action: .readCapTable, access: .anyone,
                  documentation: RouteDocumentation(response: "CapTableOCF", query: asOfQuery,
                                                    errors: [.unauthorized, .forbidden, .notFound])) { context in
                let project = try await services.project(context)
                if try await capTables.visibility(of: project.id) != .full {
                    try Policy.require(context.actor, .readFullCapTable, on: try await services.resource(project))
                }
                let export = try OCFExport(table: try await capTables.table(of: project.id),
                                           issuer: OCFIssuer(legalName: project.title, formationDate: CalendarDate(project.createdAt)),
                                           asOf: try services.asOf(context))
                return try .json(try CapTableViews.ocf(export))
            },
        ]
    }
}

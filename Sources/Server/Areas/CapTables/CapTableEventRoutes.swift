import Ledger
import Registry

/// Changing projects' cap tables: events the Union records alone (classes, issuances,
/// grants with the Union's own option, cancellations, rounds), exercises by the holder or
/// staff, and the two acts that need the member's own signature — a seller's transfer and
/// an attester's attestation — each with an endpoint that returns the exact statement to
/// sign. The acts are `CapTableOperations`, shared with the staff desk.
enum CapTableEventRoutes {
    static let eventBody = 32 * 1024

    static func routes(_ services: CapTableServices, operations: CapTableOperations) -> [Route] {
        let base = CapTableRoutes.base
        return [
            Route(.post, base + "/events", running: operations.record,
                  summary: "Record a share class, authorised change, issuance, option grant, cancellation or priced round (Union staff)",
                  tag: "cap-tables", access: .roles([.unionStaff]), bodyLimit: eventBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CapTableEventRequest", response: "CapTableEvent", success: .created,
                                                    errors: [.notFound, .conflict]),
                  input: { context in
                      let event = try CapTableRequest.unionEvent(from: try JSONBodyDecoder.object(from: context.request))
                      return .init(record: try await services.project(context), value: event)
                  },
                  respond: { try .json(CapTableViews.event($0), status: .created) }),
            Route(.post, base + "/exercises", running: operations.exercise,
                  summary: "Exercise vested option units (the grantee or Union staff)", tag: "cap-tables",
                  access: .signedIn, bodyLimit: eventBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "ExerciseRequest", response: "CapTableEvent", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let event = try CapTableRequest.event(from: try JSONBodyDecoder.object(from: context.request), type: "exercise_option")
                      return .init(record: try await services.project(context), value: event)
                  },
                  respond: { try .json(CapTableViews.event($0), status: .created) }),
        ] + signedRoutes(services, act: .attestation, recording: operations.attest, statement: operations.attestStatement)
          + signedRoutes(services, act: .transfer, recording: operations.transfer, statement: operations.transferStatement)
    }

    /// The statement and the recording routes of one signed act.
    private static func signedRoutes(_ services: CapTableServices, act: CapTableSignedAct,
                                     recording: Operation<Change<Project, JSONObject>, RecordedCapTableEvent>,
                                     statement: Operation<Change<Project, JSONObject>, (PartyStatement, CapTableEvent)>) -> [Route] {
        let path = CapTableRoutes.base + "/" + act.path
        let input: @Sendable (RequestContext) async throws -> Change<Project, JSONObject> = { context in
            .init(record: try await services.project(context), value: try JSONBodyDecoder.object(from: context.request))
        }
        return [
            Route(.post, path + "/statement", running: statement,
                  summary: "The exact statement \(act.signerName) signs for this \(act.noun), as JSON and as base64 bytes",
                  tag: "cap-tables", access: .signedIn, bodyLimit: eventBody,
                  documentation: RouteDocumentation(request: act.requestSchema, response: "CapTableStatement",
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: input, respond: { statement, event in try .json(CapTableViews.statement(statement, event: event)) }),
            Route(.post, path, running: recording,
                  summary: "Record a \(act.noun) signed by \(act.signerName): with a signature made by a key the member holds, or without, signed with the member's custodial key",
                  tag: "cap-tables", access: .signedIn, bodyLimit: eventBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: act.requestSchema, response: "CapTableEvent", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: input, respond: { try .json(CapTableViews.event($0), status: .created) }),
        ]
    }
}

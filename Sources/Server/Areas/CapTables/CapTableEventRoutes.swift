import Ledger
import Registry

/// Changing projects' cap tables: events the Union records alone (classes, issuances,
/// grants with the Union's own option, cancellations, rounds), exercises by the holder or
/// staff, and the two acts that need the member's own signature — a seller's transfer and
/// an attester's attestation — each with an endpoint that returns the exact statement to sign.
enum CapTableEventRoutes {
    static let eventBody = 32 * 1024

    static func routes(_ services: CapTableServices) -> [Route] {
        let base = CapTableRoutes.base
        let capTables = services.capTables
        return [
            Route(.post, base + "/events", operationID: "recordCapTableEvent",
                  summary: "Record a share class, authorised change, issuance, option grant, cancellation or priced round (Union staff)",
                  tag: "cap-tables", action: .recordCapTableEvent, access: .roles([.unionStaff]), bodyLimit: eventBody,
                  idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CapTableEventRequest", response: "CapTableEvent", success: .created,
                                                    errors: [.notFound, .conflict])) { context in
                let event = try CapTableRequest.unionEvent(from: try JSONBodyDecoder.object(from: context.request))
                let project = try await services.project(context)
                return try .json(CapTableViews.event(try await capTables.record(event, in: project.id)), status: .created)
            },
            Route(.post, base + "/exercises", operationID: "exerciseCapTableOption",
                  summary: "Exercise vested option units (the grantee or Union staff)", tag: "cap-tables",
                  action: .exerciseOption, access: .signedIn, bodyLimit: eventBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "ExerciseRequest", response: "CapTableEvent", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict])) { context in
                let event = try CapTableRequest.event(from: try JSONBodyDecoder.object(from: context.request), type: "exercise_option")
                let project = try await services.project(context)
                var grantee = ""
                if case let .exerciseOption(exercise) = event,
                   let holder = try await capTables.table(of: project.id).grants[exercise.grant]?.grant.grantee {
                    grantee = try await services.account(of: holder)
                }
                try Policy.require(context.actor, .exerciseOption, on: .ownedBy(accountID: grantee))
                return try .json(CapTableViews.event(try await capTables.record(event, in: project.id)), status: .created)
            },
        ] + signedRoutes(services, act: .attestation) + signedRoutes(services, act: .transfer)
    }

    /// The statement and the recording routes of one signed act.
    private static func signedRoutes(_ services: CapTableServices, act: CapTableSignedAct) -> [Route] {
        let path = CapTableRoutes.base + "/" + act.path
        return [
            Route(.post, path + "/statement", operationID: act.operation + "Statement",
                  summary: "The exact statement \(act.signerName) signs for this \(act.noun), as JSON and as base64 bytes",
                  tag: "cap-tables", action: act.action, access: .signedIn, bodyLimit: eventBody,
                  documentation: RouteDocumentation(request: act.requestSchema, response: "CapTableStatement",
                                                    errors: [.forbidden, .notFound, .conflict])) { context in
                let project = try await services.project(context)
                let (event, _) = try await signedEvent(context, services, act)
                return try .json(CapTableViews.statement(try services.capTables.statement(for: event, in: project.id), event: event))
            },
            Route(.post, path, operationID: act.operation,
                  summary: "Record a \(act.noun) signed by \(act.signerName): with a signature made by a key the member holds, or without, signed with the member's custodial key",
                  tag: "cap-tables", action: act.action, access: .signedIn, bodyLimit: eventBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: act.requestSchema, response: "CapTableEvent", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict])) { context in
                let project = try await services.project(context)
                let (event, signature) = try await signedEvent(context, services, act)
                let recorded = if let signature {
                    try await services.capTables.record(event, in: project.id, signedWith: signature)
                } else {
                    try await services.capTables.recordSignedWithCustodialKey(event, in: project.id)
                }
                return try .json(CapTableViews.event(recorded), status: .created)
            },
        ]
    }

    private static func signedEvent(_ context: RequestContext, _ services: CapTableServices,
                                    _ act: CapTableSignedAct) async throws -> (CapTableEvent, PartySignature?) {
        try await signedEvent(try JSONBodyDecoder.object(from: context.request), actor: context.actor, services, act)
    }

    /// The event a signed act's body describes, once the policy has let `actor` act as its
    /// signer, and the signature the body carries, if any. The staff desk's transfer form
    /// comes through here too, so a page can never sign where the API would refuse.
    static func signedEvent(_ body: JSONObject, actor: Actor?, _ services: CapTableServices,
                            _ act: CapTableSignedAct) async throws -> (CapTableEvent, PartySignature?) {
        guard let signer = body[act.signerField]?.stringValue.map({ StakeholderID($0) }) else {
            throw APIError.validation([.init(pointer: "/" + act.signerField, detail: "\(act.signerField) is required.")])
        }
        try Policy.require(actor, act.action, on: .ownedBy(accountID: try await services.account(of: signer)))
        var fields = JSONObject()
        if act == .transfer { fields["signed_by"] = .string(try await services.transferKey(body, seller: signer).hex) }
        return (try CapTableRequest.event(from: body, type: act.type, fields: fields), try CapTableRequest.signature(in: body))
    }
}

import Ledger
import Registry

/// Smart contracts: anyone reads them; Union staff propose them and account their money;
/// each party signs (and attesters attest) through the one who acts for it, with a key
/// the member holds or the member's custodial key.
enum ContractRoutes {
    static let smallBody = 8 * 1024
    static let proposalBody = 1024 * 1024
    static let listQuery = PageDocumentation.query + [
        RouteDocumentation.QueryParameter("project_id", type: "string", description: "Only contracts of this project."),
        RouteDocumentation.QueryParameter("kind", type: "string", description: "Only contracts of this kind."),
        RouteDocumentation.QueryParameter("status", type: "string", description: "proposed, active or terminated."),
        RouteDocumentation.QueryParameter("party", type: "string", description: "Only contracts naming this party."),
    ]
    static let previewQuery = [
        RouteDocumentation.QueryParameter("preview", type: "boolean",
                                          description: "true: write nothing and answer the statement to sign (SigningStatement)."),
    ]

    static func routes(contracts: Contracts, operations: ContractOperations) -> [Route] {
        readRoutes(contracts, operations) + consentRoutes(contracts, operations) + moneyRoutes(contracts, operations)
    }

    private static func readRoutes(_ contracts: Contracts, _ operations: ContractOperations) -> [Route] {
        [
            Route(.get, "/api/v1/contracts", operationID: "listContracts",
                  summary: "Contracts in the order they were proposed, optionally filtered", tag: "contracts",
                  action: .readContracts, access: .anyone,
                  documentation: RouteDocumentation(response: "ContractPage", query: listQuery)) { context in
                let query = try QueryParameters(context.request)
                var filter = ContractFilter()
                filter.projectID = try query.value("project_id")
                filter.kind = try query.value("kind")
                filter.status = try query.value("status")
                filter.party = try query.value("party")
                let page = try await contracts.contracts(filter, page: try context.request.pageRequest())
                return try .json(Page.from(page, view: ContractBodies.ContractView.init))
            },
            Route(.post, "/api/v1/contracts", running: operations.propose,
                  summary: "Propose a contract: terms, the legal text they stand for, representatives of towns (Union staff)",
                  tag: "contracts", access: .roles([.unionStaff]), bodyLimit: proposalBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "ProposeContractRequest", response: "Contract", success: .created,
                                                    errors: [.forbidden, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(ContractBodies.ProposeRequest.self, from: context.request)
                      guard let termsJSON = try JSONValue.parse(context.request.body)["terms"] else {
                          throw APIError.validation([.init(pointer: "/terms", detail: "terms is required.")])
                      }
                      var representatives: [PartyID: MemberID] = [:]
                      for representative in body.representatives ?? [] { representatives[representative.party] = representative.memberId }
                      return ContractProposal(terms: try ContractTerms(json: termsJSON), legalText: body.legalText,
                                              projectID: body.projectId, representatives: representatives)
                  },
                  respond: { try .json(ContractBodies.ContractView($0), status: .created) }),
            Route(.get, "/api/v1/contracts/{contract_id}", operationID: "getContract",
                  summary: "A contract: terms, legal text, status, who has signed, balances and distributions",
                  tag: "contracts", action: .readContracts, access: .anyone,
                  documentation: RouteDocumentation(response: "Contract", errors: [.notFound])) { context in
                try .json(ContractBodies.ContractView(try await contract(context, contracts)))
            },
            Route(.get, "/api/v1/contracts/{contract_id}/parties/{party_id}/statement", operationID: "getContractStatement",
                  summary: "One party's statement under a contract: every credit and debit with the balance after it",
                  tag: "contracts", action: .readContracts, access: .anyone,
                  documentation: RouteDocumentation(response: "ContractStatement", errors: [.notFound])) { context in
                let found = try await contract(context, contracts)
                let party = try context.parameter("party_id", as: PartyID.self, notFound: "No such party.")
                return try .json(ContractBodies.StatementView(found, party: party))
            },
        ]
    }

    private static func consentRoutes(_ contracts: Contracts, _ operations: ContractOperations) -> [Route] {
        [
            Route(.post, "/api/v1/contracts/{contract_id}/signatures", operationID: operations.sign.name,
                  summary: "Sign the terms for a party (staff for the Union, the acting member for anyone else); ?preview=true answers the statement to sign",
                  tag: "contracts", action: operations.sign.action, access: .signedIn, bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "SignContractRequest", response: "Contract", success: .created,
                                                    query: previewQuery, errors: [.forbidden, .notFound, .conflict]),
                  operation: operations.sign.summary) { context in
                let body = try JSONBodyDecoder.decode(ContractBodies.SignRequest.self, from: context.request)
                let found = try await contract(context, contracts)
                let signature = try partySignature(body.signature)
                if try isPreview(context) {
                    let keyID = try body.keyId.map { try key($0, pointer: "/key_id") }
                    return try .json(ContractBodies.SigningStatementView(try await operations.signStatement.run(
                        context, .init(contract: found, party: body.party, signature: signature, act: keyID))))
                }
                return try await IdempotentAnswer.respond(with: { try .json(ContractBodies.ContractView($0), status: .created) }) {
                    try await operations.sign.run(context, .init(contract: found, party: body.party, signature: signature, act: ()))
                }
            },
            Route(.post, "/api/v1/contracts/{contract_id}/attestations", operationID: operations.attest.name,
                  summary: "Attest a milestone for an attester the terms name; ?preview=true answers the statement to sign",
                  tag: "contracts", action: operations.attest.action, access: .signedIn, bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "AttestMilestoneRequest", response: "Contract", success: .created,
                                                    query: previewQuery, errors: [.forbidden, .notFound, .conflict]),
                  operation: operations.attest.summary) { context in
                let body = try JSONBodyDecoder.decode(ContractBodies.AttestRequest.self, from: context.request)
                let consent = ContractOperations.Consent(contract: try await contract(context, contracts),
                                                         party: body.attester,
                                                         signature: try partySignature(body.signature), act: body.milestone)
                if try isPreview(context) {
                    return try .json(ContractBodies.SigningStatementView(try await operations.attestStatement.run(context, consent)))
                }
                return try await IdempotentAnswer.respond(with: { try .json(ContractBodies.ContractView($0), status: .created) }) {
                    try await operations.attest.run(context, consent)
                }
            },
        ]
    }

    /// The contract in the path.
    static func contract(_ context: RequestContext, _ contracts: Contracts) async throws -> Contract {
        try await context.record("contract_id", notFound: "No such contract.") { try await contracts.contract(id: $0) }
    }

    private static func isPreview(_ context: RequestContext) throws -> Bool {
        try QueryParameters(context.request)["preview"] == "true"
    }

    private static func key(_ hex: String, pointer: String) throws(APIError) -> KeyID {
        guard let key = try? KeyID(hex: hex) else {
            throw .validation([.init(pointer: pointer, detail: "Must be the 64 hex digits of a key id.")])
        }
        return key
    }

    static func partySignature(_ body: ContractBodies.SignatureBody?) throws(APIError) -> PartySignature? {
        guard let body else { return nil }
        guard let signature = try? Ed25519Signature(hex: body.signature) else {
            throw .validation([.init(pointer: "/signature/signature", detail: "Must be the 128 hex digits of an Ed25519 signature.")])
        }
        return PartySignature(keyID: try key(body.keyId, pointer: "/signature/key_id"), signature: signature)
    }
}

import Ledger
import Registry

/// The money of contracts: staff report costs, revenue and subscriptions and end
/// contracts; the member acting for a town pledges and withdraws.
extension ContractRoutes {
    static func moneyRoutes(_ contracts: Contracts, _ operations: ContractOperations) -> [Route] {
        [
            staffRoute("costs", operations.reportCost, "Report the Union's operating costs of the project (revenue share)",
                       request: "ContractAmountRequest", contracts) { context in
                try JSONBodyDecoder.decode(ContractBodies.AmountRequest.self, from: context.request).amountKopecks
            },
            staffRoute("revenue", operations.reportRevenue,
                       "Report revenue to split by the waterfall; holders as of its date unless the terms fix shares",
                       request: "ContractRevenueRequest", contracts) { context in
                let body = try JSONBodyDecoder.decode(ContractBodies.RevenueRequest.self, from: context.request)
                var holders: [PartyID: Int64] = [:]
                for holding in body.holders ?? [] { holders[holding.party] = holding.units }
                return (amount: body.amountKopecks, holders: body.holders == nil ? nil : holders)
            },
            staffRoute("subscriptions", operations.recordSubscription, "Record a subscriber's payment (subscription)",
                       request: "ContractPartyAmountRequest", contracts) { context in
                let body = try JSONBodyDecoder.decode(ContractBodies.PartyAmountRequest.self, from: context.request)
                return (party: body.party, amount: body.amountKopecks)
            },
            Route(.post, "/api/v1/contracts/{contract_id}/close", running: operations.close,
                  summary: "Close a crowdfunding: paid out if the target is met, refunded otherwise (Union staff)", tag: "contracts",
                  access: .roles([.unionStaff]), bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(response: "Contract", success: .created, errors: [.forbidden, .notFound, .conflict]),
                  input: { context in try await contract(context, contracts) },
                  respond: { try .json(ContractBodies.ContractView($0), status: .created) }),
            staffRoute("termination", operations.terminate, "Terminate a contract, joined by the listed parties, as its terms allow",
                       request: "ContractTerminationRequest", contracts) { context in
                try JSONBodyDecoder.decode(ContractBodies.TerminationRequest.self, from: context.request).by
            },
            pledgeRoute("pledges", operations.pledge, "Pledge to a crowdfunding for a town (the member acting for it)", contracts),
            pledgeRoute("withdrawals", operations.withdrawPledge, "Withdraw part of a town's pledge (the member acting for it)", contracts),
        ]
    }

    /// A contract event Union staff record, answering the contract after it.
    private static func staffRoute<Value>(_ segment: String, _ operation: Operation<Change<Contract, Value>, Contract>, _ summary: String,
                                          request: String, _ contracts: Contracts,
                                          _ value: @escaping @Sendable (RequestContext) async throws -> Value) -> Route {
        Route(.post, "/api/v1/contracts/{contract_id}/\(segment)", running: operation, summary: summary + " (Union staff)",
              tag: "contracts", access: .roles([.unionStaff]), bodyLimit: smallBody, idempotentCreate: true,
              documentation: RouteDocumentation(request: request, response: "Contract", success: .created,
                                                errors: [.forbidden, .notFound, .conflict]),
              input: { context in .init(record: try await contract(context, contracts), value: try await value(context)) },
              respond: { try .json(ContractBodies.ContractView($0), status: .created) })
    }

    /// A pledge or withdrawal for a town, by the member acting for it.
    private static func pledgeRoute(_ segment: String, _ operation: Operation<ContractOperations.Consent<Int64>, Contract>,
                                    _ summary: String, _ contracts: Contracts) -> Route {
        Route(.post, "/api/v1/contracts/{contract_id}/\(segment)", running: operation, summary: summary,
              tag: "contracts", access: .signedIn, bodyLimit: smallBody, idempotentCreate: true,
              documentation: RouteDocumentation(request: "ContractPartyAmountRequest", response: "Contract", success: .created,
                                                errors: [.forbidden, .notFound, .conflict]),
              input: { context in
                  let body = try JSONBodyDecoder.decode(ContractBodies.PartyAmountRequest.self, from: context.request)
                  return .init(contract: try await contract(context, contracts), party: body.party,
                               signature: nil, act: body.amountKopecks)
              },
              respond: { try .json(ContractBodies.ContractView($0), status: .created) })
    }
}

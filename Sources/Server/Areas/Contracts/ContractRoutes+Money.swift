import Ledger
import Registry

/// The money of contracts: staff report costs, revenue and subscriptions and end
/// contracts; the member acting for a town pledges and withdraws.
extension ContractRoutes {
    static func moneyRoutes(_ contracts: Contracts, _ members: Members, _ capTables: CapTables) -> [Route] {
        [
            staffRoute("costs", "reportContractCost", .reportContractMoney, "Report the Union's operating costs of the project (revenue share)",
                       request: "ContractAmountRequest", contracts) { context, found in
                let body = try JSONBodyDecoder.decode(ContractBodies.AmountRequest.self, from: context.request)
                return try await contracts.reportCost(body.amountKopecks, to: found.id)
            },
            staffRoute("revenue", "reportContractRevenue", .reportContractMoney,
                       "Report revenue to split by the waterfall; holders as of its date unless the terms fix shares",
                       request: "ContractRevenueRequest", contracts) { context, found in
                let body = try JSONBodyDecoder.decode(ContractBodies.RevenueRequest.self, from: context.request)
                var holders: [PartyID: Int64] = [:]
                for (index, holding) in (body.holders ?? []).enumerated() {
                    holders[try party(holding.party, pointer: "/holders/\(index)/party")] = holding.units
                }
                return try await reportRevenue(body.amountKopecks, holders: body.holders == nil ? nil : holders, to: found,
                                               contracts, capTables)
            },
            staffRoute("subscriptions", "recordContractSubscription", .reportContractMoney, "Record a subscriber's payment (subscription)",
                       request: "ContractPartyAmountRequest", contracts) { context, found in
                let body = try JSONBodyDecoder.decode(ContractBodies.PartyAmountRequest.self, from: context.request)
                return try await contracts.recordSubscription(body.amountKopecks, from: try party(body.party, pointer: "/party"),
                                                              to: found.id)
            },
            staffRoute("close", "closeContract", .endContract, "Close a crowdfunding: paid out if the target is met, refunded otherwise",
                       request: nil, contracts) { _, found in
                try await contracts.close(found.id)
            },
            staffRoute("termination", "terminateContract", .endContract, "Terminate a contract, joined by the listed parties, as its terms allow",
                       request: "ContractTerminationRequest", contracts) { context, found in
                let body = try JSONBodyDecoder.decode(ContractBodies.TerminationRequest.self, from: context.request)
                var parties: [PartyID] = []
                for (index, text) in body.by.enumerated() { parties.append(try party(text, pointer: "/by/\(index)")) }
                return try await contracts.terminate(found.id, by: parties)
            },
            pledgeRoute("pledges", "pledgeToContract", "Pledge to a crowdfunding for a town (the member acting for it)",
                        contracts, members) { amount, party, member, found in
                try await contracts.pledge(amount, by: party, actingMember: member, to: found.id)
            },
            pledgeRoute("withdrawals", "withdrawContractPledge", "Withdraw part of a town's pledge (the member acting for it)",
                        contracts, members) { amount, party, member, found in
                try await contracts.withdraw(amount, by: party, actingMember: member, from: found.id)
            },
        ]
    }

    /// Reports revenue to a contract: split among the holders given, or when none are and
    /// a project's revenue share fixes no shares, among the holders in its cap table today.
    static func reportRevenue(_ amount: Int64, holders: [PartyID: Int64]?, to found: Contract, _ contracts: Contracts,
                              _ capTables: CapTables) async throws -> Contract {
        if holders == nil, found.projectID != nil, case .revenueShare(let terms) = found.terms.parameters, terms.fixedShares.isEmpty {
            return try await contracts.reportRevenue(amount, toHoldersIn: capTables, of: found.id)
        }
        return try await contracts.reportRevenue(amount, holders: holders ?? [:], to: found.id)
    }

    /// A contract event Union staff record, answering the contract after it.
    private static func staffRoute(_ segment: String, _ operationID: String, _ action: Action, _ summary: String, request: String?,
                                   _ contracts: Contracts,
                                   _ apply: @escaping @Sendable (RequestContext, Contract) async throws -> Contract) -> Route {
        Route(.post, "/api/v1/contracts/{contract_id}/\(segment)", operationID: operationID, summary: summary + " (Union staff)",
              tag: "contracts", action: action,
              access: .roles([.unionStaff]), bodyLimit: smallBody, idempotentCreate: true,
              documentation: RouteDocumentation(request: request, response: "Contract", success: .created,
                                                errors: [.forbidden, .notFound, .conflict])) { context in
            let found = try await contract(context, contracts)
            return try .json(ContractBodies.ContractView(try await apply(context, found)), status: .created)
        }
    }

    /// A pledge or withdrawal for a town, by the member acting for it.
    private static func pledgeRoute(_ segment: String, _ operationID: String, _ summary: String, _ contracts: Contracts,
                                    _ members: Members,
                                    _ apply: @escaping @Sendable (Int64, PartyID, MemberID, Contract) async throws -> Contract)
        -> Route {
        Route(.post, "/api/v1/contracts/{contract_id}/\(segment)", operationID: operationID, summary: summary,
              tag: "contracts", action: .pledgeToContract, access: .signedIn, bodyLimit: smallBody, idempotentCreate: true,
              documentation: RouteDocumentation(request: "ContractPartyAmountRequest", response: "Contract", success: .created,
                                                errors: [.forbidden, .notFound, .conflict])) { context in
            let body = try JSONBodyDecoder.decode(ContractBodies.PartyAmountRequest.self, from: context.request)
            let found = try await contract(context, contracts)
            let pledger = try party(body.party, pointer: "/party")
            guard case let .member(member, _) = try await consent(for: pledger, in: found, .pledgeToContract, context, members,
                                                                  signature: nil) else {
                throw APIError.validation([.init(pointer: "/party", detail: "The Union does not pledge to a crowdfunding.")])
            }
            return try .json(ContractBodies.ContractView(try await apply(body.amountKopecks, pledger, member, found)),
                             status: .created)
        }
    }
}

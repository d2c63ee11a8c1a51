import Ledger

/// The money events of contracts, each dated today and authored by the node: costs,
/// revenue and subscriptions reported by Union staff, pledges and withdrawals by the
/// member acting for a town, and the end of a contract by the rule its terms name.
extension Contracts {
    /// The Union's operating costs of the project (revenue share).
    public func reportCost(_ amount: Int64, to id: ContractID) async throws -> Contract {
        try await record(.costReported(amount: amount), on: id)
    }

    /// Revenue to distribute by the waterfall (revenue share). `holders` are the holders'
    /// units on the revenue's date when the terms name no fixed shares; the caller reads
    /// them from wherever holdings are kept (a cap table's holders as of the date).
    public func reportRevenue(_ amount: Int64, holders: [PartyID: Int64] = [:], to id: ContractID) async throws -> Contract {
        let weights = holders.sorted { $0.key < $1.key }.map { (party: $0.key, weight: $0.value) }
        return try await record(.revenueReported(amount: amount, holders: weights), on: id)
    }

    /// A subscriber's payment for the service (subscription).
    public func recordSubscription(_ amount: Int64, from party: PartyID, to id: ContractID) async throws -> Contract {
        try await record(.subscriptionPaid(party: party, amount: amount), on: id)
    }

    /// A town's pledge (crowdfunding), made by the member acting for it.
    public func pledge(_ amount: Int64, by party: PartyID, actingMember: MemberID, to id: ContractID) async throws -> Contract {
        try await record(.pledged(party: party, amount: amount), on: id, actingFor: party, member: actingMember)
    }

    /// Takes back part of a town's pledge while the crowdfunding is open.
    public func withdraw(_ amount: Int64, by party: PartyID, actingMember: MemberID, from id: ContractID) async throws -> Contract {
        try await record(.withdrawn(party: party, amount: amount), on: id, actingFor: party, member: actingMember)
    }

    /// Closes a crowdfunding for the Union: paid out if its target is met on or after the
    /// deadline, every pledge refunded otherwise.
    public func close(_ id: ContractID) async throws -> Contract {
        let contract = try await require(id)
        guard contract.kind == .crowdfunding else { throw ContractError.wrongKind(event: "terminated", kind: contract.kind) }
        return try await terminate(id, by: [.union])
    }

    /// Ends the contract, joined by the parties in `by`, if the terms' rule allows it.
    public func terminate(_ id: ContractID, by parties: [PartyID]) async throws -> Contract {
        try await record(.terminated(by: parties), on: id)
    }

    private func record(_ action: ContractEvent.Action, on id: ContractID, actingFor party: PartyID? = nil,
                        member: MemberID? = nil) async throws -> Contract {
        if let party {
            try Self.checkActing(try await require(id), party: party, member: member)
        }
        let event = ContractEvent(action, on: today)
        return try await append(event, to: id, payload: try Self.fields(of: event, in: id))
    }
}

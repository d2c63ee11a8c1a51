import Ledger

extension Contracts {
    /// Reports revenue of a revenue share whose terms fix no shares: the holders' part is
    /// split among the holders of the contract's project as its cap table stands on the
    /// revenue date (issued units; options count once exercised), read by replaying it.
    public func reportRevenue(_ amount: Int64, toHoldersIn capTables: CapTables, of id: ContractID) async throws -> Contract {
        guard let contract = try await contract(id: id) else { throw RegistryNotFound(.contract, id) }
        guard let project = contract.projectID else {
            throw ProjectConflict.contractNamesNoProject(id)
        }
        let date = today
        let issued = try await capTables.table(of: project).asOf(date).issuedByHolder.units
        var holders: [PartyID: Int64] = [:]
        for (holder, units) in issued where units.value > 0 {
            guard let party = PartyID(rawValue: holder.rawValue) else {
                throw ProjectConflict.holderCannotBeParty(holder.rawValue)
            }
            holders[party] = units.value
        }
        guard !holders.isEmpty else {
            throw ProjectConflict.noIssuedUnits(project, on: date)
        }
        return try await reportRevenue(amount, holders: holders, to: id)
    }
}

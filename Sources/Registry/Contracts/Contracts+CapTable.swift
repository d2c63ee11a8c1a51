import Ledger

extension Contracts {
    /// Reports revenue of a revenue share whose terms fix no shares: the holders' part is
    /// split among the holders of the contract's project as its cap table stands on the
    /// revenue date (issued units; options count once exercised), read by replaying it.
    public func reportRevenue(_ amount: Int64, toHoldersIn capTables: CapTables, of id: ContractID) async throws -> Contract {
        guard let contract = try await contract(id: id) else { throw RegistryNotFound(detail: "No contract \(id).") }
        guard let project = contract.projectID else {
            throw RegistryConflict(detail: "Contract \(id) names no project, so it has no cap table: send the holders with the revenue.")
        }
        let date = today
        let issued = try await capTables.table(of: project).asOf(date).issuedByHolder.units
        var holders: [PartyID: Int64] = [:]
        for (holder, units) in issued where units.value > 0 {
            guard let party = PartyID(rawValue: holder.rawValue) else {
                throw RegistryConflict(detail: "Holder \(holder) of project \(project) cannot be a party of a contract.")
            }
            holders[party] = units.value
        }
        guard !holders.isEmpty else {
            throw RegistryConflict(detail: "Project \(project) has no issued units on \(date): nobody to share the revenue with.")
        }
        return try await reportRevenue(amount, holders: holders, to: id)
    }
}

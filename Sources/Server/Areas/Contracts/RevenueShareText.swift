import Foundation
import Registry

/// The text a revenue share proposed at the contract desk is signed over: a heading that
/// names the project, each party as the registry holds it with its role and share, the
/// town fund's part of the revenue and how the contract ends — then the desk's own words.
/// Persons are named (the text is kept off the ledger, which holds its hash, and an erasure
/// takes the name out); the ids are in the terms, which the signatures bind too.
enum RevenueShareText {
    static func compose(_ draft: ContractProposal, typed: String, node: Node) async throws -> String {
        guard case let .revenueShare(share) = draft.terms.parameters else { return typed }
        let ids = draft.terms.parties.map(\.id) + [share.townFund]
        let members = try await node.members.members(ids: ids.compactMap { MemberID(rawValue: $0.rawValue) })
        let towns = try await node.cities.cities(ids: ids.compactMap { CityID(rawValue: Self.town(of: $0) ?? $0.rawValue) })
        func name(_ party: PartyID) -> String {
            if party == .union { return "Союз умных городов" }
            if let town = Self.town(of: party) { return "Фонд развития города \(CityID(rawValue: town).flatMap { towns[$0]?.name } ?? town)" }
            if let member = MemberID(rawValue: party.rawValue).flatMap({ members[$0] }) { return member.name ?? "участник Союза" }
            return party.rawValue
        }
        let title = if let project = draft.projectID { try await node.projects.project(id: project)?.title } else { String?.none }
        let totalWeight = share.fixedShares.reduce(Int64(0)) { $0 + $1.weight }
        let lines = draft.terms.parties.enumerated().map { index, party in
            let weight = share.fixedShares.first { $0.party == party.id }?.weight
            let part = weight.map { ", доля \($0) из \(totalWeight)" } ?? ""
            let role = party.id == .union ? "" : " — \(CodeNames(language: .russian).contractRole(party.role))"
            return "\(index + 1). \(name(party.id))\(role)\(part)."
        }
        let percent = "\(share.townFundBasisPoints / 100),\(share.townFundBasisPoints % 100 < 10 ? "0" : "")\(share.townFundBasisPoints % 100)"
        let ending = switch draft.terms.termination {
        case .byUnion: "Прекратить договор может Союз умных городов."
        case .byAllParties: "Прекратить договор могут только все стороны вместе."
        case let .onDate(day): "Договор может прекратить любая сторона начиная с \(day.russianDay)."
        case .onDeadline: "Договор прекращается по истечении срока."
        }
        return """
            ДОГОВОР О РАЗДЕЛЕНИИ ВЫРУЧКИ\(title.map { " ПРОЕКТА «\($0)»" } ?? "")

            Стороны:
            \(lines.joined(separator: "\n"))
            \(name(share.townFund)) получает \(percent) % выручки.
            \(ending)

            \(typed.trimmingCharacters(in: .whitespacesAndNewlines))
            """
    }

    private static func town(of party: PartyID) -> String? {
        party.rawValue.hasPrefix("town_fund:") ? String(party.rawValue.dropFirst("town_fund:".count)) : nil
    }
}

import Ledger

/// Why an act on a project (adopting it elsewhere, sharing its revenue by its cap table)
/// contradicts what the registry holds about it.
public enum ProjectConflict: Refusal, Equatable {
    case homeTown(CityID)
    case closed(ProjectID)
    case alreadyAdopted(CityID, ProjectID)
    case contractNamesNoProject(ContractID)
    case holderCannotBeParty(String)
    case noIssuedUnits(ProjectID, on: CalendarDate)

    public var code: String {
        switch self {
        case .homeTown: "project-home-town"
        case .closed: "project-closed"
        case .alreadyAdopted: "project-already-adopted"
        case .contractNamesNoProject: "contract-names-no-project"
        case .holderCannotBeParty: "holder-cannot-be-party"
        case .noIssuedUnits: "no-issued-units"
        }
    }

    public var english: String {
        switch self {
        case let .homeTown(city): "\(city) is the project's home town; only other towns adopt it."
        case let .closed(project): "Project \(project) is closed; a closed project cannot be adopted."
        case let .alreadyAdopted(city, project): "\(city) has already adopted project \(project)."
        case let .contractNamesNoProject(contract):
            "Contract \(contract) names no project, so it has no cap table: send the holders with the revenue."
        case let .holderCannotBeParty(holder): "Holder \(holder) cannot be a party of a contract."
        case let .noIssuedUnits(project, day): "Project \(project) has no issued units on \(day): nobody to share the revenue with."
        }
    }
}

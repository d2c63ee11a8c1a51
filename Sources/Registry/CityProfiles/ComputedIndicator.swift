/// The happiness indicators the registry computes from its own acts, beside those Union
/// staff type in from audits (`HappinessIndicator`): money invested in the town's
/// projects, revenue its development fund received, and its projects and practices taken
/// up by other towns. Each figure is the sum of ledger entries it names, so anyone can
/// recount it from the log.
public enum ComputedIndicator: String, Sendable, Hashable, CaseIterable, RegistryCode {
    /// Money invested in projects located in the town, in kopecks: tranche pledges accepted
    /// at investment sessions (`investment.accept`) and priced rounds on their cap tables
    /// (`cap.round`, an equity pledge accepted among them, so it counts once).
    case investedInProjects = "invested_in_projects"
    /// The town's development fund's share of revenue distributed by contracts
    /// (`contract.revenue`, the `town_fund_share` lines of `town_fund:<town>`), in kopecks.
    case townFundRevenue = "town_fund_revenue"
    /// Adoptions of the town's projects by other towns (`project.adopt`).
    case projectsAdoptedElsewhere = "projects_adopted_elsewhere"
    /// Adoptions of the town's practices by other towns (`practice.adopt`).
    case practicesAdoptedElsewhere = "practices_adopted_elsewhere"

    public var unit: IndicatorUnit {
        switch self {
        case .investedInProjects, .townFundRevenue: .kopecks
        case .projectsAdoptedElsewhere, .practicesAdoptedElsewhere: .count
        }
    }
}

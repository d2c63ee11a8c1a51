import Registry

extension ComputedIndicator {
    /// The indicator's name on the pages.
    var phrase: Phrase {
        switch self {
        case .investedInProjects: .investedInProjects
        case .townFundRevenue: .townFundRevenue
        case .projectsAdoptedElsewhere: .projectsAdoptedElsewhere
        case .practicesAdoptedElsewhere: .practicesAdoptedElsewhere
        }
    }
}

/// One change to a project's cap table. The table is the replay of its events in order;
/// each event carries its own id and effective date, and only ids, units, kopecks and dates —
/// never personal data — so it can be written to the ledger as it is.
public enum CapTableEvent: Hashable, Sendable {
    case createShareClass(ShareClassCreation)
    case changeAuthorised(AuthorisedChange)
    case issueShares(ShareIssuance)
    case grantOption(OptionGrant)
    case attestMilestone(MilestoneAttestation)
    case exerciseOption(OptionExercise)
    case cancelOption(OptionCancellation)
    case transferShares(ShareTransfer)
    case pricedRound(PricedRound)

    public var id: CapTableEventID {
        switch self {
        case let .createShareClass(event): event.id
        case let .changeAuthorised(event): event.id
        case let .issueShares(event): event.id
        case let .grantOption(event): event.id
        case let .attestMilestone(event): event.id
        case let .exerciseOption(event): event.id
        case let .cancelOption(event): event.id
        case let .transferShares(event): event.id
        case let .pricedRound(event): event.id
        }
    }

    public var date: CalendarDate {
        switch self {
        case let .createShareClass(event): event.date
        case let .changeAuthorised(event): event.date
        case let .issueShares(event): event.date
        case let .grantOption(event): event.date
        case let .attestMilestone(event): event.date
        case let .exerciseOption(event): event.date
        case let .cancelOption(event): event.date
        case let .transferShares(event): event.date
        case let .pricedRound(event): event.date
        }
    }
}

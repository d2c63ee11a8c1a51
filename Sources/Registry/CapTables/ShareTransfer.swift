import Ledger

/// Moves units a holder owns to another stakeholder. The cap table checks ownership only;
/// checking that `signedBy` is the seller's key and signed the transfer is the caller's job.
public struct ShareTransfer: Hashable, Sendable {
    public let id: CapTableEventID
    public let date: CalendarDate
    public let from: StakeholderID
    public let to: StakeholderID
    public let shareClass: ShareClassID
    public let units: ShareCount
    public let signedBy: KeyID

    public init(id: CapTableEventID, date: CalendarDate, from: StakeholderID, to: StakeholderID,
                shareClass: ShareClassID, units: ShareCount, signedBy: KeyID) {
        self.id = id
        self.date = date
        self.from = from
        self.to = to
        self.shareClass = shareClass
        self.units = units
        self.signedBy = signedBy
    }
}

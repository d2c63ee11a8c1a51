import Ledger

/// A licence granted on an IP asset for a period. The terms are registry text; the
/// ledger entry (`ip.licence`, at `ledgerSeq`) records only the ids and the period.
public struct IPLicence: Hashable, Sendable {
    public let id: IPLicenceID
    public let assetID: IPAssetID
    public let licensee: IPLicensee
    public let terms: String
    public let startsOn: CalendarDate
    public let endsOn: CalendarDate
    public let ledgerSeq: Int
    public let grantedAt: LedgerTime
}

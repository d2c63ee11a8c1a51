/// What a holder states when granting a licence on an asset.
public struct LicenceGrant: Sendable {
    public var licensee: IPLicensee
    public var terms: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate

    public init(licensee: IPLicensee, terms: String, startsOn: CalendarDate, endsOn: CalendarDate) {
        self.licensee = licensee
        self.terms = terms
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}

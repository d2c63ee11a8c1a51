/// Who receives a licence: a town (to use a service built on the asset) or an
/// organisation that is a member of the Union. Persons are not licensees here; they
/// take part as holders.
public enum IPLicensee: Hashable, Sendable {
    case city(CityID)
    case organisation(MemberID)

    /// The licensee's id, as the API and the ledger write it.
    public var id: String {
        switch self {
        case let .city(id): return id.rawValue
        case let .organisation(id): return id.rawValue
        }
    }
}

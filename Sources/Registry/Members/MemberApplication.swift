/// What a person or organisation states when applying for membership.
public struct MemberApplication: Sendable {
    public var kind: MemberKind
    public var name: String
    public var email: String?
    public var phone: String?
    public var cityID: CityID?
    public var roles: Set<MemberRole>
    /// The login applying for itself, if any.
    public var accountID: AccountID?
    /// Why it applies and what it offers in the roles it asks for.
    public var details: ApplicationDetails

    public init(kind: MemberKind, name: String, email: String? = nil, phone: String? = nil, cityID: CityID? = nil,
                roles: Set<MemberRole> = [.resident], accountID: AccountID? = nil, details: ApplicationDetails = ApplicationDetails()) {
        self.kind = kind
        self.name = name
        self.email = email
        self.phone = phone
        self.cityID = cityID
        self.roles = roles
        self.accountID = accountID
        self.details = details
    }
}

/// What an account may do in the Union. An account may hold several roles.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    case resident
    case mentor
    case investor
    case unionStaff = "union_staff"
    case committee
    case admin
}

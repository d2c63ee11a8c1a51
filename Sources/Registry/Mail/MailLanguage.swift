/// The language a member reads its mail in: Russian unless it chose English. Mail is
/// written in that one language, not both.
public enum MailLanguage: String, Sendable, Equatable, CaseIterable, Codable {
    case russian = "ru"
    case english = "en"
}

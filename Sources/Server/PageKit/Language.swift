/// The language a page speaks: Russian unless the reader asked for English, by the
/// `lang` query parameter, the `lang` cookie the switch sets, or `Accept-Language`.
public enum Language: String, Sendable, CaseIterable {
    case russian = "ru"
    case english = "en"

    init(_ request: HTTPRequest) {
        if let asked = (try? QueryParameters(request))?["lang"].flatMap(Language.init(rawValue:)) {
            self = asked
        } else if let cookie = CookieHeader.value(of: "lang", in: request.headers).flatMap(Language.init(rawValue:)) {
            self = cookie
        } else if let accepted = request.headers["Accept-Language"], accepted.lowercased().hasPrefix("en") {
            self = .english
        } else {
            self = .russian
        }
    }

    /// The phrase in this language.
    func callAsFunction(_ phrase: Phrase) -> String {
        switch self {
        case .russian: Phrase.russian[phrase] ?? phrase.rawValue
        case .english: Phrase.english[phrase] ?? phrase.rawValue
        }
    }

    /// A title with what it is named before it ("Игра: …"), unless the title already says
    /// so ("Инвестиционная сессия Союза…" is not prefixed a second time).
    func titled(_ title: String, as kind: Phrase) -> String {
        let word = self(kind)
        return title.lowercased().hasPrefix(word.lowercased()) ? title : "\(word): \(title)"
    }
}

import Ledger
import Registry

/// The form that puts an idea forward, on a Game's page and on the resident's own page:
/// title, summary, direction, town, and an optional text of which only the SHA-256 is
/// deposited as the idea's IP. One form and one reading of its fields for both.
struct IdeaForm {
    let action: String
    let towns: [City]
    let csrf: [HTML]
    let language: Language

    var html: HTML {
        func field(_ id: String, _ phrase: Phrase, input: HTML) -> HTML {
            .group([.tag("label", [("for", id)], .text(language(phrase))), input])
        }
        return .tag("form", [("method", "post"), ("action", action)], children: csrf + [
            .tag("h2", [], .text(language(.submitIdea))),
            field("title", .ideaTitle, input: .tag("input", [("id", "title"), ("name", "title"), ("required", "required"), ("maxlength", "300")])),
            field("summary", .ideaSummary, input: .tag("textarea", [("id", "summary"), ("name", "summary"), ("required", "required")])),
            field("direction", .ideaDirection, input: .tag("input", [("id", "direction"), ("name", "direction"), ("required", "required")])),
            field("city_id", .yourTown, input: .tag("select", [("id", "city_id"), ("name", "city_id")], children: towns.map {
                .tag("option", [("value", $0.id.rawValue)], .text($0.name))
            })),
            field("text", .ideaText, input: .tag("textarea", [("id", "text"), ("name", "text"), ("aria-describedby", "text-hint")])),
            .tag("p", [("id", "text-hint"), ("class", "muted")], .text(language(.ideaTextHint))),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.submit)))),
        ])
    }

    /// The idea the form's fields state; refuses a missing town.
    static func draft(_ fields: [String: String]) throws -> ProjectDraft {
        ProjectDraft(title: fields["title"] ?? "", summary: fields["summary"] ?? "", direction: fields["direction"] ?? "",
                     cityID: try PageFields.value(fields["city_id"], field: "city_id"))
    }

    /// The SHA-256 of the idea's text, nil when none was given: the text itself is not kept.
    static func contentHash(_ fields: [String: String]) -> SHA256Digest? {
        fields["text"].flatMap { $0.isEmpty ? nil : SHA256.hash(Array($0.utf8)) }
    }
}

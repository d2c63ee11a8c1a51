/// The frame of every page: language, title, the header with the way home and the
/// language switch, and the stylesheet; the body is the page's own.
struct PageLayout {
    let language: Language
    let path: String
    /// Whether a reader is signed in: the Union's members see persons by name (`PartyNames`).
    let signedIn: Bool
    /// What a form the reader just sent did, said at the top of the page it came back to.
    var done: Done?
    /// How many acts wait for the signed-in reader (`WaitingActCount`), shown in the header.
    var waiting: Int?

    init(language: Language, path: String, signedIn: Bool) {
        self.language = language
        self.path = path
        self.signedIn = signedIn
    }

    /// The frame of the page `context` asks for, at `path` (its own path by default).
    init(_ context: RequestContext, path: String? = nil) {
        self.init(language: Language(context.request), path: path ?? String(context.request.path), signedIn: context.actor != nil)
        done = (try? QueryParameters(context.request))?["done"].flatMap(Done.init(rawValue:))
        waiting = context.actor == nil ? nil : WaitingActCount.current
    }

    func page(title: String, body: [HTML], scripts: [String] = []) -> HTML {
        let other: Language = language == .russian ? .english : .russian
        let waitingLink: [HTML] = waiting.map { count in
            [SharedRender.isActive ? HTML.constant(SharedRender.waitingMarker) : WaitingActCount.link(count, language: language)]
        } ?? []
        return .group([
            .constant("<!DOCTYPE html>"),
            .tag("html", [("lang", language.rawValue)], children: [
                .tag("head", [], children: [
                    .tag("meta", [("charset", "utf-8")]),
                    .tag("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                    .tag("title", [], .text(title)),
                    .tag("link", [("rel", "stylesheet"), ("href", "/assets/site.css")]),
                    .tag("link", [("rel", "icon"), ("href", "/assets/icon.svg"), ("type", "image/svg+xml")]),
                ] + (["/assets/copy.js"] + scripts).map { .tag("script", [("src", $0), ("defer", "defer")]) }),
                .tag("body", [], children: [
                    .tag("header", [], children: [
                        .tag("a", [("class", "home"), ("href", "/")], .text("Glocal")),
                        .tag("a", [("href", "/search")], .text(language(.search))),
                        .tag("a", [("href", "/ledger")], .text(language(.ledger))),
                        .tag("a", [("href", "/account")], .text(language(.account))),
                    ] + waitingLink + [
                        .tag("a", [("href", "\(path)?lang=\(other.rawValue)"), ("hreflang", other.rawValue), ("lang", other.rawValue)],
                             .text(language(.otherLanguage))),
                    ]),
                    .tag("main", [], children: (done.map { [.tag("p", [("class", "notice"), ("role", "status")], .text(language($0.phrase)))] } ?? [])
                        + body),
                ]),
            ]),
        ])
    }

    /// The way to a deep page: home, then each page above it (words and address), then the
    /// page itself (words only).
    func breadcrumbs(_ trail: [(String, String)], here: String) -> HTML {
        var items: [HTML] = [.tag("a", [("href", "/")], .text("Glocal"))]
        for (words, address) in trail { items += [.text(" › "), .tag("a", [("href", address)], .text(words))] }
        items += [.text(" › "), .tag("span", [("aria-current", "page")], .text(here))]
        return .tag("nav", [("aria-label", language(.breadcrumbs)), ("class", "breadcrumbs")], children: items)
    }

    /// The page as a response, remembering the language when the reader switched it.
    func response(_ page: HTML, status: HTTPStatus = .ok, switched: Bool) -> HTTPResponse {
        var response = HTTPResponse(status: status, contentType: "text/html; charset=utf-8", body: page.renderedBytes)
        if switched {
            response.headers.set("Set-Cookie", "lang=\(language.rawValue); Path=/; Max-Age=31536000; SameSite=Lax")
        }
        return response
    }
}

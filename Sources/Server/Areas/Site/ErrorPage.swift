import Foundation

/// A failure as a person's browser meets it: a page in the site's look and the reader's
/// language instead of a problem document. A reader who must sign in is taken to the
/// sign-in form, which brings them back to the page they asked for. API clients (paths
/// under `/api/`, or no `Accept: text/html`) keep problem+json.
enum ErrorPage {
    /// Whether the request is a browser's: it accepts HTML and is not for the API.
    static func isWanted(by request: HTTPRequest) -> Bool {
        !request.path.hasPrefix("/api/") && (request.headers["Accept"]?.contains("text/html") ?? false)
    }

    static func response(for problem: ProblemDetails, headers: HTTPHeaders, request: HTTPRequest, requestID: String,
                         signedIn: Bool) -> HTTPResponse {
        if problem.status == 401 {
            var response = HTTPResponse(status: .seeOther)
            let back = request.method == .get ? String(request.path) + (request.queryString.map { "?" + $0 } ?? "") : "/account"
            response.headers.set("Location", "/login?next=" + (back.addingPercentEncoding(withAllowedCharacters: .urlQueryValue) ?? "/"))
            return response
        }
        let layout = PageLayout(language: Language(request), path: String(request.path), signedIn: signedIn)
        let language = layout.language
        let (title, explanation): (Phrase, Phrase) = switch problem.status {
        case 403: (.errorForbidden, .errorForbiddenHint)
        case 404: (.notFound, .errorNotFoundHint)
        case 429: (.errorTooMany, .errorTooManyHint)
        case 500...: (.errorInternal, .errorInternalHint)
        default: (.errorOther, .errorOtherHint)
        }
        var body: [HTML] = [.tag("h1", [], .text(language(title))), .tag("p", [], .text(language(explanation)))]
        if problem.status >= 500 {
            body.append(.tag("p", [("class", "muted")], .text("\(language(.requestNumber)): "), .tag("code", [], .text(requestID))))
        }
        body.append(.tag("p", [], .tag("a", [("href", "/")], .text(language(.backHome)))))
        var response = layout.response(layout.page(title: "\(language(title)) — Glocal", body: body),
                                       status: HTTPStatus(code: problem.status), switched: false)
        for (name, value) in headers where name.lowercased() != "content-type" { response.headers.set(name, value) }
        return response
    }
}

extension CharacterSet {
    /// What may stand unescaped in a query value.
    static let urlQueryValue = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))
}

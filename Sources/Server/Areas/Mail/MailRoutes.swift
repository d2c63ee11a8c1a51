import Ledger
import Registry

/// The mail a member receives, over JSON: its preferences, and the one-click unsubscribe
/// (RFC 8058) that a mail's `List-Unsubscribe` header names — a mail provider POSTs
/// `List-Unsubscribe=One-Click` to it with no session, and the token in the address is the proof.
enum MailRoutes {
    struct PreferencesView: Encodable {
        let declined: [String]
        let optional: [String]
        let language: String

        init(_ preferences: MailPreferences) {
            declined = preferences.declined.map(\.rawValue).sorted()
            optional = MailKind.optional.map(\.rawValue)
            language = preferences.language.rawValue
        }
    }

    struct PreferencesRequest: Decodable {
        let declined: [MailKind]
        let language: MailLanguage?
    }

    struct UnsubscribedView: Encodable {
        let declined: String
    }

    static func routes(outbox: Outbox, operations: MailOperations) -> [Route] {
        [
            Route(.post, "/api/v1/mail-unsubscriptions", running: operations.unsubscribe,
                  summary: "Decline later mail of the kind of the mail whose unsubscribe link this is (RFC 8058 one-click)",
                  tag: "accounts", access: .anyone, bodyLimit: 1_024,
                  documentation: RouteDocumentation(request: "OneClickUnsubscribe", requestContentType: "application/x-www-form-urlencoded",
                                                    response: "MailUnsubscribed",
                                                    query: [.init("token", type: "string", description: "The token of the mail's unsubscribe link.")],
                                                    errors: [.notFound]),
                  input: { context in (try? QueryParameters(context.request))?["token"] ?? "" },
                  respond: { try .json(UnsubscribedView(declined: $0.rawValue)) }),
            Route(.get, "/api/v1/account/mail-preferences", operationID: "getMailPreferences",
                  summary: "The kinds of mail the signed-in account declines, those it may, and the language it reads",
                  tag: "accounts", action: .readOwnAccount, access: .signedIn,
                  documentation: RouteDocumentation(response: "MailPreferences")) { context in
                try .json(PreferencesView(try await outbox.preferences(of: AccountID(unchecked: try context.signedIn.accountID))))
            },
            Route(.put, "/api/v1/account/mail-preferences", running: operations.setPreferences,
                  summary: "Choose the kinds of mail the signed-in account declines, and the language it reads them in",
                  tag: "accounts", access: .signedIn, bodyLimit: 4_096,
                  documentation: RouteDocumentation(request: "MailPreferencesRequest", response: "MailPreferences"),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(PreferencesRequest.self, from: context.request)
                      return (declined: Set(body.declined), language: body.language)
                  },
                  respond: { try .json(PreferencesView($0)) }),
        ]
    }
}

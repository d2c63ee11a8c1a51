import Ledger
import Registry

/// The mail a member receives, over JSON: its preferences, and the one-click unsubscribe
/// (RFC 8058) that a mail's `List-Unsubscribe` header names — a mail provider POSTs
/// `List-Unsubscribe=One-Click` to it with no session, and the token in the address is the proof.
enum MailRoutes {
    struct PreferencesView: Encodable {
        let declined: [String]
        let optional: [String]

        init(_ declined: Set<MailKind>) {
            self.declined = declined.map(\.rawValue).sorted()
            optional = MailKind.optional.map(\.rawValue)
        }
    }

    struct PreferencesRequest: Decodable {
        let declined: [MailKind]
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
                  summary: "The kinds of mail the signed-in account declines, and those it may",
                  tag: "accounts", action: .readOwnAccount, access: .signedIn,
                  documentation: RouteDocumentation(response: "MailPreferences")) { context in
                try .json(PreferencesView(try await outbox.declined(by: AccountID(unchecked: try context.signedIn.accountID))))
            },
            Route(.put, "/api/v1/account/mail-preferences", running: operations.setDeclined,
                  summary: "Choose the kinds of mail the signed-in account declines",
                  tag: "accounts", access: .signedIn, bodyLimit: 4_096,
                  documentation: RouteDocumentation(request: "MailPreferencesRequest", response: "MailPreferences"),
                  input: { context in Set(try JSONBodyDecoder.decode(PreferencesRequest.self, from: context.request).declined) },
                  respond: { try .json(PreferencesView($0)) }),
        ]
    }
}

import Ledger
import Registry

/// Sign-in and sign-out, the caller's own account and API tokens, and (for admins)
/// accounts and their roles.
enum AccountRoutes {
    static let smallBody = 4 * 1024

    static func routes(accounts: Accounts, operations: AccountOperations) -> [Route] {
        [
            Route(.post, "/api/v1/session", operationID: "createSession", summary: "Sign in with email and password",
                  tag: "accounts", action: .logIn, access: .anyone, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "LoginRequest", response: "Session", success: .created,
                                                    errors: [.unauthorized, .tooManyRequests, .serviceUnavailable])) { context in
                try await logIn(context, accounts: accounts)
            },
            Route(.delete, "/api/v1/session", operationID: "deleteSession", summary: "Sign out",
                  tag: "accounts", action: .logOut, access: .signedIn,
                  documentation: RouteDocumentation(success: .noContent, errors: [.forbidden])) { context in
                var response = HTTPResponse(status: .noContent)
                try await SessionCookie.end(context.request, accounts: accounts, on: &response)
                return response
            },
            Route(.get, "/api/v1/account", operationID: "getOwnAccount", summary: "The signed-in account",
                  tag: "accounts", action: .readOwnAccount, access: .signedIn,
                  documentation: RouteDocumentation(response: "Account")) { context in
                guard let account = try await accounts.account(id: AccountID(unchecked: context.signedIn.accountID)) else {
                    throw APIError.notFound(detail: "No such account.")
                }
                return try .json(AccountBodies.AccountView(account))
            },
            Route(.get, "/api/v1/tokens", operationID: "listAPITokens", summary: "The signed-in account's API tokens",
                  tag: "accounts", action: .listOwnAPITokens, access: .signedIn,
                  documentation: RouteDocumentation(response: "APITokenPage", query: PageDocumentation.query)) { context in
                let tokens = try await accounts.apiTokens(of: AccountID(unchecked: context.signedIn.accountID))
                return try .json(try Page.of(tokens, request: context.request, id: \.id.rawValue, view: AccountBodies.APITokenView.init))
            },
            Route(.post, "/api/v1/tokens", operationID: "createAPIToken", summary: "Create an API token (secret shown once)",
                  tag: "accounts", action: .createAPIToken, access: .signedIn, bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CreateAPITokenRequest", response: "NewAPIToken",
                                                    success: .created)) { context in
                let body = try JSONBodyDecoder.decode(AccountBodies.CreateAPITokenRequest.self, from: context.request)
                let account = AccountID(unchecked: try context.signedIn.accountID)
                return try await IdempotentAnswer.respond(with: {
                    try .json(AccountBodies.NewAPITokenView(token: .init($0.token), secret: $0.secret), status: .created)
                }) { try await accounts.createAPIToken(account: account, name: body.name) }
            },
            Route(.delete, "/api/v1/tokens/{token_id}", running: operations.revokeToken, summary: "Revoke an API token",
                  tag: "accounts", access: .signedIn,
                  documentation: RouteDocumentation(success: .noContent, errors: [.forbidden, .notFound]),
                  input: { context in try await AccountOperations.token(context, in: accounts) },
                  respond: { HTTPResponse(status: .noContent) }),
            Route(.post, "/api/v1/signup", running: operations.signUp,
                  summary: "Sign up: an account with no role, and the consent to the processing of personal data (152-ФЗ) it agreed to",
                  tag: "accounts", access: .anyone, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "SignUpRequest", response: "Account", success: .created,
                                                    errors: [.conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(AccountBodies.SignUpRequest.self, from: context.request)
                      return .init(email: body.email, password: body.password, displayName: body.displayName,
                                   consentVersion: body.consentVersion)
                  },
                  respond: { try .json(AccountBodies.AccountView($0), status: .created) }),
            Route(.post, "/api/v1/email-confirmations", running: operations.confirmEmail,
                  summary: "Confirm an account's email address with the token of the link mailed to it",
                  tag: "accounts", access: .anyone, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "EmailConfirmationRequest", response: "Account", success: .ok,
                                                    errors: [.notFound]),
                  input: { context in try JSONBodyDecoder.decode(AccountBodies.EmailConfirmationRequest.self, from: context.request).token },
                  respond: { try .json(AccountBodies.AccountView($0)) }),
            Route(.post, "/api/v1/password-reset-requests", running: operations.askPasswordReset,
                  summary: "Ask for a link that sets a new password, mailed to the account with this address if there is one",
                  tag: "accounts", access: .anyone, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "PasswordResetAskRequest", response: "PasswordResetAsked", success: .accepted),
                  input: { context in try JSONBodyDecoder.decode(AccountBodies.PasswordResetAskRequest.self, from: context.request).email },
                  respond: {
                      try .json(AccountBodies.PasswordResetAsked(linkLifetimeSeconds: Int(Accounts.passwordResetLifetime.components.seconds)),
                                status: .accepted)
                  }),
            Route(.post, "/api/v1/password-resets", running: operations.resetPassword,
                  summary: "Set a new password with the token of the link mailed for it; every session of the account ends",
                  tag: "accounts", access: .anyone, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "PasswordResetRequest", response: "Account", success: .ok,
                                                    errors: [.notFound]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(AccountBodies.PasswordResetRequest.self, from: context.request)
                      return .init(token: body.token, password: body.password)
                  },
                  respond: { try .json(AccountBodies.AccountView($0)) }),
            Route(.post, "/api/v1/accounts", operationID: "createAccount", summary: "Create an account",
                  tag: "accounts", action: .createAccount, access: .roles([.admin]), bodyLimit: smallBody,
                  idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CreateAccountRequest", response: "Account", success: .created,
                                                    errors: [.conflict])) { context in
                let body = try JSONBodyDecoder.decode(AccountBodies.CreateAccountRequest.self, from: context.request)
                let roles = try (body.roles ?? []).enumerated().map { index, name in try role(name, pointer: "/roles/\(index)") }
                return try await IdempotentAnswer.respond(with: { try .json(AccountBodies.AccountView($0), status: .created) }) {
                    try await accounts.createAccount(email: body.email, password: body.password,
                                                     displayName: body.displayName, roles: Set(roles))
                }
            },
            Route(.get, "/api/v1/accounts/{account_id}", operationID: "getAccount", summary: "An account",
                  tag: "accounts", action: .readAccount, access: .roles([.admin, .unionStaff]),
                  documentation: RouteDocumentation(response: "Account", errors: [.notFound])) { context in
                let account = try await context.record("account_id", notFound: "No such account.") { try await accounts.account(id: $0) }
                return try .json(AccountBodies.AccountView(account))
            },
            Route(.put, "/api/v1/accounts/{account_id}/roles/{role}", running: operations.grantRole, summary: "Grant a role",
                  tag: "accounts", access: .roles([.admin]),
                  documentation: RouteDocumentation(response: "Account", errors: [.notFound]),
                  input: { context in .init(account: try accountID(context), role: try role(try context.parameter("role"), pointer: "/role")) },
                  respond: { try .json(AccountBodies.AccountView($0)) }),
            Route(.delete, "/api/v1/accounts/{account_id}/roles/{role}", running: operations.revokeRole, summary: "Revoke a role",
                  tag: "accounts", access: .roles([.admin]),
                  documentation: RouteDocumentation(response: "Account", errors: [.notFound, .conflict]),
                  input: { context in .init(account: try accountID(context), role: try role(try context.parameter("role"), pointer: "/role")) },
                  respond: { try .json(AccountBodies.AccountView($0)) }),
        ]
    }

    private static func logIn(_ context: RequestContext, accounts: Accounts) async throws -> HTTPResponse {
        let body: AccountBodies.LoginRequest
        let form = FormBody.fields(of: context.request)
        if let email = form["email"], let password = form["password"] {
            body = AccountBodies.LoginRequest(email: email, password: password)
        } else {
            body = try JSONBodyDecoder.decode(AccountBodies.LoginRequest.self, from: context.request)
        }
        let session = try await accounts.login(email: body.email, password: body.password,
                                               address: context.request.remoteAddress)
        context.logMetadata.actorID = session.account.id.rawValue
        var response = try HTTPResponse.json(AccountBodies.SessionView(
            account: .init(session.account), csrfToken: session.csrfToken, expiresAt: session.expiresAt.rfc3339), status: .created)
        SessionCookie.set(session, on: &response, for: context.request)
        return response
    }

    /// The account in the path.
    private static func accountID(_ context: RequestContext) throws(APIError) -> AccountID {
        try context.parameter("account_id", notFound: "No such account.")
    }

    private static func role(_ name: String, pointer: String) throws(APIError) -> Role {
        guard let role = Role(rawValue: name) else {
            let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
            throw .validation([.init(pointer: pointer, detail: "'\(name)' is not a role; roles are \(known).")])
        }
        return role
    }
}

extension RequestContext {
    /// The actor of a route the policy only lets signed-in callers reach.
    var signedIn: Actor {
        get throws(APIError) {
            guard let actor else { throw .unauthenticated(detail: "Sign in first.") }
            return actor
        }
    }
}

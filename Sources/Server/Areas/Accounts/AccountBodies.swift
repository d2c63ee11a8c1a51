import Foundation
import Registry

/// The JSON bodies of the account, session and token operations (snake_case on the wire).
enum AccountBodies {
    struct AccountView: Encodable {
        let id: String
        let email: String
        let displayName: String?
        let roles: [String]
        let createdAt: String
        let emailConfirmedAt: String?

        init(_ account: Account) {
            id = account.id.rawValue
            email = account.email.description
            displayName = account.displayName
            roles = account.roles.sorted().map(\.rawValue)
            createdAt = account.createdAt.rfc3339
            emailConfirmedAt = account.emailConfirmedAt?.rfc3339
        }
    }

    struct SessionView: Encodable {
        let account: AccountView
        let csrfToken: String
        let expiresAt: String
    }

    struct APITokenView: Encodable {
        let id: String
        let name: String
        let createdAt: String
        let lastUsedAt: String?
        let revokedAt: String?

        init(_ token: APIToken) {
            id = token.id.rawValue
            name = token.name
            createdAt = token.createdAt.rfc3339
            lastUsedAt = token.lastUsedAt?.rfc3339
            revokedAt = token.revokedAt?.rfc3339
        }
    }

    struct NewAPITokenView: Encodable {
        let token: APITokenView
        /// Shown once: the server keeps only its SHA-256.
        let secret: String
    }

    struct LoginRequest: Decodable {
        let email: String
        let password: String
    }

    struct CreateAPITokenRequest: Decodable {
        let name: String
    }

    struct CreateAccountRequest: Decodable {
        let email: String
        let password: String
        let displayName: String?
        let roles: [String]?
    }

    struct SignUpRequest: Decodable {
        let email: String
        let password: String
        let displayName: String?
        let consentVersion: String?
    }

    struct EmailConfirmationRequest: Decodable {
        let token: String
    }

    struct PasswordResetAskRequest: Decodable {
        let email: String
    }

    struct PasswordResetAsked: Encodable {
        let linkLifetimeSeconds: Int
    }

    struct PasswordResetRequest: Decodable {
        let token: String
        let password: String
    }

    struct RoleRequest: Decodable {
        let role: String
    }
}

import Ledger
import Registry

/// The acts on accounts and their credentials, run alike by the JSON routes and the pages:
/// signing up, confirming an address, resetting a forgotten password, revoking an API
/// token (its owner or an admin), adding a signing key (the member itself, never staff)
/// and, for administrators, granting and taking back roles.
struct AccountOperations: Sendable {
    /// A signing key to add for a member: one the node makes and holds, or the member's own
    /// public key with the proof that the member holds its private key.
    struct NewKey: Sendable {
        enum Kind: Sendable {
            case custodial
            case held(publicKeyHex: String, proofHex: String)
        }

        let member: Member
        let kind: Kind
    }

    /// A person's sign-up: the account's fields and the version of the consent text agreed to.
    struct SignUp: Sendable {
        let email: String
        let password: String
        let displayName: String?
        let consentVersion: String?
    }

    /// A new password and the token of the reset link mailed for it.
    struct PasswordReset: Sendable {
        let token: String
        let password: String
    }

    /// A role to grant an account, or to take from it.
    struct RoleChange: Sendable {
        let account: AccountID
        let role: Role
    }

    let revokeToken: Operation<APIToken, Void>
    let grantRole: Operation<RoleChange, Account>
    let revokeRole: Operation<RoleChange, Account>
    let addKey: Operation<NewKey, MemberKey>
    let signUp: Operation<SignUp, Account>
    /// Confirming an account's address with the token of the link mailed to it.
    let confirmEmail: Operation<String, Account>
    /// Asking for a link that sets a new password, by the account's address.
    let askPasswordReset: Operation<String, Void>
    /// Setting a new password with the token of the link mailed for it.
    let resetPassword: Operation<PasswordReset, Account>

    init(accounts: Accounts, memberKeys: MemberKeys) {
        revokeToken = Operation("revokeAPIToken", action: .revokeAPIToken, resource: { _, token in
            .ownedBy(accountID: token.accountID.rawValue)
        }, perform: { _, token in
            try await accounts.revokeAPIToken(id: token.id, account: token.accountID)
        })
        signUp = Operation("signUp", action: .signUp) { _, input in
            try await accounts.signUp(email: input.email, password: input.password, displayName: input.displayName,
                                      consentVersion: input.consentVersion)
        }
        grantRole = Operation("grantRole", action: .grantRole) { _, change in
            try await accounts.grant(role: change.role, to: change.account)
        }
        revokeRole = Operation("revokeRole", action: .revokeRole) { _, change in
            try await accounts.revoke(role: change.role, from: change.account)
        }
        confirmEmail = Operation("confirmEmail", action: .confirmEmail) { _, token in
            try await accounts.confirmEmail(token: token)
        }
        askPasswordReset = Operation("askPasswordReset", action: .askPasswordReset) { _, email in
            try await accounts.askToResetPassword(email: email)
        }
        resetPassword = Operation("resetPassword", action: .resetPassword) { _, reset in
            try await accounts.resetPassword(token: reset.token, newPassword: reset.password)
        }
        addKey = Operation("addMemberKey", action: .addMemberKey, resource: { _, key in
            .ownedBy(accountID: key.member.accountID?.rawValue ?? "")
        }, perform: { _, key in
            switch key.kind {
            case .custodial: return try await memberKeys.createCustodialKey(for: key.member.id)
            case let .held(publicKey, proof): return try await memberKeys.registerClientKey(for: key.member.id, publicKeyHex: publicKey, proofHex: proof)
            }
        })
    }

    /// The API token in the path, or 404.
    static func token(_ context: RequestContext, in accounts: Accounts) async throws -> APIToken {
        try await context.record("token_id", notFound: "No such API token.") { try await accounts.apiToken(id: $0) }
    }
}

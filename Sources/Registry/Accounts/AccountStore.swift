import Ledger

/// The SQL for accounts and their roles on one connection. It checks no input:
/// `Accounts` validates, this only stores and reads.
struct AccountStore {
    let database: SQLiteConnection

    /// The account's own columns, which `account(_:)` reads.
    private static let columns = "id, email, display_name, created_at, email_confirmed_at"

    /// An account with its stored password hash, as login needs it.
    struct Credentials: Sendable {
        let account: Account
        let passwordHash: PasswordHash
    }

    func insert(_ account: Account, passwordHash: PasswordHash) throws {
        try database.run(
            "INSERT INTO account (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
            [.text(account.id.rawValue), .text(account.email.rawValue), account.displayName.map(SQLiteValue.text) ?? .null,
             .text(passwordHash.encoded), .text(account.createdAt.rfc3339)])
        for role in account.roles { try insert(role, for: account.id) }
    }

    func insert(_ role: Role, for id: AccountID) throws {
        try database.run("INSERT OR IGNORE INTO account_role (account_id, role) VALUES (?, ?)", [.text(id.rawValue), .text(role.rawValue)])
    }

    func delete(_ role: Role, from id: AccountID) throws {
        try database.run("DELETE FROM account_role WHERE account_id = ? AND role = ?", [.text(id.rawValue), .text(role.rawValue)])
    }

    func holders(of role: Role) throws -> Int {
        try database.queryOne("SELECT count(*) AS holders FROM account_role WHERE role = ?",
                              [.text(role.rawValue)]) { row throws(StorageError) in try row.int("holders") }
    }

    /// Takes the person off the account and every way into it: the email becomes
    /// `erased+<id>@erased.invalid`, the display name goes, the password hash becomes one no
    /// password matches, and its sessions and API tokens end. Its roles stay, so the
    /// Union's count of admins is not changed behind the policy's back.
    func erase(_ id: AccountID) throws {
        let unusable = try PasswordHash.decoy(parameters: AccountsConfiguration.standard.passwordHashing)
        try database.run("UPDATE account SET email = ?, display_name = NULL, password_hash = ? WHERE id = ?",
                         [.text("erased+\(id.rawValue)@erased.invalid"), .text(unusable.encoded), .text(id.rawValue)])
        try database.run("DELETE FROM account_session WHERE account_id = ?", [.text(id.rawValue)])
        try database.run("DELETE FROM account_api_token WHERE account_id = ?", [.text(id.rawValue)])
        try database.run("DELETE FROM email_confirmation WHERE account_id = ?", [.text(id.rawValue)])
        try database.run("DELETE FROM password_reset WHERE account_id = ?", [.text(id.rawValue)])
        try OutboxStore(database: database).removeAll(of: id)
    }

    func setPasswordHash(_ hash: PasswordHash, for id: AccountID) throws {
        try database.run("UPDATE account SET password_hash = ? WHERE id = ?", [.text(hash.encoded), .text(id.rawValue)])
    }

    func emailExists(_ email: EmailAddress) throws -> Bool {
        try database.queryFirst("SELECT 1 FROM account WHERE email = ?", [.text(email.rawValue)]) { _ in true } ?? false
    }

    func newest(limit: Int) throws -> [Account] {
        try database.query("SELECT \(Self.columns) FROM account ORDER BY created_at DESC, id LIMIT ?", [.integer(Int64(limit))], account)
    }

    func account(id: AccountID) throws -> Account? {
        try database.queryFirst("SELECT \(Self.columns) FROM account WHERE id = ?", [.text(id.rawValue)], account)
    }

    /// The account, or `AccountsError.unknownAccount`.
    func requireAccount(id: AccountID) throws -> Account {
        guard let account = try account(id: id) else { throw AccountsError.unknownAccount(id) }
        return account
    }

    /// `email` as normalised by `EmailAddress.normalise`, valid or not.
    func credentials(email: String) throws -> Credentials? {
        try database.queryFirst("SELECT \(Self.columns), password_hash FROM account WHERE email = ?", [.text(email)]) { row in
            Credentials(account: try account(row), passwordHash: try TableRow(row, table: "account").value("password_hash"))
        }
    }

    /// An account from a row that holds `columns`.
    private func account(_ row: SQLiteRow) throws -> Account {
        let row = TableRow(row, table: "account")
        let id: AccountID = try row.value("id")
        return Account(id: id, email: try row.value("email"), displayName: try row.optional("display_name"), roles: try roles(of: id),
                       createdAt: try row.value("created_at"), emailConfirmedAt: try row.optional("email_confirmed_at"))
    }

    func roles(of id: AccountID) throws -> Set<Role> {
        Set(try database.query("SELECT role FROM account_role WHERE account_id = ?", [.text(id.rawValue)]) {
            try TableRow($0, table: "account_role", id: id.rawValue).value("role")
        })
    }
}

import Ledger

/// The register of members. Every act that changes a member's standing (application,
/// status, roles, erasure) is a ledger entry naming the member by id only; the
/// personal data stays in the member's row, which erasure empties.
public struct Members: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    public func apply(_ application: MemberApplication) async throws -> Member {
        let member = try Self.validated(ImportedMember(application: application), at: clock())
        let details = try application.details.checked(for: application.roles)
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            try Self.insert(member, path: [], transaction, signer)
            if !details.isEmpty { try MemberStore(database: transaction.database).saveDetails(details, of: member.id) }
            return member
        }
    }

    /// What the applicant said about itself, if anything.
    public func applicationDetails(of id: MemberID) async throws -> ApplicationDetails? {
        try await database.read { try MemberStore(database: $0).details(of: id) }
    }

    /// Enters every member or none: each row, its `member.apply` entry and one
    /// `member.status` entry per move to its stated status commit in one transaction;
    /// the first invalid member aborts the whole batch.
    public func applyAll(_ members: [ImportedMember]) async throws -> [Member] {
        let now = clock()
        let validated = try members.map { try Self.validated($0, at: now) }
        let paths = members.map(\.status.pathFromApplied)
        let signer = database.ledger.nodeKey
        try await database.write { transaction in
            for (member, path) in zip(validated, paths) {
                try Self.insert(member, path: path, transaction, signer)
            }
        }
        return validated
    }

    /// The checks `apply` makes before touching the database, for callers (such as an
    /// import's dry run) that must report every invalid member, not just the first.
    public static func validated(_ imported: ImportedMember, at time: LedgerTime) throws -> Member {
        let application = imported.application
        let name = try RegistryText.required(application.name, field: "name", maximumCharacters: 200)
        let email = try checkEmail(application.email)
        let phone = try checkPhone(application.phone)
        return Member(id: try imported.id ?? .generate(), kind: application.kind, name: name, email: email, phone: phone,
                      cityID: application.cityID, roles: application.roles, status: imported.status,
                      accountID: application.accountID, createdAt: time, erasedAt: nil)
    }

    /// The checks that need the register: the city exists, the account and id are free.
    static func checkAdmissible(_ member: Member, _ connection: SQLiteConnection) throws {
        if let city = member.cityID, try CityStore(database: connection).city(id: city) == nil {
            throw RegistryValidationError(field: "city_id", rule: .notFound(.city))
        }
        let store = MemberStore(database: connection)
        if let account = member.accountID, try store.member(account: account) != nil {
            throw MembershipConflict.accountHasMember
        }
        guard try store.member(id: member.id) == nil else {
            throw MembershipConflict.alreadyRegistered(member.id)
        }
    }

    static func insert(_ member: Member, path: [MembershipStatus], _ transaction: LedgerTransaction,
                               _ signer: Ed25519PrivateKey) throws {
        try checkAdmissible(member, transaction.database)
        try MemberStore(database: transaction.database).insert(member)
        _ = try transaction.append(kind: "member.apply", payload: [
            "member_id": .string(member.id.rawValue), "kind": .string(member.kind.rawValue),
            "roles": .array(member.roles.sorted().map { .string($0.rawValue) }),
        ], author: signer)
        var from = MembershipStatus.applied
        for to in path {
            _ = try transaction.append(kind: "member.status", payload: [
                "member_id": .string(member.id.rawValue), "from": .string(from.rawValue), "to": .string(to.rawValue),
            ], author: signer)
            from = to
        }
    }

    /// Moves a member to `status`, if the current status allows it.
    public func setStatus(_ status: MembershipStatus, of id: MemberID) async throws -> Member {
        let signer = database.ledger.nodeKey
        let now = clock()
        return try await database.write { transaction in
            let store = MemberStore(database: transaction.database)
            let member = try Self.require(id, store)
            guard member.status.canMove(to: status) else {
                throw MembershipConflict.cannotMove(from: member.status, to: status)
            }
            try store.setStatus(status, of: id)
            _ = try transaction.append(kind: "member.status", payload: [
                "member_id": .string(id.rawValue), "from": .string(member.status.rawValue), "to": .string(status.rawValue),
            ], author: signer)
            if member.status == .applied, status == .admitted {
                try Self.offerMentoring(member, at: now, in: transaction.database)
                if let account = member.accountID { try Outbox.enqueue(.membershipAdmitted, to: account, at: now, in: transaction.database) }
            }
            return try Self.require(id, store)
        }
    }

    /// Gives an admitted mentor the mentor profile its application offered (competencies,
    /// hours, its own town), unless it has one already, so it can be matched at once.
    private static func offerMentoring(_ member: Member, at time: LedgerTime, in database: SQLiteConnection) throws {
        let profiles = ProfileStore(database: database)
        guard member.roles.contains(.mentor), let details = try MemberStore(database: database).details(of: member.id),
              let hours = details.weeklyHours, !details.competencies.isEmpty, try profiles.mentorProfile(of: member.id) == nil else { return }
        try profiles.save(MentorProfile(memberID: member.id, competencies: details.competencies, weeklyHours: hours,
                                        cityIDs: member.cityID.map { [$0] } ?? [], updatedAt: time))
    }

    /// Refuses an application, with the reason the applicant will read: the member moves
    /// from `applied` to `left` (a `member.status` entry, as for any move), and the reason
    /// stays in the registry beside it, never in the ledger.
    public func refuse(_ id: MemberID, reason: String) async throws -> Member {
        let reason = try RegistryText.required(reason, field: "reason", maximumCharacters: 1_000)
        let signer = database.ledger.nodeKey
        let now = clock()
        return try await database.write { transaction in
            let store = MemberStore(database: transaction.database)
            let member = try Self.require(id, store)
            guard member.status == .applied else {
                throw MembershipConflict.notAnApplication(status: member.status)
            }
            try store.setStatus(.left, of: id)
            _ = try transaction.append(kind: "member.status", payload: [
                "member_id": .string(id.rawValue), "from": .string(member.status.rawValue), "to": .string(MembershipStatus.left.rawValue),
            ], author: signer)
            _ = try transaction.database.run("INSERT INTO member_refusal (member_id, reason, refused_at) VALUES (?, ?, ?)",
                                             [.text(id.rawValue), .text(reason), .text(now.rfc3339)])
            if let account = member.accountID {
                try Outbox.enqueue(.membershipRefused, to: account, parameters: ["reason": reason], at: now, in: transaction.database)
            }
            return try Self.require(id, store)
        }
    }

    /// Why the member's application was refused, if it was.
    public func refusal(of id: MemberID) async throws -> String? {
        try await database.read {
            try $0.queryFirst("SELECT reason FROM member_refusal WHERE member_id = ?", [.text(id.rawValue)]) {
                try TableRow($0, table: "member_refusal", id: id.rawValue).value("reason")
            }
        }
    }

    public func setRoles(_ roles: Set<MemberRole>, of id: MemberID) async throws -> Member {
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let store = MemberStore(database: transaction.database)
            _ = try Self.require(id, store)
            try store.setRoles(roles, of: id)
            _ = try transaction.append(kind: "member.roles", payload: [
                "member_id": .string(id.rawValue), "roles": .array(roles.sorted().map { .string($0.rawValue) }),
            ], author: signer)
            return try Self.require(id, store)
        }
    }

    /// Removes the member's personal data for good (152-ФЗ), and its mentor and investor
    /// profiles and facilitator record with it: alone they describe no one, but beside a
    /// town and a date they could point back at the person. The member's id, status and
    /// history stay: the ledger never held more than the id.
    public func erase(_ id: MemberID) async throws -> Member {
        let now = clock()
        let signer = database.ledger.nodeKey
        let erased = try await database.write { transaction in
            let store = MemberStore(database: transaction.database)
            let member = try Self.require(id, store)
            guard !member.isErased else { return member }
            try store.erase(id, at: now)
            try ProfileStore(database: transaction.database).removeAll(of: id)
            _ = try transaction.database.run("DELETE FROM member_refusal WHERE member_id = ?", [.text(id.rawValue)])
            _ = try transaction.database.run("DELETE FROM member_application WHERE member_id = ?", [.text(id.rawValue)])
            if let account = member.accountID { try AccountStore(database: transaction.database).erase(account) }
            try Self.forgetCopies(of: member, in: transaction.database)
            _ = try transaction.append(kind: "member.erase", payload: ["member_id": .string(id.rawValue)], author: signer)
            return try Self.require(id, store)
        }
        // The overwritten pages' old images are still frames of the log: copy it back and
        // empty it, so the erased bytes leave the disk now rather than at the next copy.
        try await database.ledger.emptyLog()
        return erased
    }

    /// Removes every other copy of the member's personal data: stored answers to retried
    /// requests that carry any of it, and the search indexes' merged-away terms (an FTS5
    /// index keeps deleted terms in old segments until they are merged).
    private static func forgetCopies(of member: Member, in database: SQLiteConnection) throws {
        let texts = [member.name, member.email, member.phone].compactMap { $0 }.filter { !$0.isEmpty }.map { Array($0.utf8) }
        // Contract texts the node wrote name their parties; the ledger keeps only their hashes.
        for name in [member.name, member.email, member.phone].compactMap({ $0 }) where !name.isEmpty {
            try database.run("UPDATE contract SET legal_text = replace(legal_text, ?1, 'участник удалён') WHERE instr(legal_text, ?1) > 0",
                             [.text(name)])
        }
        for text in texts {
            try database.run("DELETE FROM idempotency_key WHERE body_format = 'plain' AND instr(body, ?) > 0", [.blob(text)])
        }
        // A compressed answer holds the text only once decompressed: a repeated part of it
        // is a reference back, not the bytes, so each is read whole.
        let compressed = try database.query("SELECT scope, key, body FROM idempotency_key WHERE body_format = 'lz'") { row in
            let row = TableRow(row, table: "idempotency_key")
            return (scope: try row.value("scope") as String, key: try row.value("key") as String, body: try row.value("body") as [UInt8])
        }
        for answer in compressed {
            let body = (try? AnswerCompression.decompress(answer.body)) ?? answer.body
            guard texts.contains(where: { body.firstRange(of: $0) != nil }) else { continue }
            try database.run("DELETE FROM idempotency_key WHERE scope = ? AND key = ?", [.text(answer.scope), .text(answer.key)])
        }
        let indexes = try database.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5 (%'") {
            try $0.text("name")
        }
        for index in indexes { try database.execute("INSERT INTO \"\(index)\" (\"\(index)\") VALUES ('optimize')") }
    }

    public func member(id: MemberID) async throws -> Member? {
        try await database.read { try MemberStore(database: $0).member(id: id) }
    }

    /// The members among `ids` that exist, by id, read at once (a page naming the people it mentions).
    public func members(ids: some Sequence<MemberID>) async throws -> [MemberID: Member] {
        let ids = Array(Set(ids))
        let found = try await database.read { try MemberStore(database: $0).members(ids: ids) }
        return Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) })
    }

    public func member(account: AccountID) async throws -> Member? {
        try await database.read { try MemberStore(database: $0).member(account: account) }
    }

    /// Every member, or only those with `status` (applicants waiting for staff, say), oldest first.
    public func all(status: MembershipStatus? = nil) async throws -> [Member] {
        try await database.read { try MemberStore(database: $0).all(status: status) }
    }

    private static func require(_ id: MemberID, _ store: MemberStore) throws -> Member {
        guard let member = try store.member(id: id) else { throw RegistryNotFound(.member, id) }
        return member
    }

    private static func checkEmail(_ email: String?) throws(RegistryValidationError) -> String? {
        guard let text = try RegistryText.optional(email, field: "email", maximumCharacters: 254) else { return nil }
        do {
            return try EmailAddress(text).rawValue
        } catch {
            throw RegistryValidationError(field: "email", rule: .notAnEmailAddress)
        }
    }

    private static func checkPhone(_ phone: String?) throws(RegistryValidationError) -> String? {
        guard let text = try RegistryText.optional(phone, field: "phone", maximumCharacters: 30) else { return nil }
        let digits = text.filter(\.isASCII).filter(\.isNumber).count
        let allowed = text.allSatisfy { $0.isASCII && ($0.isNumber || " +-()".contains($0)) }
        guard allowed, (5...15).contains(digits) else {
            throw RegistryValidationError(field: "phone", rule: .notAPhoneNumber)
        }
        return text
    }
}

import Ledger

/// The register of communities. Union staff create them and keep their membership;
/// anyone reads. Joining or leaving a community is a ledger entry (`community.member`)
/// naming the community and the member by id only, since belonging to a community is
/// what later gives a say in its choices; creating one is not, as it grants nothing.
public struct Communities: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Refuses an empty name, an unknown city and a second community of the same kind
    /// and name in the same town.
    public func create(kind: CommunityKind, name: String, cityID: CityID?) async throws -> Community {
        let name = try RegistryText.required(name, field: "name", maximumCharacters: 200)
        let community = Community(id: try .generate(), kind: kind, name: name, cityID: cityID, memberIDs: [],
                                  createdAt: clock())
        return try await database.write { transaction in
            if let cityID, try CityStore(database: transaction.database).city(id: cityID) == nil {
                throw RegistryValidationError(field: "city_id", rule: .notFound(.city))
            }
            let store = CommunityStore(database: transaction.database)
            guard try !store.exists(kind: kind, name: name, cityID: cityID) else {
                throw TownConflict.communityExists(name: name)
            }
            try store.insert(community)
            return community
        }
    }

    /// Adds a member; adding one already there changes nothing and appends nothing.
    public func add(_ member: MemberID, to id: CommunityID) async throws -> Community {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let store = CommunityStore(database: transaction.database)
            _ = try Self.require(id, store)
            guard let found = try MemberStore(database: transaction.database).member(id: member) else {
                throw RegistryValidationError(field: "member_id", rule: .notFound(.member))
            }
            guard found.status == .admitted else {
                throw MembershipConflict.notAdmitted(member, status: found.status)
            }
            if try !store.isMember(member, of: id) {
                try store.add(member, to: id, at: now)
                _ = try transaction.append(kind: "community.member", payload: [
                    "community_id": .string(id.rawValue), "member_id": .string(member.rawValue), "change": .string("add"),
                ], author: signer)
            }
            return try Self.require(id, store)
        }
    }

    /// Removes a member; removing one who is not there is refused, so a caller learns of
    /// a mistyped id.
    public func remove(_ member: MemberID, from id: CommunityID) async throws -> Community {
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let store = CommunityStore(database: transaction.database)
            _ = try Self.require(id, store)
            guard try store.isMember(member, of: id) else {
                throw RegistryNotFound(.communityMembership, member)
            }
            try store.remove(member, from: id)
            _ = try transaction.append(kind: "community.member", payload: [
                "community_id": .string(id.rawValue), "member_id": .string(member.rawValue), "change": .string("remove"),
            ], author: signer)
            return try Self.require(id, store)
        }
    }

    public func community(id: CommunityID) async throws -> Community? {
        try await database.read { try CommunityStore(database: $0).community(id: id) }
    }

    /// Oldest first, optionally only of one kind or one town.
    public func all(kind: CommunityKind? = nil, cityID: CityID? = nil) async throws -> [Community] {
        try await database.read { try CommunityStore(database: $0).all(kind: kind, cityID: cityID) }
    }

    private static func require(_ id: CommunityID, _ store: CommunityStore) throws -> Community {
        guard let community = try store.community(id: id) else { throw RegistryNotFound(.community, id) }
        return community
    }
}

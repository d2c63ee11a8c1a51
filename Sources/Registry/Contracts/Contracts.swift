import Ledger

/// The Union's smart contracts, persisted on the ledger. Every event of a contract is a
/// `contract.*` entry carrying the event's payload and the contract id, appended in the
/// same transaction as the registry rows it changes (the contract row, its status cache
/// and the event index). A contract's state is never stored: it is the replay of its
/// events, and an event is appended only if `ContractState.apply` accepts it, so a refused
/// event writes nothing. The legal text stays in the registry row; the ledger holds only
/// its SHA-256 (inside the terms) and ids, amounts and dates.
public struct Contracts: Sendable {
    /// The longest legal text accepted, in characters.
    public static let maximumTextCharacters = 200_000

    let database: RegistryDatabase
    let memberKeys: MemberKeys
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, memberKeys: MemberKeys,
                clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.memberKeys = memberKeys
        self.clock = clock
    }

    /// Records the proposal, dated today. Refuses a legal text whose SHA-256 is not the
    /// terms' `text_sha256`, terms the engine refuses, an unknown project, and a party
    /// other than the Union with no admitted member to act for it.
    public func propose(_ proposal: ContractProposal) async throws -> Contract {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            try Self.propose(proposal, in: transaction, signer: signer, at: now)
        }
    }

    /// `propose` inside a transaction another act of the registry has opened, so that the
    /// proposal and that act (an accepted pledge) are written together or not at all.
    static func propose(_ proposal: ContractProposal, in transaction: LedgerTransaction, signer: any EntrySigner,
                        at now: LedgerTime) throws -> Contract {
        try proposal.terms.checkText(proposal.legalText)
        guard !proposal.legalText.isEmpty, proposal.legalText.count <= Self.maximumTextCharacters else {
            throw RegistryValidationError(field: "legal_text", rule: .tooLong(maximumCharacters: Self.maximumTextCharacters))
        }
        let event = ContractEvent(.proposed(proposal.terms), on: CalendarDate(now))
        _ = try ContractState.replay([event])
        let id: ContractID = try .generate()
        let termsSHA256 = SHA256.hash(try proposal.terms.json.canonicalBytes())
        var payload = try Self.fields(of: event, in: id)
        payload["terms_sha256"] = .string(termsSHA256.hex)
        if let project = proposal.projectID { payload["project_id"] = .string(project.rawValue) }
        if !proposal.representatives.isEmpty {
            payload["representatives"] = .array(proposal.representatives.sorted { $0.key < $1.key }.map {
                .object(["party": .string($0.key.rawValue), "member_id": .string($0.value.rawValue)])
            })
        }
        let store = ContractStore(database: transaction.database)
        try Self.check(proposal, transaction.database)
        let receipt = try transaction.append(kind: event.entryKind(in: proposal.terms.kind), payload: payload, author: signer)
        try store.insert(id: id, proposal: proposal, termsSHA256: termsSHA256, proposeSeq: receipt.seq, at: now)
        try store.record(event, of: id, seq: receipt.seq, status: .proposed)
        for account in try store.accountsToSign(id) {
            try Outbox.enqueue(.contractToSign, to: account, parameters: ["contract_id": id.rawValue], at: now, in: transaction.database)
        }
        return try Self.require(id, store)
    }

    public func contract(id: ContractID) async throws -> Contract? {
        try await database.read { try ContractStore(database: $0).contract(id: id) }
    }

    /// One page of the contracts `filter` keeps, in the order they were proposed.
    public func contracts(_ filter: ContractFilter = ContractFilter(), page: PageRequest) async throws -> ListPage<Contract> {
        try await database.read { try ContractStore(database: $0).contracts(filter, page) }
    }

    /// The contract's events with the seq of the ledger entry that records each.
    public func events(of id: ContractID) async throws -> [(seq: Int, event: ContractEvent)] {
        try await database.read { try ContractStore(database: $0).events(of: id) }
    }

    /// Applies `event` to the contract's replayed state and, only if it is accepted,
    /// appends its entry with `payload`, authored by the node, and indexes it.
    func append(_ event: ContractEvent, to id: ContractID, payload: JSONObject) async throws -> Contract {
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let store = ContractStore(database: transaction.database)
            let contract = try Self.require(id, store)
            var state = contract.state
            try state.apply(event)
            let receipt = try transaction.append(kind: event.entryKind(in: contract.kind), payload: payload, author: signer)
            try store.record(event, of: id, seq: receipt.seq, status: state.status)
            return try Self.require(id, store)
        }
    }

    func require(_ id: ContractID) async throws -> Contract {
        guard let contract = try await contract(id: id) else { throw RegistryNotFound(.contract, id) }
        return contract
    }

    var today: CalendarDate { CalendarDate(clock()) }

    /// The event's own payload and the contract id: what every `contract.*` entry holds.
    static func fields(of event: ContractEvent, in id: ContractID) throws -> JSONObject {
        var fields = event.payload.objectValue ?? JSONObject()
        fields["contract_id"] = .string(id.rawValue)
        return fields
    }

    private static func require(_ id: ContractID, _ store: ContractStore) throws -> Contract {
        guard let contract = try store.contract(id: id) else { throw RegistryNotFound(.contract, id) }
        return contract
    }

    private static func check(_ proposal: ContractProposal, _ database: SQLiteConnection) throws {
        if let project = proposal.projectID, try ProjectStore(database: database).project(id: project) == nil {
            throw RegistryValidationError(field: "project_id", rule: .notFound(.project))
        }
        if case let .optionAgreement(terms) = proposal.terms.parameters { try checkGrant(terms, of: proposal.projectID, database) }
        for party in proposal.representatives.keys where party == .union || MemberID(rawValue: party.rawValue) != nil {
            throw RegistryValidationError(field: "representatives", rule: .representativeRefused)
        }
        let members = MemberStore(database: database)
        let parties = Set(proposal.terms.parties.map(\.id)).union(proposal.representatives.keys).subtracting([.union])
        for party in parties.sorted() {
            guard let acting = MemberID(rawValue: party.rawValue) ?? proposal.representatives[party] else {
                throw RegistryValidationError(field: "representatives", rule: .representativeRequired)
            }
            guard let member = try members.member(id: acting), member.status == .admitted else {
                throw RegistryValidationError(field: "terms.parties", rule: .notAdmitted)
            }
        }
    }

    /// An option agreement binds a grant its project's cap table holds, for no more units
    /// than the grant has neither exercised nor cancelled.
    private static func checkGrant(_ terms: OptionTerms, of project: ProjectID?, _ database: SQLiteConnection) throws {
        guard let project else {
            throw RegistryValidationError(field: "project_id", rule: .optionNeedsProject)
        }
        let table = try CapTable.replay(try CapTableStore(database: database).events(of: project).map(\.event))
        let id = CapTableEventID(terms.grantID)
        guard let grant = table.grants[id] else { throw CapTableError.unknownGrant(id) }
        guard terms.units <= grant.unexercised.value else {
            throw CapTableError.insufficientOutstandingUnits(grant: id, requested: ShareCount(unchecked: terms.units),
                                                             outstanding: grant.unexercised)
        }
    }
}

import Ledger

/// The register of intangible assets (НМА). A deposit is the node's timestamp on a
/// content hash: the `ip.deposit` entry, signed by the node key, commits with the
/// registry rows, and the deposit receipt proves its place in the signed log. Later
/// splits (`ip.assign`) and licences (`ip.licence`) are entries too. Entries carry ids,
/// hashes and numbers only; titles, descriptions and terms stay in registry rows.
public struct IPAssets: Sendable {
    /// At most this many holders share one asset.
    public static let maximumHolders = 100

    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Registers the asset and timestamps its content hash. Refuses a split that does
    /// not sum to `ShareUnits.whole`, holders who are not members (or have left), and a
    /// content hash deposited before (`IPAssetAlreadyDeposited`).
    /// Deposits an asset for `actor` (nil for Union staff depositing for others). A deposit
    /// naming only the actor as holder is done at once, and answered with its receipt,
    /// proved against a checkpoint made in the deposit's own transaction; one naming other
    /// members waits for each of them to sign (`consent(to:by:signature:)`).
    public func deposit(_ deposit: IPDeposit, by actor: MemberID?) async throws
        -> IPActOutcome<(asset: IPAsset, receipt: IPDepositReceipt)> {
        let checked = try Self.checked(deposit)
        let now = clock()
        let signer = database.ledger.nodeKey
        let signers = Self.signers(from: [], to: checked.holders, askedBy: actor)
        guard signers.isEmpty else {
            let request: IPConsentRequestID = try .generate()
            let asset: IPAssetID = try .generate()
            return try await database.write { transaction in
                try Self.checkDepositable(checked, transaction.database)
                let consents = IPConsentStore(database: transaction.database)
                let statement: JSONObject = [
                    "act": .string(IPConsentRequest.Act.deposit.entryKind.name), "request_id": .string(request.rawValue),
                    "asset_id": .string(asset.rawValue), "kind": .string(checked.kind.rawValue),
                    "content_sha256": .string(checked.contentSHA256.hex), "holders": Self.payload(checked.holders),
                    "signers": .array(signers.map { .string($0.rawValue) }),
                ]
                let pending = IPConsentRequest(id: request, act: .deposit, assetID: asset, title: checked.title,
                                               holders: checked.holders, previousHolders: nil,
                                               signers: signers.map { .init(memberID: $0, signature: nil) },
                                               proposedBy: actor, createdAt: now, statement: statement)
                try consents.insert(pending, deposit: checked)
                return .pending(pending)
            }
        }
        return try await database.write { transaction in
            let asset = try Self.deposit(checked, in: transaction, signer: signer, at: now)
            guard let entry = transaction.appended.last, entry.entry.seq == asset.depositSeq else {
                throw LedgerError.corrupted(reason: "the deposit's entry is not the last one appended")
            }
            let (checkpoint, proof) = try transaction.checkpointedInclusionProof(seq: asset.depositSeq)
            return .done((asset, IPDepositReceipt(assetID: asset.id, entry: entry, proof: proof, checkpoint: checkpoint)))
        }
    }

    /// The deposit's text fields and split, checked before any write.
    static func checked(_ deposit: IPDeposit) throws -> IPDeposit {
        var deposit = deposit
        deposit.title = try RegistryText.required(deposit.title, field: "title", maximumCharacters: 300)
        deposit.description = try RegistryText.optional(deposit.description, field: "description", maximumCharacters: 10_000)
        try checkSplit(deposit.holders)
        return deposit
    }

    /// The deposit itself, with its `ip.deposit` entry, inside a caller's transaction (a
    /// deposit of its own, or an idea submitted at a Game). `checked` must come from `checked(_:)`.
    static func deposit(_ checked: IPDeposit, in transaction: LedgerTransaction, signer: any EntrySigner,
                        at now: LedgerTime) throws -> IPAsset {
        let id: IPAssetID = try .generate()
        let store = IPAssetStore(database: transaction.database)
        try checkDepositable(checked, transaction.database)
        let receipt = try transaction.append(kind: "ip.deposit", payload: [
            "asset_id": .string(id.rawValue), "kind": .string(checked.kind.rawValue),
            "content_sha256": .string(checked.contentSHA256.hex), "holders": payload(checked.holders),
        ], author: signer)
        try store.insert(id: id, deposit: checked, depositSeq: receipt.seq, at: now)
        return try require(id, store)
    }

    /// Refuses a deposit whose content was deposited already or waits for consent, or that
    /// names a holder who is no member or has left.
    private static func checkDepositable(_ checked: IPDeposit, _ database: SQLiteConnection) throws {
        if let earlier = try IPAssetStore(database: database).asset(contentSHA256: checked.contentSHA256) {
            throw IPAssetAlreadyDeposited(assetID: earlier.id, depositSeq: earlier.depositSeq)
        }
        if let waiting = try IPConsentStore(database: database).request(contentSHA256: checked.contentSHA256) {
            throw IPConsentError.otherRequestPending(waiting.assetID, waiting.id)
        }
        try checkHolders(checked.holders, MemberStore(database: database))
    }

    /// Replaces the asset's split with `holders`, under the same rules as a deposit, for
    /// `actor` (nil for Union staff). Done at once when it changes only the actor's own
    /// part; otherwise it waits for every member whose part it changes, adds or removes.
    public func assignHolders(_ holders: [IPHolding], of id: IPAssetID, by actor: MemberID?) async throws -> IPActOutcome<IPAsset> {
        try Self.checkSplit(holders)
        let signer = database.ledger.nodeKey
        let request: IPConsentRequestID = try .generate()
        let now = clock()
        return try await database.write { transaction in
            let store = IPAssetStore(database: transaction.database)
            let asset = try Self.require(id, store)
            try Self.checkHolders(holders, MemberStore(database: transaction.database))
            guard Self.split(asset.holders) != Self.split(holders) else { throw IPConsentError.nothingChanges }
            let consents = IPConsentStore(database: transaction.database)
            if let waiting = try consents.request(assetID: id) {
                // One act at a time waits on an asset; one asked for a split since replaced is void.
                guard let previous = waiting.previousHolders, Self.split(previous) != Self.split(asset.holders) else {
                    throw IPConsentError.otherRequestPending(id, waiting.id)
                }
                try consents.delete(waiting.id)
            }
            let signers = Self.signers(from: asset.holders, to: holders, askedBy: actor)
            guard signers.isEmpty else {
                let statement: JSONObject = [
                    "act": .string(IPConsentRequest.Act.assign.entryKind.name), "request_id": .string(request.rawValue),
                    "asset_id": .string(id.rawValue), "holders": Self.payload(holders),
                    "previous_holders": Self.payload(asset.holders), "signers": .array(signers.map { .string($0.rawValue) }),
                ]
                let pending = IPConsentRequest(id: request, act: .assign, assetID: id, title: asset.title, holders: holders,
                                               previousHolders: asset.holders,
                                               signers: signers.map { .init(memberID: $0, signature: nil) },
                                               proposedBy: actor, createdAt: now, statement: statement)
                try consents.insert(pending, deposit: nil)
                return .pending(pending)
            }
            try store.setHolders(holders, of: id)
            _ = try transaction.append(kind: "ip.assign", payload: [
                "asset_id": .string(id.rawValue), "holders": Self.payload(holders),
            ], author: signer)
            return .done(try Self.require(id, store))
        }
    }

    /// Grants a licence on the asset to a registered town or an organisation member
    /// that has not left the Union, for a period that ends no earlier than it starts.
    public func grantLicence(_ grant: LicenceGrant, on id: IPAssetID) async throws -> IPLicence {
        let terms = try RegistryText.required(grant.terms, field: "terms", maximumCharacters: 10_000)
        guard grant.endsOn >= grant.startsOn else {
            throw RegistryValidationError(field: "ends_on", rule: .endsBeforeStart)
        }
        let licenceID: IPLicenceID = try .generate()
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let store = IPAssetStore(database: transaction.database)
            _ = try Self.require(id, store)
            try Self.checkLicensee(grant.licensee, transaction.database)
            let receipt = try transaction.append(kind: "ip.licence", payload: [
                "asset_id": .string(id.rawValue), "licence_id": .string(licenceID.rawValue),
                "licensee_id": .string(grant.licensee.id),
                "starts_on": .string(grant.startsOn.description), "ends_on": .string(grant.endsOn.description),
            ], author: signer)
            let licence = IPLicence(id: licenceID, assetID: id, licensee: grant.licensee, terms: terms,
                                    startsOn: grant.startsOn, endsOn: grant.endsOn, ledgerSeq: receipt.seq, grantedAt: now)
            try store.insert(licence)
            return licence
        }
    }

    public func asset(id: IPAssetID) async throws -> IPAsset? {
        try await database.read { try IPAssetStore(database: $0).asset(id: id) }
    }

    /// One page of the assets of `kind` (any when nil) that `query` finds, most relevant
    /// first, or without a query in deposit order.
    public func assets(kind: IPAssetKind? = nil, matching query: SearchQuery? = nil,
                       page: PageRequest) async throws -> ListPage<IPAsset> {
        try await database.read { try IPAssetStore(database: $0).assets(kind: kind, matching: query, page) }
    }

    /// The asset's deposit receipt against the newest checkpoint witnesses cosigned that
    /// holds the deposit, carrying their cosignatures; while none has, against the latest
    /// signed checkpoint (signing one first if that does not yet cover the deposit).
    public func receipt(for id: IPAssetID) async throws -> IPDepositReceipt {
        guard let asset = try await asset(id: id) else { throw RegistryNotFound(.ipAsset, id) }
        let seq = asset.depositSeq
        if let cosigned = try await database.read({ connection -> IPDepositReceipt? in
            guard let checkpoint = try LogWitnesses.cosignedCheckpoint(holding: seq, connection) else { return nil }
            let records = LedgerRecords(connection)
            return IPDepositReceipt(assetID: id, entry: try records.entry(seq),
                                    proof: try records.inclusionProof(seq: seq, treeSize: checkpoint.checkpoint.size), checkpoint: checkpoint)
        }) {
            return cosigned
        }
        let ledger = database.ledger
        let checkpoint = try await ledger.checkpoint(covering: asset.depositSeq)
        let proof = try await ledger.inclusionProof(seq: asset.depositSeq, treeSize: checkpoint.checkpoint.size)
        let entry = try await ledger.entry(asset.depositSeq)
        return IPDepositReceipt(assetID: id, entry: entry, proof: proof, checkpoint: checkpoint)
    }

    static func require(_ id: IPAssetID, _ store: IPAssetStore) throws -> IPAsset {
        guard let asset = try store.asset(id: id) else { throw RegistryNotFound(.ipAsset, id) }
        return asset
    }

    static func checkSplit(_ holders: [IPHolding]) throws(RegistryValidationError) {
        guard !holders.isEmpty else { throw RegistryValidationError(field: "holders", rule: .tooFew(minimum: 1)) }
        guard holders.count <= maximumHolders else {
            throw RegistryValidationError(field: "holders", rule: .tooMany(maximum: maximumHolders))
        }
        guard Set(holders.map(\.memberID)).count == holders.count else {
            throw RegistryValidationError(field: "holders", rule: .usedTwice)
        }
        for (index, holding) in holders.enumerated() where holding.units.value <= 0 || holding.units > ShareUnits.whole {
            throw RegistryValidationError(field: "holders/\(index)/units", rule: .notInRange(minimum: 1, maximum: Int64(ShareUnits.whole.value), unit: .shareUnits))
        }
        let sum = holders.reduce(0) { $0 + $1.units.value }
        guard sum == ShareUnits.whole.value else {
            throw RegistryValidationError(
                field: "holders", rule: .sumMismatch(expected: Int64(ShareUnits.whole.value), actual: Int64(sum), unit: .shareUnits))
        }
    }

    static func checkHolders(_ holders: [IPHolding], _ members: MemberStore) throws {
        for (index, holding) in holders.enumerated() {
            guard let member = try members.member(id: holding.memberID) else {
                throw RegistryValidationError(field: "holders/\(index)/member_id", rule: .notFound(.member))
            }
            guard member.status != .left else {
                throw RegistryValidationError(field: "holders/\(index)/member_id", rule: .notAdmitted)
            }
        }
    }

    private static func checkLicensee(_ licensee: IPLicensee, _ database: SQLiteConnection) throws {
        switch licensee {
        case let .city(id):
            guard try CityStore(database: database).city(id: id) != nil else {
                throw RegistryValidationError(field: "licensee_id", rule: .notFound(.city))
            }
        case let .organisation(id):
            guard let member = try MemberStore(database: database).member(id: id) else {
                throw RegistryValidationError(field: "licensee_id", rule: .notFound(.member))
            }
            guard member.kind == .organisation else {
                throw RegistryValidationError(field: "licensee_id", rule: .personCannotBeLicensee)
            }
            guard member.status != .left else {
                throw RegistryValidationError(field: "licensee_id", rule: .notAdmitted)
            }
        }
    }

    static func payload(_ holders: [IPHolding]) -> JSONValue {
        .array(holders.map { .object(["member_id": .string($0.memberID.rawValue), "units": .integer(Int64($0.units.value))]) })
    }
}

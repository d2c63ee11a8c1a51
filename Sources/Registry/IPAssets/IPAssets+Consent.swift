import Ledger

/// The consent of the members an IP act takes rights from or gives rights to: as in
/// DAML's authority rule, a deposit naming other holders or a new split waits until each
/// of them has signed it with a key of their own (or their custodial key, when they act
/// themselves), and its entry carries every signature.
extension IPAssets {
    /// The members whose consent a change from `previous` to `holders` needs: every member
    /// whose part it changes, adds or removes, but the member asking for it, whose request
    /// is its consent. In member id order, so the list is the same however it is asked.
    static func signers(from previous: [IPHolding], to holders: [IPHolding], askedBy actor: MemberID?) -> [MemberID] {
        let before = split(previous)
        let after = split(holders)
        return Set(before.keys).union(after.keys)
            .filter { before[$0] != after[$0] && $0 != actor }
            .sorted { $0.rawValue < $1.rawValue }
    }

    /// A split as each member's units.
    static func split(_ holders: [IPHolding]) -> [MemberID: Int] {
        Dictionary(uniqueKeysWithValues: holders.map { ($0.memberID, $0.units.value) })
    }

    /// The holdings an entry's or statement's `holders` member lists.
    static func holdings(_ value: JSONValue?) -> [IPHolding] {
        (value?.arrayValue ?? []).compactMap { item in
            guard let member = item["member_id"]?.stringValue.flatMap(MemberID.init(rawValue:)),
                  let units = item["units"]?.integerValue else { return nil }
            return IPHolding(memberID: member, units: ShareUnits(Int(units)))
        }
    }

    /// Records `member`'s signature of the act; the last signature carries it out, in the
    /// same transaction: its entry holds every signer's signature, in the signers' order.
    public func consent(to id: IPConsentRequestID, by member: MemberID, signature: PartySignature) async throws
        -> IPActOutcome<IPAsset> {
        let now = clock()
        let author = database.ledger.nodeKey
        return try await database.write { transaction in
            let consents = IPConsentStore(database: transaction.database)
            guard let request = try consents.request(id: id) else { throw RegistryNotFound(.ipConsent, id) }
            guard let position = request.signers.firstIndex(where: { $0.memberID == member }) else {
                throw IPConsentError.notASigner(member)
            }
            guard request.signers[position].signature == nil else { throw IPConsentError.alreadySigned(member) }
            let key = try transaction.keys.activeKey(signature.keyID)
            guard key.registration.role == .member, key.registration.holder == member.rawValue else {
                throw MemberKeyError.notTheMembersKey(signature.keyID, member)
            }
            guard key.publicKey.isValidSignature(signature.signature, for: try request.statementBytes) else {
                throw MemberKeyError.invalidSignature(signature.keyID)
            }
            try consents.sign(id, by: member, with: signature, at: now)
            let signed = try consents.request(id: id) ?? request
            guard signed.waitingFor.isEmpty else { return .pending(signed) }
            return .done(try Self.carryOut(signed, in: transaction, author: author, at: now))
        }
    }

    /// Withdraws the act: a member asked to sign refuses it, or the member who asked for it
    /// takes it back. Nothing was written for it, so nothing enters the ledger.
    public func decline(_ id: IPConsentRequestID, by member: MemberID) async throws {
        try await database.write { transaction in
            let consents = IPConsentStore(database: transaction.database)
            guard let request = try consents.request(id: id) else { throw RegistryNotFound(.ipConsent, id) }
            guard request.proposedBy == member || request.signers.contains(where: { $0.memberID == member }) else {
                throw IPConsentError.notASigner(member)
            }
            try consents.delete(id)
        }
    }

    public func consentRequest(id: IPConsentRequestID) async throws -> IPConsentRequest? {
        try await database.read { try IPConsentStore(database: $0).request(id: id) }
    }

    /// The acts `member` is asked to sign or has asked for, oldest first.
    public func consentRequests(concerning member: MemberID) async throws -> [IPConsentRequest] {
        try await database.read { try IPConsentStore(database: $0).requests(concerning: member) }
    }

    /// Every act waiting for consent, oldest first.
    public func consentRequests() async throws -> [IPConsentRequest] {
        try await database.read { try IPConsentStore(database: $0).all() }
    }

    /// Appends the signed act's entry and applies it, then forgets the request.
    private static func carryOut(_ request: IPConsentRequest, in transaction: LedgerTransaction, author: any EntrySigner,
                                 at now: LedgerTime) throws -> IPAsset {
        let store = IPAssetStore(database: transaction.database)
        let consents = IPConsentStore(database: transaction.database)
        var payload = request.statement
        payload[PartySignature.severalPayloadKey] = .array(request.signers.compactMap { $0.signature?.json })
        try checkHolders(request.holders, MemberStore(database: transaction.database))
        switch request.act {
        case .deposit:
            guard var deposit = try consents.deposit(of: request.id) else {
                throw RegistryError.corruptedRow(table: "ip_consent_request", id: request.id.rawValue, column: "content_sha256")
            }
            if let earlier = try store.asset(contentSHA256: deposit.contentSHA256) {
                throw IPAssetAlreadyDeposited(assetID: earlier.id, depositSeq: earlier.depositSeq)
            }
            deposit.holders = request.holders
            let receipt = try transaction.append(kind: request.act.entryKind, payload: payload, author: author)
            try store.insert(id: request.assetID, deposit: deposit, depositSeq: receipt.seq, at: now)
        case .assign:
            let asset = try require(request.assetID, store)
            guard let previous = request.previousHolders, split(previous) == split(asset.holders) else {
                throw IPConsentError.splitChanged(request.assetID)
            }
            try store.setHolders(request.holders, of: request.assetID)
            _ = try transaction.append(kind: request.act.entryKind, payload: payload, author: author)
        }
        try consents.delete(request.id)
        return try require(request.assetID, store)
    }
}

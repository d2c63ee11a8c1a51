/// The keys registered so far, and the one place that decides who may sign what.
///
/// Both the writer (before appending) and the verifier (while replaying) feed every
/// entry through `admit`, so the ledger can never accept what verification would
/// reject. The directory starts from a trust anchor: the node public key that the
/// first entry (seq 0) must register, signed by itself.
public struct KeyDirectory: Sendable {
    public let trustAnchor: Ed25519PublicKey
    public private(set) var keys: [KeyID: RegisteredKey] = [:]

    public init(trustAnchor: Ed25519PublicKey) {
        self.trustAnchor = trustAnchor
    }

    public var activeNodeKeys: [RegisteredKey] {
        keys.values.filter { $0.isActive && $0.registration.role == .node }.sorted { $0.registeredAtSeq < $1.registeredAtSeq }
    }

    /// The public keys that must have signed `entry`: the author's first, then co-signers.
    /// Refuses unknown or revoked keys, duplicates, and a missing author signature.
    public func signingKeys(for entry: Entry, signers: [KeyID]) throws(LedgerError) -> [Ed25519PublicKey] {
        var seen: Set<KeyID> = []
        for signer in signers where !seen.insert(signer).inserted { throw .duplicateSigner(signer) }
        guard seen.contains(entry.author) else { throw .authorSignatureMissing(entry.author) }
        if entry.seq == 0 {
            guard entry.author == trustAnchor.keyID, signers == [entry.author] else {
                throw .wrongGenesis(reason: "it must be signed by the node key \(trustAnchor.keyID) alone")
            }
            return [trustAnchor]
        }
        var result: [Ed25519PublicKey] = []
        for signer in [entry.author] + signers.filter({ $0 != entry.author }) {
            result.append(try activeKey(signer).publicKey)
        }
        return result
    }

    public func activeKey(_ id: KeyID) throws(LedgerError) -> RegisteredKey {
        guard let key = keys[id] else { throw .unknownKey(id) }
        if let revoked = key.revokedAtSeq { throw .revokedKey(id, revokedAtSeq: revoked) }
        return key
    }

    /// Applies the key-management effect of `entry` (if any) after checking its rules.
    public mutating func admit(_ entry: Entry) throws(LedgerError) {
        if entry.seq == 0 { return try admitGenesis(entry) }
        switch entry.kind {
        case .keyRegister:
            try requireNodeAuthor(entry)
            let registration = try KeyRegistration(payload: entry.payload)
            guard keys[registration.keyID] == nil else { throw .keyAlreadyRegistered(registration.keyID) }
            do { try registration.publicKey.checkSuitableForRegistration() } catch { throw .unsuitableKey(error) }
            keys[registration.keyID] = RegisteredKey(registration: registration, registeredAtSeq: entry.seq)
        case .keyRevoke:
            let revocation = try KeyRevocation(payload: entry.payload)
            let target = try activeKey(revocation.keyID)
            if entry.author != revocation.keyID { try requireNodeAuthor(entry) }
            if target.registration.role == .node && activeNodeKeys.count == 1 {
                throw .cannotRevokeLastNodeKey(revocation.keyID)
            }
            keys[revocation.keyID]?.revokedAtSeq = entry.seq
        default:
            try PartySignature.check(entry, keys: self)
        }
    }

    private func requireNodeAuthor(_ entry: Entry) throws(LedgerError) {
        guard try activeKey(entry.author).registration.role == .node else { throw .notAuthorisedForKeys(entry.author) }
    }

    private mutating func admitGenesis(_ entry: Entry) throws(LedgerError) {
        guard entry.kind == .keyRegister else { throw .wrongGenesis(reason: "its kind is \(entry.kind), not key.register") }
        guard entry.prev == .zero else { throw .wrongGenesis(reason: "its prev must be 64 zeros") }
        let registration = try KeyRegistration(payload: entry.payload)
        guard registration.publicKey == trustAnchor, registration.role == .node, entry.author == trustAnchor.keyID else {
            throw .wrongGenesis(reason: "it must register the node key \(trustAnchor.keyID) with role node, authored by that key")
        }
        do { try trustAnchor.checkSuitableForRegistration() } catch { throw .unsuitableKey(error) }
        keys[registration.keyID] = RegisteredKey(registration: registration, registeredAtSeq: 0)
    }
}

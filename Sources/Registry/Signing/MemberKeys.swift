import Glibc
import Ledger

/// Members' signing keys: registered in the ledger (`key.register`, role `member`, the
/// member id as holder) so anyone can check what a member signed. A member either holds
/// its own key and proves it at registration, or lets the node hold one for it
/// (custodial), kept as a PEM file of mode 0600 in the data folder's `keys/members/`.
///
/// Which keys exist and to whom they belong is read from the ledger's key directory,
/// the one record of keys; this service keeps no table of its own.
public struct MemberKeys: Sendable {
    let database: RegistryDatabase
    let folder: DataFolder

    public init(database: RegistryDatabase, folder: DataFolder) {
        self.database = database
        self.folder = folder
    }

    /// A new key for `member`, generated and kept by the node. The member must be admitted.
    public func createCustodialKey(for member: MemberID) async throws -> MemberKey {
        let key = try Ed25519PrivateKey.generate()
        try createFolder()
        let path = keyPath(key.keyID)
        try KeyFile.writePrivateKey(key, to: path)
        do {
            return try await register(key.publicKey, for: member, custodial: true)
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Registers a key the member holds itself. `proofHex` is the key's signature over
    /// `registrationStatement(for:publicKeyHex:)`, so nobody registers a key they do not hold.
    public func registerClientKey(for member: MemberID, publicKeyHex: String, proofHex: String) async throws -> MemberKey {
        let publicKey: Ed25519PublicKey
        do {
            publicKey = try Ed25519PublicKey(hex: publicKeyHex)
            try publicKey.checkSuitableForRegistration()
        } catch {
            throw MemberKeyError.invalidPublicKey("\(error)")
        }
        guard let proof = try? Ed25519Signature(hex: proofHex),
              publicKey.isValidSignature(proof, for: try Self.registrationStatement(for: member, publicKeyHex: publicKey.hex)
                  .canonicalBytes) else {
            throw MemberKeyError.invalidProof
        }
        return try await register(publicKey, for: member, custodial: false)
    }

    /// What a client signs to prove it holds the key it registers.
    public static func registrationStatement(for member: MemberID, publicKeyHex: String) throws -> PartyStatement {
        try PartyStatement(act: .keyRegister, signer: member, fields: ["public_key": .string(publicKeyHex)])
    }

    /// The member's keys, active and revoked, oldest first.
    public func keys(of member: MemberID) async -> [MemberKey] {
        await database.ledger.keys.keys.values
            .filter { $0.registration.role == .member && $0.registration.holder == member.rawValue }
            .sorted { $0.registeredAtSeq < $1.registeredAtSeq }
            .map(MemberKey.init)
    }

    /// The member's newest active custodial key: the one `sign` uses, so a statement that
    /// names its key (a transfer's `signed_by`) can name it before it is signed.
    public func custodialKey(of member: MemberID) async throws -> KeyID {
        guard let key = await keys(of: member).last(where: { $0.custodial && $0.revokedAtSeq == nil }) else {
            throw MemberKeyError.noCustodialKey(member)
        }
        return key.keyID
    }

    /// The statement signed with the member's newest active custodial key.
    public func sign(_ statement: PartyStatement, as member: MemberID) async throws -> PartySignature {
        try await sign(statementBytes: try statement.canonicalBytes, as: member)
    }

    /// A statement's canonical bytes (one several members sign alike) signed with the
    /// member's newest active custodial key.
    public func sign(statementBytes: [UInt8], as member: MemberID) async throws -> PartySignature {
        let key = try await custodialKey(of: member)
        let privateKey = try KeyFile.readPrivateKey(at: keyPath(key))
        return PartySignature(keyID: key, signature: try privateKey.signature(for: statementBytes))
    }

    /// Refuses a signature unless an active key of `member` made it over the statement.
    public func verify(_ signature: PartySignature, of statement: PartyStatement, by member: MemberID) async throws {
        guard let key = await database.ledger.keys.keys[signature.keyID], key.isActive, key.registration.role == .member else {
            throw MemberKeyError.keyNotActive(signature.keyID)
        }
        guard key.registration.holder == member.rawValue else { throw MemberKeyError.notTheMembersKey(signature.keyID, member) }
        guard key.publicKey.isValidSignature(signature.signature, for: try statement.canonicalBytes) else {
            throw MemberKeyError.invalidSignature(signature.keyID)
        }
    }

    private func register(_ publicKey: Ed25519PublicKey, for member: MemberID, custodial: Bool) async throws -> MemberKey {
        let registration = try KeyRegistration(publicKey: publicKey, role: .member, holder: member.rawValue, custodial: custodial)
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            guard let found = try MemberStore(database: transaction.database).member(id: member) else {
                throw RegistryNotFound(.member, member)
            }
            guard found.status == .admitted else {
                throw MembershipConflict.notAdmitted(member, status: found.status)
            }
            let receipt = try transaction.append(kind: .keyRegister, payload: registration.payload, author: signer)
            return MemberKey(keyID: publicKey.keyID, publicKey: publicKey, memberID: member, custodial: custodial,
                             registeredAtSeq: receipt.seq, revokedAtSeq: nil)
        }
    }

    private func keyPath(_ key: KeyID) -> String { "\(folder.memberKeysPath)/\(key.hex).pem" }

    private func createFolder() throws {
        for path in [folder.keysPath, folder.memberKeysPath] where mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw DataFolderError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

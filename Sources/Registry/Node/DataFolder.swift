import Glibc
import Ledger

/// A node's data folder: the SQLite database and the node's signing key, side by side.
///
/// ```
/// DIR/glocal.sqlite   the database (ledger and registry), WAL mode
/// DIR/node.key        the node's Ed25519 private key, PKCS#8 PEM, mode 0600
/// DIR/node.pub        its public key, SubjectPublicKeyInfo PEM
/// DIR/witness.key     the key it cosigns other logs' checkpoints with as a witness, mode 0600
/// DIR/keys/members/   members' custodial keys, one PKCS#8 PEM per key id, mode 0600
/// DIR/serve.lock      held (flock) by the one process serving the folder
/// ```
public struct DataFolder: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var databasePath: String { path + "/glocal.sqlite" }
    public var nodeKeyPath: String { path + "/node.key" }
    public var nodePublicKeyPath: String { path + "/node.pub" }
    /// The key this node cosigns other towns' checkpoints with as a witness, made on first use.
    public var witnessKeyPath: String { path + "/witness.key" }
    public var keysPath: String { path + "/keys" }
    public var memberKeysPath: String { keysPath + "/members" }
    public var serveLockPath: String { path + "/serve.lock" }
    /// Where the node's mail is written as `.eml` files while no mail server is configured.
    public var mailPath: String { path + "/mail" }
    /// The mail server's settings (`smtp_host = …` lines); without this file mail goes to `mailPath`.
    public var mailConfigurationPath: String { path + "/mail.conf" }

    /// The bytes the database holds on disk, its write-ahead log included.
    public func databaseBytes() -> Int64 {
        [databasePath, databasePath + "-wal"].reduce(Int64(0)) { total, file in
            var status = stat()
            return total + (stat(file, &status) == 0 ? Int64(status.st_size) : 0)
        }
    }

    /// Claims the folder for one serving process, until the returned lock is released
    /// or the process ends (the kernel drops the lock with the process, even on SIGKILL).
    /// Answers retried after a crash rely on it: a claim on an idempotency key left by
    /// another process is a claim of a process that is gone.
    public func lockForServing() throws -> ServingLock {
        _ = try existingDatabasePath()
        let descriptor = Glibc.open(serveLockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw DataFolderError.cannotCreate(path: serveLockPath, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw DataFolderError.inUse(path: path)
        }
        return ServingLock(descriptor: descriptor)
    }

    /// Creates the folder (mode 0700), a fresh node key and a ledger whose first entry
    /// registers that key. Refuses a folder that already holds a database or key.
    public func initialise(origin: String, durability: SQLiteConnection.Durability = .full) async throws -> Ledger {
        guard LedgerOrigin.isValid(origin) else { throw LedgerError.invalidOrigin(origin) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw DataFolderError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        for existing in [databasePath, nodeKeyPath] where access(existing, F_OK) == 0 {
            throw LedgerError.alreadyInitialised(path: existing)
        }
        let key = try Ed25519PrivateKey.generate()
        try KeyFile.writePrivateKey(key, to: nodeKeyPath)
        try KeyFile.writePublicKey(key.publicKey, to: nodePublicKeyPath)
        let ledger = try await Ledger.create(at: databasePath, origin: origin, nodeKey: key, durability: durability)
        _ = try await ledger.checkpoint()
        return ledger
    }

    /// The path of the folder's database, once it is there: a missing folder and a folder
    /// without a ledger are each named in the user's terms, with what to run.
    public func existingDatabasePath() throws -> String {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { throw DataFolderError.missing(path: path) }
        guard access(databasePath, F_OK) == 0 else { throw LedgerError.notInitialised(path: path) }
        return databasePath
    }

    /// Opens the ledger with the node key kept in the folder.
    public func open(durability: SQLiteConnection.Durability = .full) async throws -> Ledger {
        let databasePath = try existingDatabasePath()
        let key = try KeyFile.readPrivateKey(at: nodeKeyPath)
        return try await Ledger.open(at: databasePath, nodeKey: key, durability: durability)
    }

    /// Opens the ledger, brings the registry's tables up to date and builds the
    /// services on them: the one call a server or command needs.
    public func openNode(durability: SQLiteConnection.Durability = .full,
                         accounts configuration: AccountsConfiguration = .standard,
                         clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) async throws -> Node {
        let ledger = try await open(durability: durability)
        let database = try RegistryDatabase.open(ledger: ledger)
        return Node(folder: self, ledger: ledger, database: database,
                    accounts: Accounts(database: database, configuration: configuration, clock: clock), clock: clock)
    }
}

/// Why a data folder could not be prepared.
public enum DataFolderError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)
    /// No folder at `path`.
    case missing(path: String)
    /// Another process serves the folder.
    case inUse(path: String)

    public var description: String {
        switch self {
        case let .cannotCreate(path, reason): return "cannot create data folder \(path): \(reason)"
        case let .missing(path): return "there is no data folder at \(path); create one with `glocal init --data \(path)`"
        case let .inUse(path): return "another glocal process is serving \(path); stop it first, or serve another data folder"
        }
    }
}

/// A data folder's claim by the process serving it; released when this is.
public final class ServingLock: Sendable {
    private let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}

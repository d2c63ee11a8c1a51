import Dispatch
import Glibc
import Ledger

/// The node's backups: consistent copies of its database (the ledger and the registry as
/// of one moment), taken with SQLite's online backup while the node serves and writes go
/// on, and verified (every entry, signature and checkpoint) before they count. The CLI
/// writes one where the operator says (`glocal backup --out`); the administrator's page
/// and API write them into the data folder's `backups/` and list them there. A copy
/// holds personal data: files are mode 0600 in a folder of mode 0700. The keys are not in
/// it (`glocal restore` puts a copy back beside the node's keys).
public struct Backups: Sendable {
    public let folder: DataFolder
    /// Copying and verifying read the whole database: they run here, off Swift's
    /// cooperative threads, one at a time.
    private static let queue = DispatchQueue(label: "glocal.backups", qos: .utility)

    public init(folder: DataFolder) {
        self.folder = folder
    }

    /// Where the administrator's backups are kept.
    public var path: String { folder.path + "/backups" }

    /// Copies the database at `database` to `out` through a `.partial` file renamed when
    /// complete, then verifies the copy. Refuses a file that already exists.
    public static func copy(database: String, to out: String) throws -> VerificationReport {
        guard access(out, F_OK) != 0 else { throw BackupError.exists(path: out) }
        let temporary = out + ".partial"
        unlink(temporary)
        do {
            try SQLiteConnection(path: database, readOnly: true).backUp(to: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, out) == 0 else { throw BackupError.cannotWrite(path: out, reason: String(cString: strerror(errno))) }
        return try LedgerVerifier.verifyDatabase(at: out)
    }

    /// A new backup in `backups/`, named by the moment it was taken.
    public func make(at time: LedgerTime) async throws -> VerifiedBackup {
        let database = try folder.existingDatabasePath()
        let name = "glocal-" + time.rfc3339.filter { $0.isNumber } + ".sqlite"
        let directory = path
        let out = directory + "/" + name
        return try await withCheckedThrowingContinuation { continuation in
            Self.queue.async {
                continuation.resume(with: Result {
                    guard mkdir(directory, 0o700) == 0 || errno == EEXIST else {
                        throw BackupError.cannotWrite(path: directory, reason: String(cString: strerror(errno)))
                    }
                    let report = try Self.copy(database: database, to: out)
                    return VerifiedBackup(backup: try Self.described(name, in: directory), entries: report.entries, rootHash: report.rootHash)
                })
            }
        }
    }

    /// The backups in `backups/`, newest first.
    public func list() throws -> [Backup] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix("glocal-") && name.hasSuffix(".sqlite") { names.append(name) }
        }
        return try names.map { try Self.described($0, in: path) }.sorted { $0.takenAt > $1.takenAt }
    }

    private static func described(_ name: String, in directory: String) throws -> Backup {
        var status = stat()
        guard stat(directory + "/" + name, &status) == 0 else {
            throw BackupError.cannotWrite(path: directory + "/" + name, reason: String(cString: strerror(errno)))
        }
        let milliseconds = Int64(status.st_mtim.tv_sec) * 1000 + Int64(status.st_mtim.tv_nsec) / 1_000_000
        return Backup(name: name, bytes: Int64(status.st_size), takenAt: LedgerTime(millisecondsSinceEpoch: milliseconds))
    }
}

/// One backup file in the data folder's `backups/`: its name, size and when it was written.
public struct Backup: Hashable, Sendable {
    public let name: String
    public let bytes: Int64
    public let takenAt: LedgerTime
}

/// A backup just taken, with what verifying it established.
public struct VerifiedBackup: Hashable, Sendable {
    public let backup: Backup
    public let entries: Int
    public let rootHash: SHA256Digest
}

/// Why a backup or a restore could not be made, in the operator's terms.
public enum BackupError: Error, CustomStringConvertible {
    case exists(path: String)
    case cannotWrite(path: String, reason: String)
    case notABackup(path: String, nodeKey: String)
    case folderInUse(path: String)
    case noNodeKey(path: String)

    public var description: String {
        switch self {
        case let .exists(path): "\(path) already exists; name a new file"
        case let .cannotWrite(path, reason): "cannot write \(path): \(reason)"
        case let .notABackup(path, key): "\(path) is not a backup of the node whose key \(key.prefix(16))… is in the data folder, or does not verify"
        case let .folderInUse(path): "\(path) already holds a database; restore into an empty data folder"
        case let .noNodeKey(path): "\(path) has no node.key; copy the node's keys (node.key, node.pub, keys/) into it first"
        }
    }
}

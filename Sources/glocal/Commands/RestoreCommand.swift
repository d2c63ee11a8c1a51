import Glibc
import Ledger
import Registry

/// `glocal restore --from FILE`: a data folder's database from a backup, checked before
/// it is put in place.
enum RestoreCommand: Command {
    static let name = "restore"
    static let overview = "Put a backup in place as a data folder's database, after verifying it."
    static let usage = "glocal restore --from <file> [--data <dir>]"
    static let help = """
        OPTIONS:
          --from <file>           A copy made by `glocal backup`.
        \(DataOption.help)
          -h, --help              Show help information.

        The data folder must hold the node's keys (node.key, node.pub, keys/) and no database.
        The backup is verified first (every entry, signature and checkpoint) and must be a
        ledger of that node key; then it is copied into place (mode 0600) and opened once, so
        the registry's tables are brought up to date.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["from", "data"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        guard let from = arguments.value("from") else { throw UsageError(message: "missing --from <file>", usage: usage) }
        let folder = DataOption.folder(arguments)
        guard access(folder.nodeKeyPath, F_OK) == 0 else { throw BackupError.noNodeKey(path: folder.path) }
        guard access(folder.databasePath, F_OK) != 0 else { throw BackupError.folderInUse(path: folder.path) }
        let nodeKey = try KeyFile.readPrivateKey(at: folder.nodeKeyPath).publicKey
        let report: VerificationReport
        do {
            report = try LedgerVerifier.verifyDatabase(at: from, trustAnchor: nodeKey)
        } catch {
            throw BackupError.notABackup(path: from, nodeKey: nodeKey.keyID.hex)
        }
        let temporary = folder.databasePath + ".partial"
        unlink(temporary)
        do {
            try SQLiteConnection(path: from, readOnly: true).backUp(to: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        // A log or index left beside no database belongs to none; SQLite would replay it.
        unlink(folder.databasePath + "-wal")
        unlink(folder.databasePath + "-shm")
        guard rename(temporary, folder.databasePath) == 0 else {
            throw BackupError.cannotWrite(path: folder.databasePath, reason: String(cString: strerror(errno)))
        }
        let node = try await folder.openNode()
        output.print("restored \(report.entries) entries into \(folder.path), root \(report.rootHash); node key \(node.ledger.nodeKey.publicKey.keyID)")
        return 0
    }
}

import Ledger
import Registry

/// The JSON bodies of the node's administration: backups by file name, size and time,
/// and for one just taken, what verifying it established.
enum NodeBodies {
    struct BackupView: Encodable {
        let name: String
        let bytes: Int64
        let takenAt: String
        /// Only for a backup just taken and verified.
        let entries: Int?
        let rootHash: String?

        init(_ backup: Backup) {
            name = backup.name
            bytes = backup.bytes
            takenAt = backup.takenAt.rfc3339
            entries = nil
            rootHash = nil
        }

        init(_ made: VerifiedBackup) {
            name = made.backup.name
            bytes = made.backup.bytes
            takenAt = made.backup.takenAt.rfc3339
            entries = made.entries
            rootHash = made.rootHash.hex
        }
    }
}

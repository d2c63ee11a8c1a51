import Foundation
import Ledger
@testable import Registry

/// A fresh data folder with a ledger and the registry opened on it, a manual clock,
/// and accounts hashing passwords cheaply unless a test asks for the real cost.
struct TestNode {
    let directory: TemporaryDirectory
    let folder: DataFolder
    let clock: ManualClock
    let node: Node

    var accounts: Accounts { node.accounts }
    var databasePath: String { folder.databasePath }

    static func make(configuration: AccountsConfiguration = .fast) async throws -> TestNode {
        let directory = try TemporaryDirectory()
        let folder = DataFolder(path: directory.path("data"))
        _ = try await folder.initialise(origin: "glocal.test/accounts", durability: .normal)
        let clock = ManualClock()
        let node = try await folder.openNode(durability: .normal, accounts: configuration, clock: clock.function)
        return TestNode(directory: directory, folder: folder, clock: clock, node: node)
    }

    /// The same folder opened again, as after a restart.
    func reopened(configuration: AccountsConfiguration = .fast) async throws -> TestNode {
        let node = try await folder.openNode(durability: .normal, accounts: configuration, clock: clock.function)
        return TestNode(directory: directory, folder: folder, clock: clock, node: node)
    }

    /// The column `name` of every row `sql` selects, read from the file directly, as
    /// someone holding a copy of it would.
    func column(_ name: String, _ sql: String) throws -> [String] {
        let connection = try SQLiteConnection(path: databasePath, readOnly: true)
        return try connection.query(sql) { try $0.text(name) }
    }

    /// True when the bytes appear anywhere in the database or its write-ahead log.
    func filesContain(_ text: String) -> Bool {
        let needle = Data(text.utf8)
        return [databasePath, databasePath + "-wal"].contains { path in
            FileManager.default.contents(atPath: path)?.range(of: needle) != nil
        }
    }

    func remove() { directory.remove() }
}

extension AccountsConfiguration {
    /// About a millisecond per hash instead of a few tenths of a second.
    static var fast: AccountsConfiguration {
        var configuration = AccountsConfiguration()
        configuration.passwordHashing = Self.cheapScrypt
        return configuration
    }

    static var cheapScrypt: ScryptParameters {
        // 2^10 · 8 · 128 bytes = 1 MiB; always within the accepted range.
        (try? ScryptParameters(costExponent: 10, blockSize: 8, parallelism: 1)) ?? .owaspMinimum
    }
}

import Foundation
import Ledger
import Registry
import Testing
@testable import Server

/// The real application over a real node (ledger, registry, accounts) in a temporary
/// folder. Password hashing uses a low scrypt cost so tests can sign in many times.
struct TestApplication {
    let directory: TemporaryDirectory
    let node: Node
    let application: GlocalApplication

    static func make(log: LogSink = .discard, origin: String = "test.glocal.example/ledger",
                     configure: (inout AccountsConfiguration) -> Void = { _ in }) async throws -> TestApplication {
        let directory = try TemporaryDirectory()
        let folder = DataFolder(path: directory.path("node"))
        _ = try await folder.initialise(origin: origin, durability: .normal)
        var accounts = AccountsConfiguration.standard
        accounts.passwordHashing = try ScryptParameters(costExponent: 10, blockSize: 8, parallelism: 1)
        configure(&accounts)
        let node = try await folder.openNode(durability: .normal, accounts: accounts)
        return TestApplication(directory: directory, node: node,
                               application: try GlocalApplication(node: node, log: log))
    }

    var router: Router { application.router }

    /// Removes the folder, and fails the test if a keyed create stored its answer only
    /// after its write (a crash between the two would strand the client's retry).
    func remove() {
        directory.remove()
        let late = application.metrics.idempotentAnswersStoredAfterWrite
        if !late.isEmpty { Issue.record("keyed creates answered after their write: \(late.sorted { $0.key < $1.key })") }
    }
}

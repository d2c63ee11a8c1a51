import Foundation
import Ledger
import Registry
@testable import Server

/// The real application over a real node (ledger, registry, accounts) in a temporary
/// folder. Password hashing uses a low scrypt cost so tests can sign in many times.
struct TestApplication {
    let directory: TemporaryDirectory
    let node: Node
    let application: GlocalApplication

    static func make(log: LogSink = .discard,
                     configure: (inout AccountsConfiguration) -> Void = { _ in }) async throws -> TestApplication {
        let directory = try TemporaryDirectory()
        let folder = DataFolder(path: directory.path("node"))
        _ = try await folder.initialise(origin: "test.glocal.example/ledger", durability: .normal)
        var accounts = AccountsConfiguration.standard
        accounts.passwordHashing = try ScryptParameters(costExponent: 10, blockSize: 8, parallelism: 1)
        configure(&accounts)
        let node = try await folder.openNode(durability: .normal, accounts: accounts)
        return TestApplication(directory: directory, node: node,
                               application: try GlocalApplication(node: node, log: log))
    }

    var router: Router { application.router }

    func remove() {
        directory.remove()
    }
}

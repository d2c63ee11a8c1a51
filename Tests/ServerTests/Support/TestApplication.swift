import Foundation
import Ledger
@testable import Server

/// The real application over a real ledger in a temporary folder.
struct TestApplication {
    let directory: TemporaryDirectory
    let ledger: Ledger
    let application: GlocalApplication

    static func make() async throws -> TestApplication {
        let directory = try TemporaryDirectory()
        let ledger = try await Ledger.create(at: directory.path("glocal.sqlite"), origin: "test.glocal.example/ledger",
                                             nodeKey: Ed25519PrivateKey.generate(), durability: .normal)
        return TestApplication(directory: directory, ledger: ledger,
                               application: try GlocalApplication(ledger: ledger, log: .discard))
    }

    func remove() {
        directory.remove()
    }
}

import Ledger
import Registry
import TestSupport

@testable import Server

/// A town's node served on a loopback port, for tests of nodes that talk to each other.
struct LoopbackTown {
    let app: TestApplication
    let server: TestServer
    var node: Node { app.node }
    var origin: String { node.ledger.origin }
    /// The node's address, as another node follows it.
    var url: String { "http://127.0.0.1:\(server.port)" }
    /// Its witness's submission prefix (C2SP tlog-witness).
    var witnessURL: String { url + WitnessRoutes.prefix }

    /// The same node served again on a new port, as after it was down.
    func restarted() throws -> LoopbackTown {
        LoopbackTown(app: app, server: try TestServer.start(app.router))
    }

    /// Towns named `names` (their origins `<name>.glocal.example/log`), each witnessing
    /// all the others and asking them to cosign its checkpoints.
    static func witnessingEachOther(_ names: [String]) async throws -> [LoopbackTown] {
        var towns: [LoopbackTown] = []
        for name in names {
            let app = try await TestApplication.make(origin: "\(name).glocal.example/log")
            towns.append(LoopbackTown(app: app, server: try TestServer.start(app.router)))
        }
        for town in towns {
            for other in towns where other.origin != town.origin {
                try await other.node.witnessing.follow(verifierKey: town.node.ledger.noteVerifier.verifierKey)
                try await town.node.witnesses.add(url: other.witnessURL, verifierKey: try other.node.witnessing.cosigner().verifier.verifierKey)
            }
        }
        return towns
    }
}

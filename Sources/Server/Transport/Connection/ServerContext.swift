import Synchronization

/// What all connections of one server share: the responder, the configuration, the
/// count of open connections and whether the server is draining for shutdown.
final class ServerContext: Sendable {
    let responder: any HTTPResponder
    let configuration: ServerConfiguration
    let openConnections = Atomic<Int>(0)
    let draining = Atomic<Bool>(false)

    init(responder: any HTTPResponder, configuration: ServerConfiguration) {
        self.responder = responder
        self.configuration = configuration
    }

    var isDraining: Bool { draining.load(ordering: .relaxed) }
}

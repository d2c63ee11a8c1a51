import Synchronization

/// What all connections of one server share: the responder, the configuration, the
/// count of open connections and whether the server is draining for shutdown.
final class ServerContext: Sendable {
    let responder: any HTTPResponder
    let configuration: ServerConfiguration
    let openConnections = Atomic<Int>(0)
    let draining = Atomic<Bool>(false)
    /// The event loops, in turn to receive the next accepted connection (round-robin), so
    /// that connections arriving together spread evenly over the loops, whichever accepts.
    let loops = Mutex<[LoopConnections]>([])
    private let acceptTurn = Atomic<Int>(0)

    init(responder: any HTTPResponder, configuration: ServerConfiguration) {
        self.responder = responder
        self.configuration = configuration
    }

    var isDraining: Bool { draining.load(ordering: .relaxed) }

    /// The loop whose turn it is to own the next accepted connection.
    func loopForNextConnection() -> LoopConnections? {
        let turn = acceptTurn.add(1, ordering: .relaxed).oldValue
        return loops.withLock { $0.isEmpty ? nil : $0[turn % $0.count] }
    }
}

import Foundation
import Synchronization

/// Glocal's HTTP/1.1 server: one listening socket shared by a few event-loop threads,
/// each owning its connections. `start()` binds and returns at once; `shutdown()`
/// stops accepting, lets in-flight requests finish (up to the grace period) and closes.
public final class HTTPServer: Sendable {
    private let context: ServerContext
    private let state = Mutex<State>(State())

    private struct State {
        var port: Int?
        var loops: [LoopConnections] = []
        var runningLoops = 0
        var stopRequested = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    public init(configuration: ServerConfiguration, responder: any HTTPResponder) {
        context = ServerContext(responder: responder, configuration: configuration)
    }

    /// The port the server listens on (the kernel's choice when configured with 0).
    public var port: Int? { state.withLock { $0.port } }

    public var openConnections: Int { context.openConnections.load(ordering: .relaxed) }

    /// How many connections each event loop owns, in loop order.
    func connectionsPerLoop() async -> [Int] {
        var counts: [Int] = []
        for loop in state.withLock({ $0.loops }) { counts.append(await loop.count) }
        return counts
    }

    /// Whether `shutdown()` has begun.
    public var isShuttingDown: Bool { context.isDraining }

    /// Loads the TLS certificate and key if configured, binds the socket and starts the
    /// event loops. Throws `TLSError` for an unusable certificate or key (before binding)
    /// and `SocketError` when the address cannot be listened on.
    @discardableResult
    public func start() throws -> Int {
        let configuration = context.configuration
        FileDescriptorLimit.raise(toward: configuration.maxConnections + 64)
        let tls = try configuration.tls.map { configuration throws(TLSError) in try TLSContext(configuration: configuration) }
        let listener = try ListeningSocket(host: configuration.host, port: configuration.port)
        var loops: [LoopConnections] = []
        do {
            for _ in 0..<configuration.loopCount {
                loops.append(try LoopConnections(loop: EventLoop(), server: context, listener: listener, tls: tls))
            }
        } catch {
            listener.close()
            throw error
        }
        context.loops.withLock { $0 = loops }
        state.withLock {
            $0.port = listener.port
            $0.loops = loops
            $0.runningLoops = loops.count
        }
        for (index, connections) in loops.enumerated() {
            let thread = Thread { [self] in
                self.run(connections)
                if index == 0 { listener.close() }
            }
            thread.name = "glocal-http-\(index)"
            thread.start()
        }
        return listener.port
    }

    private func run(_ connections: LoopConnections) {
        let loop = connections.loop
        let tick: Int32 = 250
        var drainDeadline: UInt64?
        loop.run(tickMilliseconds: tick) { event in
            connections.assumeIsolated { $0.handle(event) }
        } tick: {
            connections.assumeIsolated { $0.tick() }
        } shouldStop: {
            guard context.isDraining else { return false }
            let now = MonotonicTime.now()
            let deadline = drainDeadline ?? now + MonotonicTime.nanoseconds(context.configuration.shutdownGracePeriod)
            if drainDeadline == nil {
                drainDeadline = deadline
                connections.assumeIsolated { $0.stopListening(); $0.tick() }
            }
            if now >= deadline { connections.assumeIsolated { $0.closeAll() } }
            return connections.assumeIsolated { $0.isEmpty }
        }
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.runningLoops -= 1
            guard state.runningLoops == 0 else { return [] }
            state.loops.removeAll()
            context.loops.withLock { $0.removeAll() }
            let waiting = state.waiters
            state.waiters.removeAll()
            return waiting
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Graceful shutdown; returns when every loop has stopped.
    public func shutdown() async {
        let loops = state.withLock { $0.loops }
        context.draining.store(true, ordering: .relaxed)
        for connections in loops { connections.loop.wake() }
        await withCheckedContinuation { continuation in
            let done = state.withLock { state -> Bool in
                if state.runningLoops == 0 { return true }
                state.waiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }
}

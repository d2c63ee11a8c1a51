/// The connections of one event loop, isolated to that loop's thread: accepts new
/// ones, routes readiness events and handler results to them, and runs their timers.
actor LoopConnections {
    nonisolated let loop: EventLoop
    nonisolated let server: ServerContext
    private let listener: ListeningSocket
    /// Set when the server speaks HTTPS: every accepted connection gets a session of it.
    private let tls: TLSContext?
    private var connections: [Int32: HTTPConnection] = [:]
    private var connectionIDs: [UInt64: Int32] = [:]
    private var nextConnectionID: UInt64 = 0
    private var isListening = true
    private var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)
    /// The `Date` header value, refreshed every tick.
    private(set) var date = HTTPDate.now()

    nonisolated var unownedExecutor: UnownedSerialExecutor { loop.asUnownedSerialExecutor() }

    init(loop: EventLoop, server: ServerContext, listener: ListeningSocket, tls: TLSContext?) throws(SocketError) {
        self.loop = loop
        self.server = server
        self.listener = listener
        self.tls = tls
        try loop.epoll.add(listener.descriptor, [.readable, .exclusive])
    }

    var isEmpty: Bool { connections.isEmpty }

    var count: Int { connections.count }

    func handle(_ event: Epoll.Event) {
        if event.descriptor == listener.descriptor {
            acceptWaitingConnections()
            return
        }
        guard let connection = connections[event.descriptor] else { return }
        let now = MonotonicTime.now()
        let readWaitsForWritability = connection.readWaitsForWritability
        let writeWaitsForReadability = connection.writeWaitsForReadability
        if event.readable || event.hangup || (event.writable && readWaitsForWritability) {
            readBuffer.withUnsafeMutableBytes { connection.readable(into: $0, owner: self, now: now) }
        }
        if (event.writable || (event.readable && writeWaitsForReadability)) && !connection.isClosed {
            connection.writable(owner: self, now: now)
        }
        if event.hangup && !event.readable { connection.close() }
        settle(connection)
    }

    /// Accepts what waits on the listening socket and gives each connection to the loop
    /// whose turn it is, this one or another.
    private func acceptWaitingConnections() {
        guard isListening else { return }
        for _ in 0..<64 {
            guard let socket = listener.accept() else { return }
            guard server.openConnections.add(1, ordering: .relaxed).newValue <= server.configuration.maxConnections else {
                server.openConnections.subtract(1, ordering: .relaxed)
                socket.close()
                continue
            }
            guard let owner = server.loopForNextConnection(), owner !== self else {
                adopt(socket)
                continue
            }
            Task(executorPreference: owner.loop.tasks) { await owner.adopt(socket) }
        }
    }

    /// Makes `socket`, just accepted and counted, a connection of this loop.
    private func adopt(_ socket: Socket) {
        socket.setNoDelay()
        guard !server.isDraining, let transport = transport(for: socket) else {
            socket.close()
            server.openConnections.subtract(1, ordering: .relaxed)
            return
        }
        let connection = HTTPConnection(id: nextConnectionID, socket: socket, transport: transport,
                                        configuration: server.configuration, now: MonotonicTime.now())
        nextConnectionID += 1
        do {
            try loop.epoll.add(socket.descriptor, .readable)
        } catch {
            connection.close()
            server.openConnections.subtract(1, ordering: .relaxed)
            return
        }
        connections[socket.descriptor] = connection
        connectionIDs[connection.id] = socket.descriptor
    }

    /// A plain socket, or a new TLS session on it; nil if libssl cannot make one.
    private func transport(for socket: Socket) -> ConnectionTransport? {
        guard let tls else { return .plain(socket) }
        guard let session = try? TLSSession(context: tls, socket: socket) else { return nil }
        return .tls(session)
    }

    func complete(connection id: UInt64, slot: UInt64, with response: HTTPResponse) {
        guard let connection = connection(id) else { return }
        connection.complete(slot: slot, with: response, owner: self, now: MonotonicTime.now())
        settle(connection)
    }

    func writeChunk(_ bytes: [UInt8], connection id: UInt64, slot: UInt64) async throws {
        guard let connection = connection(id) else { throw HTTPBodyStreamWriter.Closed() }
        defer { settle(connection) }
        try await connection.appendChunk(bytes, slot: slot, owner: self, now: MonotonicTime.now())
    }

    func finishStream(connection id: UInt64, slot: UInt64) {
        guard let connection = connection(id) else { return }
        connection.finishStream(slot: slot, owner: self, now: MonotonicTime.now())
        settle(connection)
    }

    func tick() {
        date = HTTPDate.now()
        let now = MonotonicTime.now()
        for connection in Array(connections.values) {
            connection.checkDeadlines(now: now, owner: self)
            forgetIfClosed(connection)
        }
    }

    /// Stops accepting; idle connections close at the next tick, busy ones after their answer.
    func stopListening() {
        guard isListening else { return }
        isListening = false
        loop.epoll.remove(listener.descriptor)
    }

    func closeAll() {
        for connection in Array(connections.values) {
            connection.close()
            forgetIfClosed(connection)
        }
    }

    private func connection(_ id: UInt64) -> HTTPConnection? {
        guard let descriptor = connectionIDs[id], let connection = connections[descriptor], connection.id == id else {
            return nil
        }
        return connection
    }

    /// After anything that may have let a connection read again (a read, a freed
    /// pipeline slot): reads the plaintext a TLS session already holds, which no epoll
    /// event will announce, then forgets the connection if it closed. One read takes a
    /// whole record (16 KiB at most, the buffer holds 64), so the bound only guards
    /// against spinning on a session that reports bytes it does not yield.
    private func settle(_ connection: HTTPConnection) {
        var reads = 0
        while reads < 8 && connection.hasUnreadPlaintext {
            readBuffer.withUnsafeMutableBytes { connection.readable(into: $0, owner: self, now: MonotonicTime.now()) }
            reads += 1
        }
        forgetIfClosed(connection)
    }

    private func forgetIfClosed(_ connection: HTTPConnection) {
        guard connection.isClosed, connections[connection.socket.descriptor] === connection else { return }
        connections[connection.socket.descriptor] = nil
        connectionIDs[connection.id] = nil
        server.openConnections.subtract(1, ordering: .relaxed)
    }
}

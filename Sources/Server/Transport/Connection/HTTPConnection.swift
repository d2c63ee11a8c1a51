/// One client connection: reads bytes into the parser, starts a handler task per
/// complete request, and writes the answers back in order. It is only ever touched by
/// its event loop's `LoopConnections` actor, so it needs no locks.
final class HTTPConnection {
    let id: UInt64
    let socket: Socket
    private let transport: ConnectionTransport
    let remoteAddress: String
    private let configuration: ServerConfiguration
    private var parser: HTTPRequestParser
    private var pendingHead: HTTPRequestHead?
    private var slots: [ResponseSlot] = []
    private var nextSlotID: UInt64 = 0
    private var outbound: [UInt8] = []
    private var outboundStart = 0
    private var interest: Epoll.Interest = .readable
    private var stopsReading = false
    private var closesAfterWrite = false
    private var requestStartedAt: UInt64?
    private var lastReadProgress: UInt64
    private var lastWriteProgress: UInt64
    private var writersWaitingForDrain: [CheckedContinuation<Void, any Error>] = []
    /// The tasks producing streamed answers, by slot. A stream may never end by itself (an
    /// event stream), so it is cancelled when its client goes or the server drains.
    private var producers: [UInt64: Task<Void, Never>] = [:]
    /// Set once the last response is sent and our side is shut: until then, what the
    /// client still sends is read and dropped, so the kernel does not answer it with a
    /// reset that could destroy the response in flight (a "lingering close").
    private var lingerDeadline: UInt64?
    static let lingerSeconds = 2.0
    private(set) var isClosed = false

    /// Stream producers pause while this much is queued for a slow reader.
    static let streamHighWater = 256 * 1024

    init(id: UInt64, socket: Socket, transport: ConnectionTransport, configuration: ServerConfiguration, now: UInt64) {
        self.id = id
        self.socket = socket
        self.transport = transport
        self.remoteAddress = socket.peerAddress()
        self.configuration = configuration
        self.parser = HTTPRequestParser(limits: configuration.parserLimits)
        self.lastReadProgress = now
        self.lastWriteProgress = now
        // A new connection must start its first request within the header-read timeout;
        // under TLS the handshake counts as part of it.
        self.requestStartedAt = now
    }

    // MARK: Reading

    func readable(into buffer: UnsafeMutableRawBufferPointer, owner: isolated LoopConnections, now: UInt64) {
        if lingerDeadline != nil {
            if case .closed = socket.read(into: buffer) { close() }
            return
        }
        guard !isClosed, !stopsReading else { return }
        switch transport.read(into: buffer) {
        case let .bytes(count):
            if requestStartedAt == nil && pendingHead == nil && parser.isIdle { requestStartedAt = now }
            parser.receive(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            lastReadProgress = now
            processBufferedRequests(owner: owner, now: now)
        case .wouldBlock:
            // Under TLS the read may now be waiting for writability instead.
            if transport.isSecure { updateInterest(owner: owner) }
        case .closed:
            stopsReading = true
            if slots.isEmpty { close() } else { updateInterest(owner: owner) }
        }
    }

    /// Decrypted bytes wait inside OpenSSL, unseen by epoll, while the connection wants
    /// to read: its loop must read again without an event.
    var hasUnreadPlaintext: Bool {
        transport.hasBufferedPlaintext && !isClosed && lingerDeadline == nil && !stopsReading
            && slots.count < configuration.maxPipelinedRequests
    }

    /// Under TLS a read may wait for the socket to become writable, and a write for it
    /// to become readable; the loop then runs the waiting direction on that event.
    var readWaitsForWritability: Bool { transport.readWaitsForWritability }
    var writeWaitsForReadability: Bool { transport.writeWaitsForReadability }

    /// Turns buffered bytes into requests until the parser needs more, the pipeline is
    /// full, or the connection stops reading.
    private func processBufferedRequests(owner: isolated LoopConnections, now: UInt64) {
        while !stopsReading && slots.count < configuration.maxPipelinedRequests {
            let event: HTTPParserEvent?
            do {
                event = try parser.next()
            } catch {
                refuse(ProblemDetails.plain(error.status, detail: error.detail), now: now)
                break
            }
            guard let event else { break }
            switch event {
            case let .head(head):
                accept(head, owner: owner, now: now)
            case let .body(body):
                guard let head = pendingHead else { break }
                pendingHead = nil
                requestStartedAt = parser.isIdle ? nil : now
                dispatch(HTTPRequest(head: head, body: body, remoteAddress: remoteAddress, isSecure: transport.isSecure),
                         owner: owner, now: now)
            }
        }
        flush(owner: owner, now: now)
    }

    private func accept(_ head: HTTPRequestHead, owner: isolated LoopConnections, now: UInt64) {
        if head.headers.contains("Expect") && !head.expectsContinue {
            refuse(.plain(.expectationFailed, detail: "The only expectation this server meets is '100-continue'."), now: now)
            return
        }
        let limit = owner.server.responder.bodyLimit(for: head)
        if head.expectsContinue && slots.isEmpty && fits(head.framing, limit) && head.version == .http1_1 {
            queueOutbound(HTTPResponseEncoder.continueResponse)
        }
        parser.acceptBody(maximumLength: limit)
        pendingHead = head
    }

    private func fits(_ framing: HTTPBodyFraming, _ limit: Int) -> Bool {
        switch framing {
        case .none: return false
        case let .contentLength(length): return length <= limit
        case .chunked: return true
        }
    }

    private func dispatch(_ request: HTTPRequest, owner: isolated LoopConnections, now: UInt64) {
        let keepAlive = request.head.keepAlive && !owner.server.isDraining
        let slot = ResponseSlot(id: nextSlotID, isHeadRequest: request.method == .head, closesConnection: !keepAlive,
                                isHTTP1_0: request.head.version == .http1_0)
        nextSlotID += 1
        slots.append(slot)
        if !keepAlive { stopsReading = true }
        let responder = owner.server.responder
        let connectionID = id
        Task(executorPreference: owner.loop.tasks) {
            let response = await responder.respond(to: request)
            await owner.complete(connection: connectionID, slot: slot.id, with: response)
        }
    }

    /// Answers a request that cannot be handled (malformed, timed out) and closes.
    private func refuse(_ problem: ProblemDetails, now: UInt64) {
        stopsReading = true
        var slot = ResponseSlot(id: nextSlotID, isHeadRequest: false, closesConnection: true, isHTTP1_0: false)
        nextSlotID += 1
        let response = problem.response()
        slot.state = .ready(encode(response, body: response.bodyBytes, slot: slot, date: HTTPDate.now()))
        slots.append(slot)
    }

    // MARK: Answering

    func complete(slot id: UInt64, with response: HTTPResponse, owner: isolated LoopConnections, now: UInt64) {
        guard !isClosed, let index = slots.firstIndex(where: { $0.id == id }) else { return }
        if owner.server.isDraining { slots[index].closesConnection = true }
        let slot = slots[index]
        switch response.body {
        case let .bytes(body):
            slots[index].state = .ready(encode(response, body: body, slot: slot, date: owner.date))
        case let .stream(produce):
            let head = HTTPResponseEncoder.streamHead(response, framing: framing(for: slot, date: owner.date))
            guard !slot.isHeadRequest && HTTPResponseEncoder.allowsBody(response.status) else {
                slots[index].state = .ready(head)
                break
            }
            slots[index].state = .streaming(pending: head, finished: false)
            let writer = HTTPBodyStreamWriter(owner: owner, connection: self.id, slot: id)
            producers[id] = Task(executorPreference: owner.loop.tasks) {
                try? await produce(writer)
                await owner.finishStream(connection: writer.connection, slot: writer.slot)
            }
        }
        flush(owner: owner, now: now)
    }

    func appendChunk(_ bytes: [UInt8], slot id: UInt64, owner: isolated LoopConnections, now: UInt64) async throws {
        guard !isClosed, let index = slots.firstIndex(where: { $0.id == id }),
              case .streaming(var pending, false) = slots[index].state else { throw HTTPBodyStreamWriter.Closed() }
        pending.append(contentsOf: HTTPResponseEncoder.chunk(bytes))
        slots[index].state = .streaming(pending: pending, finished: false)
        flush(owner: owner, now: now)
        if queuedByteCount > Self.streamHighWater {
            try await withCheckedThrowingContinuation { writersWaitingForDrain.append($0) }
        }
    }

    func finishStream(slot id: UInt64, owner: isolated LoopConnections, now: UInt64) {
        producers[id] = nil
        guard !isClosed, let index = slots.firstIndex(where: { $0.id == id }),
              case .streaming(var pending, false) = slots[index].state else { return }
        pending.append(contentsOf: HTTPResponseEncoder.lastChunk)
        slots[index].state = .streaming(pending: pending, finished: true)
        flush(owner: owner, now: now)
    }

    private var queuedByteCount: Int {
        outbound.count - outboundStart
    }

    private func framing(for slot: ResponseSlot, date: String) -> HTTPResponseEncoder.Framing {
        HTTPResponseEncoder.Framing(isHeadRequest: slot.isHeadRequest, closeConnection: slot.closesConnection,
                                    http1_0KeepAlive: slot.isHTTP1_0 && !slot.closesConnection, date: date)
    }

    private func encode(_ response: HTTPResponse, body: [UInt8], slot: ResponseSlot, date: String) -> [UInt8] {
        HTTPResponseEncoder.encode(response, body: body, framing: framing(for: slot, date: date))
    }

    /// Moves every answer that is next in order to the outbound buffer and writes it.
    private func flush(owner: isolated LoopConnections, now: UInt64) {
        var freedSlots = false
        drain: while let first = slots.first {
            switch first.state {
            case .waiting:
                break drain
            case let .ready(bytes):
                queueOutbound(bytes)
            case let .streaming(pending, finished):
                queueOutbound(pending)
                guard finished else {
                    slots[0].state = .streaming(pending: [], finished: false)
                    break drain
                }
            }
            slots.removeFirst()
            freedSlots = true
            if first.closesConnection {
                closesAfterWrite = true
                stopsReading = true
                slots.removeAll()
            }
        }
        writeOutbound(now: now)
        guard !isClosed else { return }
        if freedSlots && !stopsReading && slots.count < configuration.maxPipelinedRequests && parser.bufferedByteCount > 0 {
            processBufferedRequests(owner: owner, now: now)
            return
        }
        updateInterest(owner: owner)
    }

    private func queueOutbound(_ bytes: [UInt8]) {
        if outboundStart == outbound.count {
            outbound.removeAll(keepingCapacity: true)
            outboundStart = 0
        }
        outbound.append(contentsOf: bytes)
    }

    func writable(owner: isolated LoopConnections, now: UInt64) {
        writeOutbound(now: now)
        if !isClosed { updateInterest(owner: owner) }
    }

    private func writeOutbound(now: UInt64) {
        while outboundStart < outbound.count {
            let result = outbound.withUnsafeBytes { transport.write(UnsafeRawBufferPointer(rebasing: $0[outboundStart...])) }
            switch result {
            case let .bytes(count):
                outboundStart += count
                lastWriteProgress = now
            case .wouldBlock:
                return
            case .closed:
                close()
                return
            }
        }
        outbound.removeAll(keepingCapacity: outbound.capacity <= 64 * 1024)
        outboundStart = 0
        resumeWriters()
        if closesAfterWrite && lingerDeadline == nil {
            transport.shutdownWrite()
            lingerDeadline = now + MonotonicTime.nanoseconds(Self.lingerSeconds)
        }
    }

    private func resumeWriters() {
        let waiting = writersWaitingForDrain
        writersWaitingForDrain.removeAll()
        for writer in waiting { writer.resume() }
    }

    private func updateInterest(owner: isolated LoopConnections) {
        var wanted: Epoll.Interest = []
        if lingerDeadline != nil { wanted = .readable }
        if !stopsReading && slots.count < configuration.maxPipelinedRequests { wanted.insert(.readable) }
        if outboundStart < outbound.count { wanted.insert(.writable) }
        if slots.isEmpty && stopsReading && outboundStart == outbound.count && !closesAfterWrite && lingerDeadline == nil {
            close()
            return
        }
        if lingerDeadline == nil { wanted = transport.interest(for: wanted) }
        guard wanted != interest else { return }
        interest = wanted
        try? owner.loop.epoll.modify(socket.descriptor, wanted)
    }

    // MARK: Time and shutdown

    /// Applies the header-read, request-read, idle and write timeouts.
    func checkDeadlines(now: UInt64, owner: isolated LoopConnections) {
        guard !isClosed else { return }
        if owner.server.isDraining { cancelProducers() }
        if let lingerDeadline {
            if now >= lingerDeadline || owner.server.isDraining { close() }
            return
        }
        let pipelineFull = slots.count >= configuration.maxPipelinedRequests
        if let started = requestStartedAt, !stopsReading, !pipelineFull {
            let limit = pendingHead == nil ? configuration.headerReadTimeout : configuration.requestReadTimeout
            if now &- started > MonotonicTime.nanoseconds(limit) {
                requestStartedAt = nil
                // A TLS client that never finished its handshake cannot be sent a 408.
                guard transport.isEstablished else {
                    close()
                    return
                }
                refuse(.plain(.requestTimeout, detail: "The request was not received within \(Int(limit)) seconds."), now: now)
                flush(owner: owner, now: now)
                return
            }
        }
        let quiet = slots.isEmpty && requestStartedAt == nil && outboundStart == outbound.count
        if quiet && (owner.server.isDraining || now &- max(lastReadProgress, lastWriteProgress) > MonotonicTime.nanoseconds(configuration.idleTimeout)) {
            close()
        } else if outboundStart < outbound.count && now &- lastWriteProgress > MonotonicTime.nanoseconds(configuration.writeTimeout) {
            close()
        }
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        transport.release()
        socket.close()
        let waiting = writersWaitingForDrain
        writersWaitingForDrain.removeAll()
        for writer in waiting { writer.resume(throwing: HTTPBodyStreamWriter.Closed()) }
        cancelProducers()
    }

    /// Ends every stream being produced: each producer sees its task cancelled, stops,
    /// and its stream is finished as if it had ended by itself.
    private func cancelProducers() {
        for producer in producers.values { producer.cancel() }
        producers.removeAll()
    }
}

extension HTTPResponse {
    /// The complete body's bytes (empty for a stream).
    var bodyBytes: [UInt8] {
        if case let .bytes(bytes) = body { return bytes }
        return []
    }
}

import Ledger
import Registry

/// A figure of an event that viewers watch change (a Challenge's public leaderboard, an
/// investment session's totals), pushed to every viewer as Server-Sent Events.
///
/// A change never waits for the figure: it asks for a recomputation, which runs beside it
/// only while someone watches, at most once per `refreshInterval`; changes that arrive
/// meanwhile are folded into the next one, so a burst of marks or pledges costs two
/// computations, not one per change. With nobody watching a change costs nothing, and
/// the next viewer gets a fresh figure. Viewers get the current figure as soon as they
/// connect, and a comment every `keepAliveSeconds` so that proxies keep the connection open.
public actor LiveEventFeed {
    public typealias Render = @Sendable (EventID) async -> JSONValue?

    static let keepAliveSeconds = 15
    /// The shortest time between two recomputations of one event's figure.
    static let refreshInterval = Duration.milliseconds(200)

    /// The SSE `event:` name of every message.
    private let name: String
    private let render: Render
    private var viewers: [EventID: [Int: AsyncStream<[UInt8]>.Continuation]] = [:]
    private var latest: [EventID: [UInt8]] = [:]
    private var running: Set<EventID> = []
    private var again: Set<EventID> = []
    private var nextViewer = 0

    public init(name: String, render: @escaping Render) {
        self.name = name
        self.render = render
    }

    /// The number of connected viewers of `event`.
    public func viewerCount(of event: EventID) -> Int {
        viewers[event]?.count ?? 0
    }

    /// The answer of a stream route: the current figure now, then after every change.
    nonisolated func stream(of event: EventID) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.set("Content-Type", "text/event-stream")
        headers.set("Cache-Control", "no-store")
        return HTTPResponse(headers: headers, body: .stream { writer in
            let messages = await self.subscribe(to: event)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await message in messages { try await writer.write(message) }
                }
                group.addTask {
                    while true {
                        try await Task.sleep(for: .seconds(Self.keepAliveSeconds))
                        try await writer.write(": keep-alive\n\n")
                    }
                }
                try await group.next()
                group.cancelAll()
            }
        })
    }

    /// A stream of SSE messages for `event`, starting with the current figure.
    func subscribe(to event: EventID) async -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(2))
        let id = nextViewer
        nextViewer += 1
        viewers[event, default: [:]][id] = continuation
        continuation.onTermination = { _ in
            Task { await self.unsubscribe(event, id) }
        }
        if let figure = latest[event] {
            continuation.yield(figure)
        } else {
            changed(event)
        }
        return stream
    }

    /// Says that `event`'s figure changed: its viewers get the new one shortly. Returns at
    /// once; with no viewer it only forgets the figure it last sent.
    public func changed(_ event: EventID) {
        guard viewers[event]?.isEmpty == false else {
            latest[event] = nil
            return
        }
        guard !running.contains(event) else {
            again.insert(event)
            return
        }
        running.insert(event)
        Task { await refresh(event) }
    }

    private func refresh(_ event: EventID) async {
        while true {
            again.remove(event)
            if let figure = await render(event), let json = try? figure.canonicalBytes() {
                let message = Array("event: \(name)\ndata: ".utf8) + json + Array("\n\n".utf8)
                latest[event] = message
                for viewer in viewers[event, default: [:]].values { viewer.yield(message) }
            }
            guard again.contains(event), viewers[event]?.isEmpty == false else { break }
            try? await Task.sleep(for: Self.refreshInterval)
        }
        running.remove(event)
    }

    private func unsubscribe(_ event: EventID, _ id: Int) {
        viewers[event]?[id] = nil
        if viewers[event]?.isEmpty == true { viewers[event] = nil }
    }
}

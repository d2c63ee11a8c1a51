import Ledger
import Registry

/// The live public leaderboards, pushed to every viewer as Server-Sent Events.
///
/// A change (a mark, a freeze, a tie decision, sealing) asks for one recomputation; changes
/// that arrive while one is running are folded into the next, so a burst of marks costs
/// two computations, not one per mark, and every viewer gets the board within the time
/// of one. Viewers get the current board as soon as they connect.
public actor ChallengeBoardFeed {
    private let challenges: Challenges
    private var viewers: [EventID: [Int: AsyncStream<[UInt8]>.Continuation]] = [:]
    private var latest: [EventID: [UInt8]] = [:]
    private var running: Set<EventID> = []
    private var again: Set<EventID> = []
    private var nextViewer = 0

    public init(challenges: Challenges) {
        self.challenges = challenges
    }

    /// The number of connected viewers of `event`'s board.
    public func viewerCount(of event: EventID) -> Int {
        viewers[event]?.count ?? 0
    }

    /// A stream of SSE messages for `event`, starting with the current board.
    func subscribe(to event: EventID) async -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(2))
        let id = nextViewer
        nextViewer += 1
        viewers[event, default: [:]][id] = continuation
        continuation.onTermination = { _ in
            Task { await self.unsubscribe(event, id) }
        }
        if let board = latest[event] {
            continuation.yield(board)
        } else {
            await changed(event)
        }
        return stream
    }

    /// Recomputes `event`'s public board and sends it to its viewers.
    public func changed(_ event: EventID) async {
        guard !running.contains(event) else {
            again.insert(event)
            return
        }
        running.insert(event)
        repeat {
            again.remove(event)
            if let message = await message(for: event) {
                latest[event] = message
                for viewer in viewers[event, default: [:]].values { viewer.yield(message) }
            }
        } while again.contains(event)
        running.remove(event)
    }

    private func message(for event: EventID) async -> [UInt8]? {
        guard let board = try? await challenges.leaderboard(of: event, respectingFreeze: true),
              let json = try? board.json.canonicalBytes() else { return nil }
        return Array("event: leaderboard\ndata: ".utf8) + json + Array("\n\n".utf8)
    }

    private func unsubscribe(_ event: EventID, _ id: Int) {
        viewers[event]?[id] = nil
        if viewers[event]?.isEmpty == true { viewers[event] = nil }
    }
}

import Ledger
import Synchronization

/// The live boards of a node's Challenges: each Challenge's marks kept in memory
/// (`LiveChallengeMarks`) and the public board frozen by staff, so that a board costs
/// the marks given since the last one, not a reading of them all. The public board is
/// scored at most once per `publicRefresh`, however many watch it while judges mark,
/// and while viewers keep coming it is scored beside them: the viewer who finds it due
/// starts one scoring apart and is served the board it replaces, as everyone is until
/// it is done, so no viewer's thread (nor the marks answered on it) waits for a scoring.
/// The committee's and staff's board is always current. Sealing does not use it: the
/// sealed table is computed from the stored marks alone.
final class ChallengeBoards: Sendable {
    private struct Frozen {
        let at: LedgerTime
        let chairOrder: [ChallengeTeamID]
        let board: ChallengeLeaderboard
    }

    private struct Shown {
        let at: ContinuousClock.Instant
        let board: ChallengeLeaderboard
        /// The board as canonical JSON, encoded once for every viewer who asks within the interval.
        let json: [UInt8]
    }

    private struct Held {
        var frozen: [EventID: Frozen] = [:]
        /// The public board as last scored, and when.
        var shown: [EventID: Shown] = [:]
        /// The Challenges whose public board is being scored apart from its viewers.
        var rescoring: Set<EventID> = []
    }

    /// What a viewer of the public board does.
    enum PublicTurn {
        /// Serves the board scored within `publicRefresh`.
        case serve(board: ChallengeLeaderboard, json: [UInt8])
        /// Serves the board last scored and starts scoring it apart (`rescored(_:)` when done).
        case serveAndRescore(board: ChallengeLeaderboard, json: [UInt8])
        /// Scores the board itself: none was scored lately enough to be served.
        case score
    }

    /// How long the public board is shown before it is scored again.
    static let publicRefresh = Duration.milliseconds(200)
    /// How much longer a board due to be scored again is served while it is scored.
    static let servedWhileRescoring = Duration.seconds(1)

    /// Challenges whose boards are held at once; beyond that, one is let go to make room.
    static let capacity = 8
    /// What viewers look up; never held while a board is scored.
    private let held = Mutex(Held())
    /// Where boards are scored.
    let scoring = BoardScoringExecutor()
    /// The read connection boards are scored on, their own: a scoring borrowing from the
    /// node's pool could wait for ever behind requests that hold its connections while they
    /// wait for this very board.
    let scoringReads: ReadConnectionPool

    init(path: String) {
        scoringReads = ReadConnectionPool(path: path, capacity: 1)
    }
    /// Each Challenge's marks in memory, held while they are brought up to date and scored.
    private let liveMarks = Mutex<[EventID: LiveChallengeMarks]>([:])

    /// What a viewer of `event`'s public board does: served the board scored lately, and
    /// the first who finds it due starts scoring it apart.
    func publicTurn(_ event: EventID) -> PublicTurn {
        let now = ContinuousClock.now
        return held.withLock { held in
            guard let shown = held.shown[event], now - shown.at < Self.publicRefresh + Self.servedWhileRescoring else { return .score }
            if now - shown.at < Self.publicRefresh || held.rescoring.contains(event) { return .serve(board: shown.board, json: shown.json) }
            held.rescoring.insert(event)
            return .serveAndRescore(board: shown.board, json: shown.json)
        }
    }

    /// Says that the scoring started by `publicTurn` is over, whether or not it succeeded.
    func rescored(_ event: EventID) {
        _ = held.withLock { $0.rescoring.remove(event) }
    }

    /// Remembers `board` as the public board just scored, with its canonical JSON.
    func showPublic(_ board: ChallengeLeaderboard, of event: EventID) throws -> [UInt8] {
        let json = try board.json.canonicalBytes()
        held.withLock { held in
            if held.shown.count >= Self.capacity, held.shown[event] == nil { held.shown.removeAll() }
            held.shown[event] = Shown(at: .now, board: board, json: json)
        }
        return json
    }

    /// Forgets the public board as last scored, after an act that changes it at once
    /// (a freeze, the chair's decision).
    func forgetPublic(_ event: EventID) {
        _ = held.withLock { $0.shown.removeValue(forKey: event) }
    }

    /// The board from the current marks, read in `store`'s transaction.
    func live(_ event: EventID, rules: ChallengeRules, teams: [(id: ChallengeTeamID, cityID: CityID)],
              chairOrder: [ChallengeTeamID], _ store: ChallengeStore) throws -> ChallengeLeaderboard {
        try liveMarks.withLock { live in
            var marks = live.removeValue(forKey: event).flatMap { $0.fits(rules: rules, teams: teams) ? $0 : nil }
                ?? LiveChallengeMarks(rules: rules, teams: teams)
            marks.apply(try store.markHistory(of: event, after: marks.lastSeq))
            let board = marks.leaderboard(chairOrder: chairOrder)
            if live.count >= Self.capacity, let any = live.keys.first { live[any] = nil }
            live[event] = marks
            return board
        }
    }

    /// The public board as it stood when staff froze it: computed once, since no mark can
    /// be entered at a time already past.
    func frozen(_ event: EventID, at time: LedgerTime, chairOrder: [ChallengeTeamID],
                compute: () throws -> ChallengeLeaderboard) throws -> ChallengeLeaderboard {
        if let kept = held.withLock({ $0.frozen[event] }), kept.at == time, kept.chairOrder == chairOrder { return kept.board }
        let board = try compute()
        held.withLock { held in
            if held.frozen.count >= Self.capacity { held.frozen.removeAll() }
            held.frozen[event] = Frozen(at: time, chairOrder: chairOrder, board: board)
        }
        return board
    }
}

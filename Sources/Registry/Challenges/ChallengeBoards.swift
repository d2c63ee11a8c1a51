import Ledger
import Synchronization

/// The live boards of a node's Challenges: each Challenge's marks kept in memory
/// (`LiveChallengeMarks`) and the public board frozen by staff, so that a board costs
/// the marks given since the last one, not a reading of them all. The public board is
/// scored at most once per `publicRefresh`, however many watch it while judges mark;
/// the committee's and staff's board is always current. Sealing does not use it: the
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
        var live: [EventID: LiveChallengeMarks] = [:]
        var frozen: [EventID: Frozen] = [:]
        /// The public board as last scored, and when.
        var shown: [EventID: Shown] = [:]
    }

    /// How long the public board is shown before it is scored again.
    static let publicRefresh = Duration.milliseconds(200)

    /// Challenges whose boards are held at once; beyond that, one is let go to make room.
    static let capacity = 8
    private let held = Mutex(Held())

    /// The public board and its canonical JSON if it was scored within `publicRefresh`.
    func recentPublic(_ event: EventID) -> (board: ChallengeLeaderboard, json: [UInt8])? {
        held.withLock { held in
            guard let shown = held.shown[event], ContinuousClock.now - shown.at < Self.publicRefresh else { return nil }
            return (shown.board, shown.json)
        }
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
        try held.withLock { held in
            var marks = held.live.removeValue(forKey: event).flatMap { $0.fits(rules: rules, teams: teams) ? $0 : nil }
                ?? LiveChallengeMarks(rules: rules, teams: teams)
            marks.apply(try store.markHistory(of: event, after: marks.lastSeq))
            let board = marks.leaderboard(chairOrder: chairOrder)
            if held.live.count >= Self.capacity, let any = held.live.keys.first { held.live[any] = nil }
            held.live[event] = marks
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

import Ledger
import Synchronization

/// The live boards of a node's Challenges: each Challenge's marks kept in memory
/// (`LiveChallengeMarks`) and the public board frozen by staff, so that a viewer's board
/// costs the marks given since the last one, not a reading of them all. Sealing does not
/// use it: the sealed table is computed from the stored marks alone.
final class ChallengeBoards: Sendable {
    private struct Frozen {
        let at: LedgerTime
        let chairOrder: [ChallengeTeamID]
        let board: ChallengeLeaderboard
    }

    private struct Held {
        var live: [EventID: LiveChallengeMarks] = [:]
        var frozen: [EventID: Frozen] = [:]
    }

    /// Challenges whose boards are held at once; beyond that, one is let go to make room.
    static let capacity = 8
    private let held = Mutex(Held())

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

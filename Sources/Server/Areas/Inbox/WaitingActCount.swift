import Ledger
import Registry
import Synchronization

/// How many acts wait for the signed-in reader of a page, counted once per page request
/// by `WaitingActCountMiddleware` so that the header of every page can show it.
enum WaitingActCount {
    @TaskLocal static var current: Int?

    /// The header's link to what waits for the reader, with their count.
    static func link(_ count: Int, language: Language) -> HTML {
        .tag("a", [("href", "/my/inbox"), ("class", count > 0 ? "waiting" : "waiting none")], .text("\(language(.waitingCount)): \(count)"))
    }
}

/// Counts the acts waiting for a signed-in reader of a page or of a form (whose refusal is
/// a page too), not of the JSON API, which has its own route for them: for the header.
/// A reader's count is kept until the database next changes, and a second at most (a
/// commit may land between the request's snapshot and its reading of the commit count),
/// so that reading pages one after another does not count again what cannot have changed.
struct WaitingActCountMiddleware: Middleware {
    let waitingActs: WaitingActs
    let members: Members
    let commits: CommitCounter
    private let counted = Counted()

    /// Whose count: an account with its roles (a role granted changes what waits).
    private struct CountedFor: Hashable {
        let accountID: String
        let roles: Set<Role>
    }

    /// The counts kept, each with the commit count it was counted at.
    private final class Counted: Sendable {
        let kept = Mutex<[CountedFor: (commits: UInt64, at: ContinuousClock.Instant, count: Int)]>([:])
    }

    /// At most this many readers' counts are kept; past it, the kept ones are dropped.
    static let capacity = 4096

    init(waitingActs: WaitingActs, members: Members, commits: CommitCounter) {
        self.waitingActs = waitingActs
        self.members = members
        self.commits = commits
    }

    func applies(to route: Route) -> Bool {
        route.tag == "pages"
    }

    func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        guard context.route.tag == "pages", let actor = context.actor else { return try await next(context) }
        let reader = CountedFor(accountID: actor.accountID, roles: actor.roles)
        let now = commits.value
        let instant = ContinuousClock.now
        let count: Int
        if let kept = counted.kept.withLock({ $0[reader] }), kept.commits == now, instant - kept.at < .seconds(1) {
            count = kept.count
        } else {
            count = try await waitingActs.waiting(for: actor, members: members).count
            counted.kept.withLock { kept in
                if kept.count >= Self.capacity { kept.removeAll(keepingCapacity: true) }
                kept[reader] = (now, instant, count)
            }
        }
        return try await WaitingActCount.$current.withValue(count) { try await next(context) }
    }
}

import Ledger
import Synchronization

/// Pages as a signed-out reader last got them, kept for a moment so that many readers of
/// a popular page (a town, a project, the ledger, a Challenge's board) share one render.
///
/// A kept page is served only while the database has committed nothing since it was
/// rendered (`CommitCounter`) and for at most `freshness`, so a reader never sees a page
/// older than the data, nor one whose words depend on the clock ("сегодня") for long. The
/// first lookup after a commit drops every page kept before it, so nothing erased from
/// the registry stays here either.
final class PageCache: Sendable {
    /// A page as one kind of reader asks for it: its path and query, in one language.
    struct Key: Hashable, Sendable {
        let target: String
        let language: Language
    }

    private struct Kept {
        let response: HTTPResponse
        let renderedAt: ContinuousClock.Instant
    }

    private struct State {
        /// The commit count every kept page was rendered at.
        var commits: UInt64 = 0
        var pages: [Key: Kept] = [:]
    }

    /// How long a kept page may be served, however still the data.
    let freshness: Duration
    /// At most this many pages are kept; past it, only fresh ones stay.
    static let capacity = 512
    /// A page larger than this is not kept.
    static let largestPage = 1 << 20

    private let counter: CommitCounter
    private let state = Mutex(State())

    init(commits: CommitCounter, freshness: Duration = .seconds(1)) {
        counter = commits
        self.freshness = freshness
    }

    /// The commit count to render a page at: read before its first read of the data.
    var commits: UInt64 { counter.value }

    /// The kept page for `key` if nothing was committed since it was rendered and it is
    /// still fresh.
    func page(for key: Key) -> HTTPResponse? {
        let now = ContinuousClock.now
        let commits = counter.value
        return state.withLock { state in
            if state.commits != commits { state = State(commits: commits) }
            guard let kept = state.pages[key], now - kept.renderedAt < freshness else { return nil }
            return kept.response
        }
    }

    /// Keeps `response`, rendered from data read after the count was `renderedAt`, if the
    /// database has committed nothing since (not even the request's own write).
    func keep(_ response: HTTPResponse, for key: Key, renderedAt commits: UInt64) {
        guard case let .bytes(body) = response.body, body.count <= Self.largestPage, counter.value == commits else { return }
        let now = ContinuousClock.now
        state.withLock { state in
            if state.commits != commits {
                guard commits > state.commits else { return }
                state = State(commits: commits)
            }
            if state.pages.count >= Self.capacity {
                state.pages = state.pages.filter { now - $0.value.renderedAt < freshness }
                guard state.pages.count < Self.capacity else { return }
            }
            state.pages[key] = Kept(response: response, renderedAt: now)
        }
    }
}

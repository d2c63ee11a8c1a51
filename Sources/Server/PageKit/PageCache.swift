import Ledger
import Synchronization

/// Pages as readers last got them, kept for a moment so that many readers of a popular
/// page (a town, a project, the ledger, a Challenge's board) share one render: readers
/// signed out share theirs, and members signed in share theirs (`PageCacheMiddleware`).
///
/// Each kept page is labelled with the commit count (`CommitCounter`) read before its
/// render began, so what it shows is at least that recent: the count of every commit, or,
/// for a page that does not show each mark at once, the count of commits beyond judging
/// (a Challenge's board, scored at intervals, is then kept no longer than one). A page labelled with the latest
/// count is served as it is. After a commit the next reader renders the page afresh, and
/// readers who come while that render is under way are served the page it will replace,
/// not made to wait: so a page is a render or two behind the latest commit at most (some
/// milliseconds), and however often judges mark, readers of a town never queue behind its
/// render. Readers with no page to be served wait for the render under way since the
/// latest commit rather than start their own. No page is served
/// more than `freshness` after its render, so words that depend on the clock ("сегодня")
/// are never stale for long, and pages older than that are dropped as readers come.
final class PageCache: Sendable {
    /// A page as one kind of reader asks for it: its path and query, in one language.
    struct Key: Hashable, Sendable {
        let target: String
        let language: Language
        let reader: Reader
        /// How the page follows judges' marks (`Route.judging`): a page that does not show
        /// each at once is labelled with the count of commits beyond judging.
        var judging = PageJudging.shownAtOnce
    }

    /// Who a kept page was rendered for: persons are named only to members signed in, and
    /// a page may show forms by the reader's roles.
    enum Reader: Hashable, Sendable {
        case signedOut
        /// A member signed in holding these roles (by name, sorted); what is the reader's
        /// own is left to fill (`SharedRender`).
        case member(roles: [String])
    }

    private struct Kept {
        let response: HTTPResponse
        /// The commit count read before the render began.
        let commits: UInt64
        let renderedAt: ContinuousClock.Instant
    }

    /// A render under way, which later readers of the same page at the same commit join.
    private struct Render {
        let number: UInt64
        let commits: UInt64
    }

    private struct State {
        var pages: [Key: Kept] = [:]
        /// The latest render of each page under way.
        var rendering: [Key: Render] = [:]
        /// The readers waiting for each render under way, by its number.
        var waiting: [UInt64: [CheckedContinuation<HTTPResponse?, Never>]] = [:]
        var renders: UInt64 = 0
        var sweptAt = ContinuousClock.now
    }

    /// What a reader does for a page.
    private enum Turn {
        case serve(HTTPResponse)
        case render(Render)
        case join(UInt64)
    }

    /// At most this many pages are kept; past it, only fresh ones stay.
    static let capacity = 512
    /// A page larger than this is not kept.
    static let largestPage = 1 << 20

    /// How long a kept page may be served, however still the data.
    let freshness: Duration
    private let counter: CommitCounter
    private let state = Mutex(State())

    init(commits: CommitCounter, freshness: Duration = .seconds(1)) {
        counter = commits
        self.freshness = freshness
    }

    /// The page for `key`: kept, shared with a render under way, or rendered by `render`
    /// (and then kept and shared if it may be).
    func page(for key: Key, render: () async throws -> HTTPResponse) async throws -> HTTPResponse {
        switch takeTurn(for: key) {
        case let .serve(response):
            return response
        case let .join(number):
            let shared = await withCheckedContinuation { continuation in
                let joined = state.withLock { state in
                    guard state.waiting[number] != nil else { return false }
                    state.waiting[number, default: []].append(continuation)
                    return true
                }
                if !joined { continuation.resume(returning: nil) }
            }
            // The render it joined failed or made a page that may not be kept: render its own.
            if let shared { return shared }
            return try await render()
        case let .render(turn):
            do {
                let response = try await render()
                let keepable = Self.mayKeep(response)
                if keepable { keep(response, for: key, renderedAt: turn.commits) }
                finish(turn, of: key, sharing: keepable ? response : nil)
                return response
            } catch {
                finish(turn, of: key, sharing: nil)
                throw error
            }
        }
    }

    /// The kept page for `key` if it was rendered after the latest commit and is fresh.
    func page(for key: Key) -> HTTPResponse? {
        let now = ContinuousClock.now
        let commits = count(for: key)
        return state.withLock { state in
            guard let kept = state.pages[key], kept.commits == commits, now - kept.renderedAt < freshness(of: key) else { return nil }
            return kept.response
        }
    }

    /// Keeps `response`, rendered from data read after the count was `renderedAt`, unless
    /// a page rendered later is kept already.
    func keep(_ response: HTTPResponse, for key: Key, renderedAt commits: UInt64) {
        guard case let .bytes(body) = response.body, body.count <= Self.largestPage else { return }
        let now = ContinuousClock.now
        state.withLock { state in
            if let kept = state.pages[key], kept.commits > commits { return }
            if state.pages.count >= Self.capacity {
                sweep(&state, now: now)
                guard state.pages.count < Self.capacity else { return }
            }
            state.pages[key] = Kept(response: response, commits: commits, renderedAt: now)
        }
    }

    /// A complete page that sets no cookie, whose handler did not say how it may be cached
    /// (`/verify` says `no-store`: it checks the registry against the ledger on each view).
    static func mayKeep(_ response: HTTPResponse) -> Bool {
        response.status.code == 200 && !response.headers.contains("Set-Cookie") && !response.headers.contains("Cache-Control")
    }

    /// Serves the kept page if it is current, or if a render to replace it is under way;
    /// otherwise joins the render under way since the latest commit, or starts one.
    private func takeTurn(for key: Key) -> Turn {
        let now = ContinuousClock.now
        let commits = count(for: key)
        return state.withLock { state in
            if now - state.sweptAt >= freshness { sweep(&state, now: now) }
            let current = state.rendering[key]
            if let kept = state.pages[key], now - kept.renderedAt < freshness(of: key), kept.commits == commits || current != nil {
                return .serve(kept.response)
            }
            if let current, current.commits == commits { return .join(current.number) }
            state.renders += 1
            let turn = Render(number: state.renders, commits: commits)
            state.rendering[key] = turn
            state.waiting[turn.number] = []
            return .render(turn)
        }
    }

    /// The commit count that `key`'s page may have changed with.
    private func count(for key: Key) -> UInt64 {
        key.judging == .shownAtOnce ? counter.value : counter.valueBeyondJudging
    }

    /// How long `key`'s page may be served after its render.
    private func freshness(of key: Key) -> Duration {
        guard case let .shownWithin(interval) = key.judging else { return freshness }
        return min(freshness, interval)
    }

    /// Drops the pages too old to be served.
    private func sweep(_ state: inout State, now: ContinuousClock.Instant) {
        state.pages = state.pages.filter { now - $0.value.renderedAt < freshness }
        state.sweptAt = now
    }

    /// Hands the render's page (or nil) to the readers who joined it.
    private func finish(_ turn: Render, of key: Key, sharing response: HTTPResponse?) {
        let waiters = state.withLock { state in
            if state.rendering[key]?.number == turn.number { state.rendering[key] = nil }
            return state.waiting.removeValue(forKey: turn.number) ?? []
        }
        for waiter in waiters { waiter.resume(returning: response) }
    }
}

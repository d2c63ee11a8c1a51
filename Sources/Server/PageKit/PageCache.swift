import Ledger
import Synchronization

/// Pages as a signed-out reader last got them, kept for a moment so that many readers of
/// a popular page (a town, a project, the ledger, a Challenge's board) share one render.
///
/// A kept page is served only while the database has committed nothing since it was
/// rendered (`CommitCounter`) and for at most `freshness`, so a reader never sees a page
/// older than the data, nor one whose words depend on the clock ("сегодня") for long.
/// Readers who ask for a page while it is being rendered after the latest commit wait for
/// that render rather than start their own, so a busy page is rendered once per commit,
/// not once per reader. The first lookup after a commit drops every page kept before it,
/// so nothing erased from the registry stays here either.
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

    /// A render under way, which later readers of the same page at the same commit join.
    private struct Render {
        let number: UInt64
        let commits: UInt64
    }

    private struct State {
        /// The commit count every kept page was rendered at.
        var commits: UInt64 = 0
        var pages: [Key: Kept] = [:]
        /// The latest render of each page under way.
        var rendering: [Key: Render] = [:]
        /// The readers waiting for each render under way, by its number.
        var waiting: [UInt64: [CheckedContinuation<HTTPResponse?, Never>]] = [:]
        var renders: UInt64 = 0

        /// Drops the pages kept before the commit count became `commits`.
        mutating func forgetPages(commits: UInt64) {
            self.commits = commits
            pages = [:]
        }
    }

    /// What a reader does for a page it did not find kept.
    private enum Turn {
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

    /// The page for `key`: kept, shared with a render under way since the latest commit,
    /// or rendered by `render` (and then kept and shared if it may be).
    func page(for key: Key, render: () async throws -> HTTPResponse) async throws -> HTTPResponse {
        if let kept = page(for: key) { return kept }
        switch takeTurn(for: key) {
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

    /// The kept page for `key` if nothing was committed since it was rendered and it is
    /// still fresh.
    func page(for key: Key) -> HTTPResponse? {
        let now = ContinuousClock.now
        let commits = counter.value
        return state.withLock { state in
            if state.commits != commits { state.forgetPages(commits: commits) }
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
                state.forgetPages(commits: commits)
            }
            if state.pages.count >= Self.capacity {
                state.pages = state.pages.filter { now - $0.value.renderedAt < freshness }
                guard state.pages.count < Self.capacity else { return }
            }
            state.pages[key] = Kept(response: response, renderedAt: now)
        }
    }

    /// A complete page that sets no cookie: the same for every signed-out reader.
    static func mayKeep(_ response: HTTPResponse) -> Bool {
        response.status.code == 200 && !response.headers.contains("Set-Cookie")
    }

    /// Joins the render of `key` under way since the latest commit, or starts one.
    private func takeTurn(for key: Key) -> Turn {
        let commits = counter.value
        return state.withLock { state in
            if let current = state.rendering[key], current.commits == commits { return .join(current.number) }
            state.renders += 1
            let turn = Render(number: state.renders, commits: commits)
            state.rendering[key] = turn
            state.waiting[turn.number] = []
            return .render(turn)
        }
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

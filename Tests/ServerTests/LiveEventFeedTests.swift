import Ledger
import Registry
import Synchronization
import Testing
@testable import Server

/// The live feed behind a board: a change never waits for the figure, costs nothing with
/// nobody watching, and a burst of changes costs a few computations, not one each.
@Suite struct LiveEventFeedTests {
    /// Counts the figures computed; while closed, a figure waits until opened.
    private final class Renders: Sendable {
        let count = Atomic<Int>(0)
        private let gate = Mutex<(open: Bool, waiting: [CheckedContinuation<Void, Never>])>((true, []))

        func close() { gate.withLock { $0.open = false } }

        func open() {
            let waiting = gate.withLock { gate in
                gate.open = true
                defer { gate.waiting = [] }
                return gate.waiting
            }
            for figure in waiting { figure.resume() }
        }

        func render(_ event: EventID) async -> JSONValue? {
            await withCheckedContinuation { continuation in
                let now = gate.withLock { gate in
                    if !gate.open { gate.waiting.append(continuation) }
                    return gate.open
                }
                if now { continuation.resume() }
            }
            return .integer(Int64(count.add(1, ordering: .relaxed).newValue))
        }
    }

    private let event = EventID(rawValue: "evt_" + String(repeating: "0b", count: 16))!

    @Test func aChangeWithNobodyWatchingComputesNothing() async throws {
        let renders = Renders()
        let feed = LiveEventFeed(name: "leaderboard", render: renders.render)
        for _ in 0..<5 { await feed.changed(event) }
        try await Task.sleep(for: .milliseconds(100))
        #expect(renders.count.load(ordering: .relaxed) == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func aChangeNeverWaitsForTheFigureAndABurstIsFoldedIntoAFewComputations() async throws {
        let renders = Renders()
        let feed = LiveEventFeed(name: "leaderboard", render: renders.render)
        let messages = await feed.subscribe(to: event)
        var received = messages.makeAsyncIterator()
        #expect(await received.next() != nil, "a new viewer gets the current figure")
        renders.close()
        // Were a change to wait for its figure, the first would wait for ever here.
        for _ in 0..<20 { await feed.changed(event) }
        renders.open()
        var last = ""
        while !last.contains("data: 3") {
            last = String(decoding: try #require(await received.next()), as: UTF8.self)
        }
        try await Task.sleep(for: .milliseconds(700))
        #expect(renders.count.load(ordering: .relaxed) == 3, "the first figure, one for the burst's first change, one for the rest")
    }
}

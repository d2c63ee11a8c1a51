import Dispatch
import Glibc
import Synchronization

/// SIGTERM and SIGINT, taken from their default action (exit at once) from the moment
/// this is made, so that a server can shut down gracefully instead; `wait()` returns
/// on the first of them, even one that arrived before it was called.
final class TerminationSignals: Sendable {
    private struct State {
        var arrived = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())
    /// Kept for the process's life; Dispatch sources are safe to share between threads.
    nonisolated(unsafe) private let sources: [any DispatchSourceSignal]

    init() {
        let queue = DispatchQueue(label: "glocal.signals")
        sources = [SIGTERM, SIGINT].map { signal in
            Glibc.signal(signal, SIG_IGN)
            return DispatchSource.makeSignalSource(signal: signal, queue: queue)
        }
        for source in sources {
            source.setEventHandler { [weak self] in self?.arrive() }
            source.resume()
        }
    }

    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let arrived = state.withLock { state -> Bool in
                if state.arrived { return true }
                state.waiter = continuation
                return false
            }
            if arrived { continuation.resume() }
        }
    }

    private func arrive() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.arrived = true
            let waiting = state.waiter
            state.waiter = nil
            return waiting
        }
        waiter?.resume()
    }
}

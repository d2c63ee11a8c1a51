import Dispatch
import Synchronization

/// Resumes a waiting task once, on the first of several signals, and keeps the
/// signal sources alive for as long as it lives.
final class SignalResumer: Sendable {
    private let state: Mutex<(continuation: CheckedContinuation<Void, Never>?, sources: [any DispatchSourceSignal])>

    init(_ continuation: CheckedContinuation<Void, Never>) {
        state = Mutex((continuation, []))
    }

    func keep(_ source: any DispatchSourceSignal) {
        state.withLock { $0.sources.append(source) }
    }

    func resume() {
        let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
            let waiting = state.continuation
            state.continuation = nil
            return waiting
        }
        continuation?.resume()
    }
}

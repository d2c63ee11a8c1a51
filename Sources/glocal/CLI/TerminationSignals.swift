import CSystem
import Dispatch
import Glibc
import Synchronization

/// SIGTERM and SIGINT, taken from their default action (exit at once) from the moment
/// this is made, so that a server can shut down gracefully instead; `wait()` returns
/// on the first of them, even one that arrived before it was called.
///
/// The handler is installed with `sigaction` before `init` returns and only writes a
/// byte into a pipe, so a signal sent the instant after (say, as soon as the server
/// prints its address) waits in the pipe until it is read, instead of being lost.
final class TerminationSignals: Sendable {
    private struct State {
        var arrived = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    /// The handler could not be installed; the server would then die on SIGTERM mid-request.
    struct SetupFailed: Error, CustomStringConvertible {
        let reason: String
        var description: String { "cannot install the handler for SIGTERM and SIGINT: \(reason)" }
    }

    private let state = Mutex(State())
    /// Kept for the process's life; Dispatch sources are safe to share between threads.
    nonisolated(unsafe) private let source: any DispatchSourceRead

    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0,
              ends.allSatisfy({ fcntl($0, F_SETFD, FD_CLOEXEC) == 0 && fcntl($0, F_SETFL, O_NONBLOCK) == 0 }),
              glocal_install_termination_handlers(ends[1]) == 0 else {
            throw SetupFailed(reason: String(cString: strerror(errno)))
        }
        let reader = ends[0]
        source = DispatchSource.makeReadSource(fileDescriptor: reader, queue: DispatchQueue(label: "glocal.signals"))
        source.setEventHandler { [weak self] in
            var byte: UInt8 = 0
            while read(reader, &byte, 1) > 0 { self?.arrive() }
        }
        source.resume()
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

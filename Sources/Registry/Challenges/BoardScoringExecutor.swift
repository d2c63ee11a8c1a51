import Dispatch

/// The thread Challenge boards are scored on: bringing a board's marks up to date after
/// many were given takes a while, and run on a server's event loop or on Swift's
/// cooperative pool (as wide as the cores) it would hold up the requests and the actors
/// waiting there, judges' marks among them. A queue of its own is scheduled by the system
/// beside them instead.
final class BoardScoringExecutor: TaskExecutor, Sendable {
    private let queue = DispatchQueue(label: "glocal.challenge.boards", qos: .userInitiated)

    func enqueue(_ job: consuming ExecutorJob) {
        let unownedJob = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { unownedJob.runSynchronously(on: executor) }
    }
}

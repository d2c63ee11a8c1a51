import CSystem
import Glibc
import Synchronization

/// The jobs waiting for one event loop's thread, each marked with how it must run, and
/// the eventfd through which another thread wakes the loop when it adds one.
///
/// A job of the connections' actor runs isolated to the loop; a job of a handler's task
/// runs on the loop as its task executor only. Were a handler's jobs run isolated too,
/// every call from them to a nonisolated async function would have to leave that
/// isolation: a trip through this queue behind every other job, at each `await`.
final class LoopJobs: Sendable {
    struct Job {
        let job: UnownedJob
        /// Whether it is a job of the actor whose serial executor the loop is.
        let isolated: Bool
    }

    let wakeDescriptor: Int32
    private let queue = Mutex<[Job]>([])
    private let wakePending = Atomic<Bool>(false)
    private let threadID = Atomic<UInt>(0)

    init() throws(SocketError) {
        let fd = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard fd >= 0 else { throw SocketError.lastError("eventfd") }
        wakeDescriptor = fd
    }

    deinit {
        Glibc.close(wakeDescriptor)
    }

    /// Records the calling thread as the loop's.
    func runHere() {
        threadID.store(UInt(pthread_self()), ordering: .releasing)
    }

    var isCurrent: Bool {
        threadID.load(ordering: .acquiring) == UInt(pthread_self())
    }

    var isEmpty: Bool { queue.withLock { $0.isEmpty } }

    func add(_ job: UnownedJob, isolated: Bool) {
        queue.withLock { $0.append(Job(job: job, isolated: isolated)) }
        if !isCurrent { wake() }
    }

    /// Every job waiting now, leaving the queue empty.
    func takeAll() -> [Job] {
        queue.withLock { queue in
            let taken = queue
            queue.removeAll(keepingCapacity: true)
            return taken
        }
    }

    /// Interrupts epoll_wait from another thread (coalesced: one write per sleep).
    func wake() {
        guard !wakePending.exchange(true, ordering: .acquiringAndReleasing) else { return }
        var one: UInt64 = 1
        _ = Glibc.write(wakeDescriptor, &one, 8)
    }

    /// Empties the eventfd after a wake-up.
    func woken() {
        var value: UInt64 = 0
        _ = Glibc.read(wakeDescriptor, &value, 8)
        wakePending.store(false, ordering: .releasing)
    }
}

/// An event loop as the preferred task executor of its connections' handlers: their
/// nonisolated code runs on the loop's thread without taking the loop's isolation.
final class LoopTaskExecutor: TaskExecutor, Sendable {
    private let jobs: LoopJobs

    init(jobs: LoopJobs) {
        self.jobs = jobs
    }

    func enqueue(_ job: consuming ExecutorJob) {
        jobs.add(UnownedJob(job), isolated: false)
    }
}

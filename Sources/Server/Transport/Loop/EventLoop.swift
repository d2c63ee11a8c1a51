import CSystem
import Glibc
import Synchronization

/// One thread that waits on epoll and runs Swift tasks: it is both the serial executor
/// of the connections it owns and the preferred task executor of their handlers, so a
/// request that needs no other actor is read, handled and answered on one thread
/// without a hop. Other threads hand it work through a job queue and an eventfd.
final class EventLoop: SerialExecutor, TaskExecutor, Sendable {
    let epoll: Epoll
    private let wakeDescriptor: Int32
    private let jobs = Mutex<[UnownedJob]>([])
    private let wakePending = Atomic<Bool>(false)
    private let threadID = Atomic<UInt>(0)

    init() throws(SocketError) {
        epoll = try Epoll()
        let fd = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard fd >= 0 else {
            epoll.close()
            throw SocketError.lastError("eventfd")
        }
        wakeDescriptor = fd
        // From here on deinit owns both descriptors: it closes them if this throws.
        try epoll.add(fd, .readable)
    }

    deinit {
        epoll.close()
        Glibc.close(wakeDescriptor)
    }

    var isCurrent: Bool {
        threadID.load(ordering: .acquiring) == UInt(pthread_self())
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        jobs.withLock { $0.append(unowned) }
        if !isCurrent { wake() }
    }

    func checkIsolated() {
        precondition(isCurrent, "HTTP connection state touched off its event loop's thread")
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Interrupts epoll_wait from another thread (coalesced: one write per sleep).
    func wake() {
        guard !wakePending.exchange(true, ordering: .acquiringAndReleasing) else { return }
        var one: UInt64 = 1
        _ = Glibc.write(wakeDescriptor, &one, 8)
    }

    /// Runs the loop on the calling thread until `shouldStop` says so after a pass.
    /// `handle` receives every readiness event except the loop's own wake-ups; `tick`
    /// runs at least every `tickMilliseconds`.
    func run(tickMilliseconds: Int32, handle: (Epoll.Event) -> Void, tick: () -> Void, shouldStop: () -> Bool) {
        threadID.store(UInt(pthread_self()), ordering: .releasing)
        // libssl writes with write(2), which raises SIGPIPE when the peer has gone (plain
        // sockets send with MSG_NOSIGNAL instead); blocked on this thread, the signal
        // stays pending and cannot end the process, whatever its disposition.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        var buffer = [epoll_event](repeating: epoll_event(), count: 256)
        var nextTick = MonotonicTime.now()
        while true {
            runJobs()
            let pending = jobs.withLock { !$0.isEmpty }
            let events = epoll.wait(into: &buffer, timeout: pending ? 0 : tickMilliseconds)
            for event in events {
                if event.descriptor == wakeDescriptor {
                    var value: UInt64 = 0
                    _ = Glibc.read(wakeDescriptor, &value, 8)
                    wakePending.store(false, ordering: .releasing)
                } else {
                    handle(event)
                }
            }
            runJobs()
            let now = MonotonicTime.now()
            if now >= nextTick {
                tick()
                nextTick = now + UInt64(tickMilliseconds) * 1_000_000
            }
            if shouldStop() { break }
        }
        runJobs()
    }

    private func runJobs() {
        while true {
            let batch = jobs.withLock { queue -> [UnownedJob] in
                let taken = queue
                queue.removeAll(keepingCapacity: true)
                return taken
            }
            if batch.isEmpty { return }
            for job in batch {
                job.runSynchronously(isolatedTo: asUnownedSerialExecutor(), taskExecutor: asUnownedTaskExecutor())
            }
        }
    }
}

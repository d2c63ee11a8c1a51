import CSystem
import Glibc

/// One thread that waits on epoll and runs Swift tasks: it is the serial executor of the
/// connections it owns, and through `tasks` the preferred task executor of their
/// handlers, so a request that needs no other actor is read, handled and answered on one
/// thread without a hop. Other threads hand it work through `LoopJobs`.
final class EventLoop: SerialExecutor, Sendable {
    let epoll: Epoll
    /// Where handlers' tasks run: this loop's thread, without its isolation.
    let tasks: LoopTaskExecutor
    private let jobs: LoopJobs

    init() throws(SocketError) {
        epoll = try Epoll()
        do {
            jobs = try LoopJobs()
            try epoll.add(jobs.wakeDescriptor, .readable)
        } catch {
            epoll.close()
            throw error
        }
        tasks = LoopTaskExecutor(jobs: jobs)
    }

    deinit {
        epoll.close()
    }

    var isCurrent: Bool { jobs.isCurrent }

    func enqueue(_ job: consuming ExecutorJob) {
        jobs.add(UnownedJob(job), isolated: true)
    }

    func checkIsolated() {
        precondition(isCurrent, "HTTP connection state touched off its event loop's thread")
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Interrupts epoll_wait from another thread.
    func wake() {
        jobs.wake()
    }

    /// Runs the loop on the calling thread until `shouldStop` says so after a pass.
    /// `handle` receives every readiness event except the loop's own wake-ups; `tick`
    /// runs at least every `tickMilliseconds`.
    func run(tickMilliseconds: Int32, handle: (Epoll.Event) -> Void, tick: () -> Void, shouldStop: () -> Bool) {
        jobs.runHere()
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
            let events = epoll.wait(into: &buffer, timeout: jobs.isEmpty ? tickMilliseconds : 0)
            for event in events {
                if event.descriptor == jobs.wakeDescriptor {
                    jobs.woken()
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
        let serial = asUnownedSerialExecutor()
        let taskExecutor = tasks.asUnownedTaskExecutor()
        while true {
            let batch = jobs.takeAll()
            if batch.isEmpty { return }
            for job in batch {
                if job.isolated {
                    job.job.runSynchronously(isolatedTo: serial, taskExecutor: taskExecutor)
                } else {
                    job.job.runSynchronously(on: taskExecutor)
                }
            }
        }
    }
}

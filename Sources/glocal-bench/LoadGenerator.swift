import CSystem
import Glibc
import Synchronization

/// A closed-loop HTTP/1.1 load generator in the spirit of wrk: `connections` keep-alive
/// connections spread over `threads` epoll threads, each sending the next request as
/// soon as the previous response is complete, for `seconds`. Reports requests/s and
/// latency percentiles. With `tls`, the connections are HTTPS. Requests are made by
/// `requests(n)`, numbered from 0 across the run, so each can differ (a create with a
/// unique body); answers that are not 2xx are counted as rejected. With `interval`, each
/// connection instead sends on a fixed schedule, one request every `interval` seconds (or
/// as soon as the previous answer came, if that was late), and latency counts from the
/// scheduled moment, so a slow answer is not hidden by the requests it delayed.
struct LoadGenerator {
    let port: Int
    let requests: @Sendable (Int) -> [UInt8]
    let connections: Int
    let threads: Int
    let seconds: Double
    var tls: LoadTLSClient?
    var interval: Double?

    struct Result {
        let requestsPerSecond: Double
        let p50Milliseconds: Double
        let p99Milliseconds: Double
        let errors: Int
        let rejected: Int
        /// CPU time the load threads themselves used, to tell the server's share of the process.
        let cpuSeconds: Double
    }

    init(port: Int, request: [UInt8], connections: Int, threads: Int, seconds: Double, tls: LoadTLSClient? = nil) {
        self.init(port: port, requests: { _ in request }, connections: connections, threads: threads, seconds: seconds, tls: tls)
    }

    init(port: Int, requests: @escaping @Sendable (Int) -> [UInt8], connections: Int, threads: Int, seconds: Double,
         tls: LoadTLSClient? = nil) {
        self.port = port
        self.requests = requests
        self.connections = connections
        self.threads = threads
        self.seconds = seconds
        self.tls = tls
    }

    func run() -> Result {
        let results = Mutex<[LoadThread.Outcome]>([])
        let perThread = (0..<threads).map { index in connections / threads + (index < connections % threads ? 1 : 0) }
        let deadline = Stopwatch.nanoseconds() + UInt64(seconds * 1e9)
        var workers: [pthread_t] = []
        let started = Stopwatch()
        for (index, count) in perThread.enumerated() {
            let job = LoadThread(port: port, requests: requests, numbering: (index, threads), connections: count, tls: tls,
                                 deadline: deadline, interval: interval.map { UInt64($0 * 1e9) }) { outcome in
                results.withLock { $0.append(outcome) }
            }
            workers.append(job.start())
        }
        for worker in workers { pthread_join(worker, nil) }
        let elapsed = started.seconds
        let all = results.withLock { $0 }
        let latencies = all.flatMap(\.latencies).sorted()
        let total = all.reduce(0) { $0 + $1.count }
        return Result(requestsPerSecond: Double(total) / elapsed, p50Milliseconds: percentile(latencies, 50),
                      p99Milliseconds: percentile(latencies, 99), errors: all.reduce(0) { $0 + $1.errors },
                      rejected: all.reduce(0) { $0 + $1.rejected }, cpuSeconds: all.reduce(0) { $0 + $1.cpuSeconds })
    }
}

/// One load thread: its connections on its own epoll instance.
final class LoadThread: @unchecked Sendable {
    struct Outcome {
        let count: Int
        let latencies: [Double]
        let errors: Int
        let rejected: Int
        let cpuSeconds: Double
    }

    private let port: Int
    private let requests: @Sendable (Int) -> [UInt8]
    /// This thread makes requests number `first`, `first + stride`, …
    private let numbering: (first: Int, stride: Int)
    private let connectionCount: Int
    private let tls: LoadTLSClient?
    private let deadline: UInt64
    /// Nanoseconds between one connection's scheduled requests; nil sends each at once.
    private let interval: UInt64?
    private let report: @Sendable (Outcome) -> Void

    init(port: Int, requests: @escaping @Sendable (Int) -> [UInt8], numbering: (first: Int, stride: Int), connections: Int,
         tls: LoadTLSClient?, deadline: UInt64, interval: UInt64?, report: @escaping @Sendable (Outcome) -> Void) {
        self.port = port
        self.requests = requests
        self.numbering = numbering
        self.connectionCount = connections
        self.tls = tls
        self.deadline = deadline
        self.interval = interval
        self.report = report
    }

    func start() -> pthread_t {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, nil, { pointer in
            guard let pointer else { return nil }
            let job = Unmanaged<LoadThread>.fromOpaque(pointer).takeRetainedValue()
            job.run()
            return nil
        }, context)
        return thread
    }

    private func run() {
        let epoll = epoll_create1(0)
        var connections: [Int32: LoadConnection] = [:]
        var sentAt: [Int32: UInt64] = [:]
        var buffers: [Int32: [UInt8]] = [:]
        var latencies: [Double] = []
        latencies.reserveCapacity(1_000_000)
        var errors = 0
        var rejected = 0
        var next = numbering.first
        func request() -> [UInt8] {
            defer { next += numbering.stride }
            return requests(next)
        }
        for _ in 0..<connectionCount {
            guard let connection = LoadConnection(port: port, tls: tls) else { errors += 1; continue }
            var event = epoll_event()
            event.events = EPOLLIN.rawValue
            event.data.fd = connection.descriptor
            epoll_ctl(epoll, EPOLL_CTL_ADD, connection.descriptor, &event)
            connections[connection.descriptor] = connection
        }
        for (fd, connection) in connections {
            sentAt[fd] = Stopwatch.nanoseconds()
            if !connection.send(request()) { errors += 1 }
        }
        var events = [epoll_event](repeating: epoll_event(), count: 128)
        var readBuffer = [UInt8](repeating: 0, count: 65536)
        /// Paced connections whose answer came before their next request is due.
        var due: [Int32: UInt64] = [:]
        while Stopwatch.nanoseconds() < deadline {
            var now = Stopwatch.nanoseconds()
            for (fd, moment) in due where moment <= now {
                due[fd] = nil
                sentAt[fd] = moment
                if connections[fd]?.send(request()) != true { errors += 1 }
            }
            let wait = due.values.min().map { Int32(min(100, ($0 - min($0, now)) / 1_000_000)) } ?? 100
            let ready = epoll_wait(epoll, &events, Int32(events.count), wait)
            guard ready > 0 else { continue }
            for event in events[0..<Int(ready)] {
                let fd = event.data.fd
                guard let connection = connections[fd],
                      connection.receive(using: &readBuffer, into: &buffers[fd, default: []]) else {
                    errors += 1
                    epoll_ctl(epoll, EPOLL_CTL_DEL, fd, nil)
                    continue
                }
                while let used = BenchSocket.completeResponseLength(buffers[fd, default: []]) {
                    if buffers[fd, default: []].dropFirst(9).first != UInt8(ascii: "2") { rejected += 1 }
                    buffers[fd]?.removeFirst(used)
                    now = Stopwatch.nanoseconds()
                    let sent = sentAt[fd] ?? now
                    latencies.append(Double(now - sent) / 1e6)
                    if let interval, sent + interval > now {
                        due[fd] = sent + interval
                        continue
                    }
                    sentAt[fd] = now
                    if !connection.send(request()) { errors += 1 }
                }
            }
        }
        connections.removeAll()
        close(epoll)
        var used = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &used)
        report(Outcome(count: latencies.count, latencies: latencies, errors: errors, rejected: rejected,
                       cpuSeconds: Double(used.tv_sec) + Double(used.tv_nsec) / 1e9))
    }
}

import Foundation
import Synchronization

/// Request counts by route and status, a latency histogram by route, how keyed creates
/// kept their answers, and gauges read when scraped (open connections, ledger size),
/// rendered in the Prometheus text exposition format.
public final class ServerMetrics: Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let bucketBounds: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    private struct RouteSeries {
        var counts: [Int: Int] = [:]
        var buckets = [Int](repeating: 0, count: ServerMetrics.bucketBounds.count)
        var sum: Double = 0
        var total = 0
    }

    /// A gauge whose value is read at scrape time.
    public struct Gauge: Sendable {
        public let name: String
        public let help: String
        public let read: @Sendable () async -> Int

        public init(name: String, help: String, read: @escaping @Sendable () async -> Int) {
            self.name = name
            self.help = help
            self.read = read
        }
    }

    private let series = Mutex<[String: RouteSeries]>([:])
    private let gauges = Mutex<[Gauge]>([])
    /// Successful keyed creates by route: answers stored with their write, and after it.
    private let idempotentAnswers = Mutex<[String: (withWrite: Int, after: Int)]>([:])

    public init() {}

    public func addGauge(_ gauge: Gauge) {
        gauges.withLock { $0.append(gauge) }
    }

    public func record(route: String, status: Int, seconds: Double) {
        series.withLock { all in
            var entry = all[route] ?? RouteSeries()
            entry.counts[status, default: 0] += 1
            if let index = Self.bucketBounds.firstIndex(where: { seconds <= $0 }) { entry.buckets[index] += 1 }
            entry.sum += seconds
            entry.total += 1
            all[route] = entry
        }
    }

    /// Counts a keyed create's answer. One stored only after its write could be lost by
    /// a crash between the two; every route should render its answer with the write.
    public func recordIdempotentAnswer(route: String, storedWithWrite: Bool) {
        idempotentAnswers.withLock { all in
            var counts = all[route] ?? (0, 0)
            if storedWithWrite { counts.withWrite += 1 } else { counts.after += 1 }
            all[route] = counts
        }
    }

    /// The routes whose keyed answers were stored after their write, with how many.
    public var idempotentAnswersStoredAfterWrite: [String: Int] {
        idempotentAnswers.withLock { all in all.compactMapValues { $0.after > 0 ? $0.after : nil } }
    }

    public func render() async -> String {
        let snapshot = series.withLock { $0 }
        var text = "# HELP glocal_http_requests_total HTTP requests answered, by route and status.\n"
        text += "# TYPE glocal_http_requests_total counter\n"
        for route in snapshot.keys.sorted() {
            for (status, count) in snapshot[route, default: RouteSeries()].counts.sorted(by: { $0.key < $1.key }) {
                text += "glocal_http_requests_total{route=\(Self.label(route)),status=\"\(status)\"} \(count)\n"
            }
        }
        text += "# HELP glocal_http_request_duration_seconds Time from a complete request to its response.\n"
        text += "# TYPE glocal_http_request_duration_seconds histogram\n"
        for route in snapshot.keys.sorted() {
            let entry = snapshot[route, default: RouteSeries()]
            var cumulative = 0
            for (index, bound) in Self.bucketBounds.enumerated() {
                cumulative += entry.buckets[index]
                text += "glocal_http_request_duration_seconds_bucket{route=\(Self.label(route)),le=\"\(bound)\"} \(cumulative)\n"
            }
            text += "glocal_http_request_duration_seconds_bucket{route=\(Self.label(route)),le=\"+Inf\"} \(entry.total)\n"
            text += "glocal_http_request_duration_seconds_sum{route=\(Self.label(route))} \(entry.sum)\n"
            text += "glocal_http_request_duration_seconds_count{route=\(Self.label(route))} \(entry.total)\n"
        }
        let answers = idempotentAnswers.withLock { $0 }
        text += "# HELP glocal_idempotent_answers_total Keyed creates answered, by route and by when their answer was stored.\n"
        text += "# TYPE glocal_idempotent_answers_total counter\n"
        for route in answers.keys.sorted() {
            let counts = answers[route, default: (0, 0)]
            text += "glocal_idempotent_answers_total{route=\(Self.label(route)),stored=\"with_write\"} \(counts.withWrite)\n"
            text += "glocal_idempotent_answers_total{route=\(Self.label(route)),stored=\"after_write\"} \(counts.after)\n"
        }
        for gauge in gauges.withLock({ $0 }) {
            text += "# HELP \(gauge.name) \(gauge.help)\n# TYPE \(gauge.name) gauge\n\(gauge.name) \(await gauge.read())\n"
        }
        return text
    }

    /// A label value with `\`, `"` and newlines escaped as the format requires.
    private static func label(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}

import Glibc

/// Monotonic time for benchmarks.
struct Stopwatch {
    private let start = Stopwatch.nanoseconds()

    static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    var seconds: Double { Double(Stopwatch.nanoseconds() - start) / 1e9 }
}

/// Percentile of a sorted sample (nearest rank).
func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

/// The median duration of `runs` runs of `body`, in seconds.
func medianSeconds(runs: Int = 7, _ body: () -> Void) -> Double {
    var seconds: [Double] = []
    for _ in 0..<runs {
        let clock = Stopwatch()
        body()
        seconds.append(clock.seconds)
    }
    seconds.sort()
    return percentile(seconds, 50)
}

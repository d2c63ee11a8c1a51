import Synchronization

/// How often one account may run an act, so that a runaway client (a script in a loop, a
/// stolen token) can neither crowd out everyone else's requests nor fill the ledger with
/// entries no person meant: each account has a bucket of `burst` acts, refilled at
/// `perSecond`. An act that finds its caller's bucket empty is refused with the wait
/// before the next one (`ActPaceExceeded`), and nothing is written.
final class ActPace: Sendable {
    private struct Bucket {
        var tokens: Double
        var at: ContinuousClock.Instant
    }

    let burst: Int
    let perSecond: Int
    private let buckets = Mutex<[String: Bucket]>([:])
    /// Past this many accounts, those whose bucket is full again are forgotten.
    private static let remembered = 10_000

    init(burst: Int, perSecond: Int) {
        precondition(burst >= 1 && perSecond >= 1, "an act must be allowed at some pace")
        self.burst = burst
        self.perSecond = perSecond
    }

    /// Takes `acts` acts from `account`'s bucket at once, or none and refuses with the wait
    /// before they may be run.
    func take(_ acts: Int = 1, for account: String, at now: ContinuousClock.Instant = .now) throws(ActPaceExceeded) {
        let wait: Double? = buckets.withLock { buckets in
            if buckets.count >= Self.remembered { forgetFull(&buckets, now: now) }
            var bucket = buckets[account] ?? Bucket(tokens: Double(burst), at: now)
            bucket.tokens = min(Double(burst), bucket.tokens + seconds(now - bucket.at) * Double(perSecond))
            bucket.at = now
            defer { buckets[account] = bucket }
            let wanted = Double(min(acts, burst))
            guard bucket.tokens >= wanted else { return (wanted - bucket.tokens) / Double(perSecond) }
            bucket.tokens -= Double(acts)
            return nil
        }
        if let wait { throw ActPaceExceeded(perSecond: perSecond, retryAfterSeconds: max(1, Int(wait.rounded(.up)))) }
    }

    private func forgetFull(_ buckets: inout [String: Bucket], now: ContinuousClock.Instant) {
        buckets = buckets.filter { Double(burst) > $0.value.tokens + seconds(now - $0.value.at) * Double(perSecond) }
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// An act refused because its caller ran it faster than its pace allows (`ActPace`):
/// answered 429 with `Retry-After`, and said beside the form on a page.
struct ActPaceExceeded: Error, Equatable, ProblemConvertible, PageWorded {
    /// The sustained pace allowed, in acts a second.
    let perSecond: Int
    /// Whole seconds to wait before the next act is allowed.
    let retryAfterSeconds: Int

    var problem: ProblemDetails {
        ProblemDetails(.tooManyRequests, detail: "At most \(perSecond) of these acts a second are allowed for one account; "
            + "try again in \(retryAfterSeconds) s. Nothing was written.")
    }

    var problemHeaders: HTTPHeaders { HTTPHeaders([("Retry-After", String(retryAfterSeconds))]) }

    func words(_ names: CodeNames) -> String {
        names.pick("Не чаще \(perSecond) раз в секунду с одной учётной записи: подождите \(retryAfterSeconds) с и отправьте снова. Ничего не записано.",
                   "At most \(perSecond) a second from one account: wait \(retryAfterSeconds) s and send again. Nothing was written.")
    }
}

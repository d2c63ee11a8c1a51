import Synchronization

/// Request ids: a random per-process prefix and a counter ("req_3f9a1c07-2a"), unique
/// without a random draw per request, and free of anything about the caller.
final class RequestIDGenerator: Sendable {
    private let prefix: String
    private let counter = Atomic<UInt64>(0)

    init() {
        prefix = "req_" + String(UInt32.random(in: .min ... .max), radix: 16)
    }

    func next() -> String {
        let value = counter.add(1, ordering: .relaxed).newValue
        return prefix + "-" + String(value, radix: 16)
    }
}

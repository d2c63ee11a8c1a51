import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element, spread over all cores; the results come back
    /// in the elements' order. Signing a batch and checking a ledger's signatures use it:
    /// each element costs tens of microseconds, far more than handing it to a thread. Small
    /// chunks let a core that finishes early take over the work of one that was preempted.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let chunks = Swift.min(count, ProcessInfoCores.count * 32)
        let results = Mutex<[T?]>([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            let values = range.map { transform(self[$0]) }
            results.withLock { stored in
                for (index, value) in zip(range, values) { stored[index] = value }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}

import Glibc
import Synchronization

/// The lowest index that failed among checks run in parallel.
final class FirstFailure: Sendable {
    private let state = Mutex<Int?>(nil)

    func record(_ index: Int) {
        state.withLock { current in
            if current.map({ index < $0 }) ?? true { current = index }
        }
    }

    var lowest: Int? { state.withLock { $0 } }
}

/// Cores available to spread signature checks over.
enum ProcessInfoCores {
    static var count: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

import Glibc

/// The process's open-file limit. The soft limit is often 1 024 while the hard limit
/// allows far more; a server holding thousands of connections raises it at start.
enum FileDescriptorLimit {
    /// Raises the soft limit toward `wanted`, as far as the hard limit allows; returns the new soft limit.
    @discardableResult
    static func raise(toward wanted: Int) -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 0 }
        let target = min(rlim_t(wanted), limit.rlim_max)
        if limit.rlim_cur < target {
            limit.rlim_cur = target
            _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
            _ = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
        return Int(limit.rlim_cur)
    }
}

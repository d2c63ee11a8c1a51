import Glibc
import Synchronization

/// Where log lines go: a file descriptor (stderr in production), one `write` per line
/// so lines from different threads never interleave.
public final class LogSink: Sendable {
    private let descriptor: Int32
    private let minimumLevel: Int

    public static let standardError = LogSink(descriptor: 2)
    /// Discards everything (benchmarks that measure the server, not the terminal).
    public static let discard = LogSink(descriptor: -1)

    public init(descriptor: Int32, minimumLevel: String = "info") {
        self.descriptor = descriptor
        self.minimumLevel = LogLine.rank(minimumLevel)
    }

    public func write(_ line: LogLine) {
        guard descriptor >= 0, LogLine.rank(line.level) >= minimumLevel else { return }
        var bytes = Array(line.json.utf8)
        bytes.append(10)
        bytes.withUnsafeBytes { _ = Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }
}

import Glibc

/// One `glocal` subcommand: its help text and what it does.
protocol Command: Sendable {
    static var name: String { get }
    static var overview: String { get }
    static var usage: String { get }
    /// The OPTIONS and ARGUMENTS sections of `--help`.
    static var help: String { get }
    /// Runs with the words after the command name; returns the exit status.
    static func run(_ words: [String], output: Output) async throws -> Int32
}

extension Command {
    static var fullHelp: String {
        """
        OVERVIEW: \(overview)

        USAGE: \(usage)

        \(help)
        """
    }
}

/// Where commands print: results to stdout, diagnostics to stderr.
struct Output: Sendable {
    func print(_ text: String) {
        write(STDOUT_FILENO, text + "\n")
    }

    func error(_ text: String) {
        write(STDERR_FILENO, text + "\n")
    }

    /// Bytes to stdout as they are, for output that is a file (a CSV export).
    func write(_ bytes: [UInt8]) {
        write(STDOUT_FILENO, bytes)
    }

    private func write(_ descriptor: Int32, _ text: String) {
        write(descriptor, Array(text.utf8))
    }

    private func write(_ descriptor: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}

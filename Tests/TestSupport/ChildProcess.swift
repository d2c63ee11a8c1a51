import Foundation
import Glibc

/// A child process started with posix_spawn, its standard streams wired to pipes or
/// descriptors. Foundation's `Process.run()` crashes now and then on Linux when the
/// test process holds many descriptors (swift-corelibs-foundation PR #5472); these
/// tests open a thousand sockets beside the children they start, so they use this.
public final class ChildProcess: @unchecked Sendable {
    /// How the child ended.
    public enum Termination: Equatable, Sendable {
        case exit(Int32)
        case signal(Int32)
    }

    /// Where a child's standard stream goes.
    public enum Stream {
        case inherit
        /// A new pipe; the parent's end is `input`, `output` or `errors`.
        case pipe
        case descriptor(Int32)
    }

    public let pid: pid_t
    /// The parent's ends of the pipes asked for, -1 otherwise.
    public private(set) var input: Int32
    public let output: Int32
    public let errors: Int32

    public init(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
         stdin: Stream = .inherit, stdout: Stream = .pipe, stderr: Stream = .pipe) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var parentEnds: [Int32] = [-1, -1, -1]
        var childEnds: [Int32] = []
        for (target, stream) in [stdin, stdout, stderr].enumerated() {
            switch stream {
            case .inherit:
                break
            case let .descriptor(fd):
                posix_spawn_file_actions_adddup2(&actions, fd, Int32(target))
            case .pipe:
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else { throw ChildProcessError.cannotStart(path, errno) }
                // Close-on-exec, so that no other child inherits this pipe and keeps it open.
                ends.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
                let (childEnd, parentEnd) = target == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
                posix_spawn_file_actions_adddup2(&actions, childEnd, Int32(target))
                parentEnds[target] = parentEnd
                childEnds.append(childEnd)
            }
        }
        var environmentLines = (environment ?? ProcessInfo.processInfo.environment).map { "\($0)=\($1)" }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environmentLines.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            environmentLines.removeAll()
        }
        var child = pid_t()
        let status = posix_spawn(&child, path, &actions, nil, argv, envp)
        childEnds.forEach { close($0) }
        guard status == 0 else {
            parentEnds.filter { $0 >= 0 }.forEach { close($0) }
            throw ChildProcessError.cannotStart(path, status)
        }
        pid = child
        (input, output, errors) = (parentEnds[0], parentEnds[1], parentEnds[2])
    }

    deinit {
        [input, output, errors].filter { $0 >= 0 }.forEach { close($0) }
    }

    public func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(input, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Ends the child's standard input. The descriptor is forgotten at once, so it is
    /// never closed twice (a second close could hit a descriptor reused by another test).
    public func closeInput() {
        guard input >= 0 else { return }
        close(input)
        input = -1
    }

    /// Reads one of the parent's ends until end of file.
    public static func readAll(_ fd: Int32) -> String {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads one line (without its newline) from the child's standard output.
    public func readLine() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(output, &byte, 1) == 1 {
            if byte == 10 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    public func signal(_ number: Int32) {
        kill(pid, number)
    }

    public func wait() -> Termination {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? .exit((status >> 8) & 0xff) : .signal(signal)
    }
}

/// Why a child could not be started: the program and the errno.
public enum ChildProcessError: Error {
    case cannotStart(String, Int32)
}

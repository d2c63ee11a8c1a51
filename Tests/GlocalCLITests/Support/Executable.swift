import Foundation
import TestSupport

/// Runs the package's executables (built next to the test bundle) as a user would.
enum Executable {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var productsDirectory: URL {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
            .deletingLastPathComponent()
    }

    static func url(_ name: String) -> URL { productsDirectory.appendingPathComponent(name) }

    /// What the child reads on standard input.
    enum Input {
        /// The test runner's own standard input.
        case inherited
        /// A pipe holding this text, then end of file.
        case text(String)
        /// An open descriptor, such as a pseudo-terminal.
        case handle(FileHandle)
    }

    static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:],
                    input: Input = .inherited) throws -> Result {
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { _, new in new }
        let stdin: ChildProcess.Stream
        switch input {
        case .inherited: stdin = .inherit
        case .text: stdin = .pipe
        case let .handle(handle): stdin = .descriptor(handle.fileDescriptor)
        }
        let child = try ChildProcess(url(name).path, arguments, environment: merged, stdin: stdin)
        if case let .text(text) = input {
            child.write(text)
            child.closeInput()
        }
        // Standard error is drained on its own thread so that neither pipe can fill and stall the child.
        let errors = ErrorsReader(child.errors)
        let stdout = ChildProcess.readAll(child.output)
        let stderr = errors.finish()
        let status: Int32
        switch child.wait() {
        case let .exit(code): status = code
        case let .signal(number): status = 128 + number
        }
        return Result(status: status, stdout: stdout, stderr: stderr)
    }

    static func glocal(_ arguments: String...) throws -> Result {
        try run("glocal", arguments)
    }
}

/// A fresh folder under /tmp; call `remove()` (in a `defer`) when done.
struct TemporaryFolder {
    let path: String

    init() throws {
        var template = Array("/tmp/glocal-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

/// Reads a child's standard error to the end on a thread of its own.
final class ErrorsReader: @unchecked Sendable {
    private var text = ""
    private let done = DispatchSemaphore(value: 0)

    init(_ fd: Int32) {
        Thread.detachNewThread { [self] in
            text = ChildProcess.readAll(fd)
            done.signal()
        }
    }

    func finish() -> String {
        done.wait()
        return text
    }
}

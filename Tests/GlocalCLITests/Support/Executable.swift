import Foundation

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
        let process = Process()
        process.executableURL = url(name)
        process.arguments = arguments
        let inputPipe = Pipe()
        switch input {
        case .inherited: break
        case .text: process.standardInput = inputPipe
        case let .handle(handle): process.standardInput = handle
        }
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { _, new in new }
        process.environment = merged
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if case let .text(text) = input {
            inputPipe.fileHandleForWriting.write(Data(text.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
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

import Foundation
import TestSupport

/// Runs the system's `openssl` command, so tests can check that what we write is
/// what OpenSSL itself reads, independently of the library calls we make.
enum OpenSSLTool {
    static let path = "/usr/bin/openssl"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

    struct Output {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    static func run(_ arguments: [String]) throws -> Output {
        let child = try ChildProcess(path, arguments)
        let standardOutput = ChildProcess.readAll(child.output)
        let standardError = ChildProcess.readAll(child.errors)
        guard case let .exit(status) = child.wait() else {
            return Output(status: -1, standardOutput: standardOutput, standardError: standardError)
        }
        return Output(status: status, standardOutput: standardOutput, standardError: standardError)
    }
}

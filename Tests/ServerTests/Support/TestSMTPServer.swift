import Foundation

/// A real SMTP server on loopback for the mail tests (`Fixtures/smtp_server.py`, Python's
/// aiosmtpd from PyPI, which `make test` installs into `.build/python` if missing): it
/// requires STARTTLS and AUTH PLAIN and writes each message it accepts into `inbox`.
struct TestSMTPServer {
    let port: Int
    let inbox: String
    private let process: Process
    private let input: Pipe

    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    static func start(certificate: SelfSignedCertificate, inbox: String, user: String, password: String) throws -> TestSMTPServer {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw Unavailable(description: "the Fixtures folder is not bundled")
        }
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", fixtures.appendingPathComponent("smtp_server.py").path, "--cert", certificate.certificatePath,
                             "--key", certificate.privateKeyPath, "--out", inbox, "--user", user, "--password", password]
        var environment = ProcessInfo.processInfo.environment
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        environment["PYTHONPATH"] = packageRoot.appendingPathComponent(".build/python").path
            + (environment["PYTHONPATH"].map { ":" + $0 } ?? "")
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var line: [UInt8] = []
        while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") { line.append(byte) }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("port "), let port = Int(text.dropFirst(5)) else {
            let reason = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Unavailable(description: "the test SMTP server did not start (run `make test`, which installs aiosmtpd): \(reason)")
        }
        return TestSMTPServer(port: port, inbox: inbox, process: process, input: input)
    }

    /// The messages received so far, oldest first, each with its envelope as headers.
    func messages() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: inbox).filter { $0.hasSuffix(".eml") }.sorted().map {
            try String(contentsOfFile: inbox + "/" + $0, encoding: .utf8)
        }
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

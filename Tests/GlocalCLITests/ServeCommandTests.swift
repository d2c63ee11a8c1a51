import Foundation
import Glibc
import Testing
import TestSupport

/// `glocal serve` as an operator runs it: it prints where it listens, answers HTTP, and
/// exits 0 after SIGTERM once requests in flight are done.
@Suite struct ServeCommandTests {
    @Test func servesUntilSIGTERMThenExitsCleanly() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("node")
        #expect(try Executable.glocal("init", "--data", data).status == 0)
        let server = try ChildProcess(Executable.url("glocal").path, ["serve", "--data", data, "--port", "0"])
        let line = try #require(server.readLine())
        #expect(line.hasPrefix("Glocal is serving on http://127.0.0.1:"))
        let port = try #require(Int(line.split(separator: ":").last?.filter(\.isNumber) ?? ""))

        let health = try LoopbackHTTP.fetch(port: port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(health.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(health.hasSuffix(#"{"status":"ok"}"#))

        server.signal(SIGTERM)
        #expect(server.wait() == .exit(0))
    }

    /// Entries written while no server ran (`glocal import`) are covered by the checkpoint
    /// served as soon as the server starts, so witnesses and followers see them.
    @Test func signsACheckpointOfWhatWasWrittenWhileNotServing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("node")
        #expect(try Executable.glocal("init", "--data", data).status == 0)
        let cities = folder.file("cities.csv")
        try Data("name,region\nШадринск,Курганская область\n".utf8).write(to: URL(fileURLWithPath: cities))
        #expect(try Executable.glocal("import", "cities", cities, "--data", data).status == 0)
        let server = try ChildProcess(Executable.url("glocal").path, ["serve", "--data", data, "--port", "0"])
        let line = try #require(server.readLine())
        let port = try #require(Int(line.split(separator: ":").last?.filter(\.isNumber) ?? ""))
        let checkpoint = try LoopbackHTTP.fetch(port: port, "GET /log/checkpoint HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let body = checkpoint.components(separatedBy: "\r\n\r\n").dropFirst().joined()
        #expect(body.split(separator: "\n").dropFirst().first == "2", "\(body)")
        server.signal(SIGTERM)
        #expect(server.wait() == .exit(0))
    }

    @Test func aSIGTERMTheInstantTheAddressIsPrintedIsNotLost() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("node")
        #expect(try Executable.glocal("init", "--data", data).status == 0)
        for _ in 0..<3 {
            let server = try ChildProcess(Executable.url("glocal").path, ["serve", "--data", data, "--port", "0"])
            #expect(server.readLine()?.hasPrefix("Glocal is serving on") == true)
            server.signal(SIGTERM)
            #expect(server.wait() == .exit(0))
        }
    }

    /// One process serves a data folder: a second is refused with one line saying why,
    /// and the folder is free again once the first has stopped.
    @Test func aFolderIsServedByOneProcessAtATime() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("node")
        #expect(try Executable.glocal("init", "--data", data).status == 0)
        let first = try ChildProcess(Executable.url("glocal").path, ["serve", "--data", data, "--port", "0"])
        #expect(first.readLine()?.hasPrefix("Glocal is serving on") == true)
        let second = try Executable.glocal("serve", "--data", data, "--port", "0")
        #expect(second.status == 1)
        #expect(second.stderr == "Error: another glocal process is serving \(data); stop it first, or serve another data folder\n")
        first.signal(SIGKILL)
        #expect(first.wait() == .signal(SIGKILL))
        let third = try ChildProcess(Executable.url("glocal").path, ["serve", "--data", data, "--port", "0"])
        #expect(third.readLine()?.hasPrefix("Glocal is serving on") == true, "the kernel drops a killed server's lock")
        third.signal(SIGTERM)
        #expect(third.wait() == .exit(0))
    }

    @Test func refusesABadPortWithOneLine() throws {
        let result = try Executable.glocal("serve", "--port", "99999")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --port must be a number from 0 to 65535"))
    }

    @Test func helpDescribesTheTLSOptions() throws {
        let help = try Executable.glocal("serve", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("--tls-cert <file>") && help.stdout.contains("--tls-key <file>"))
    }

    @Test func halfATLSSetupIsBadUsage() throws {
        for arguments in [["--tls-cert", "cert.pem"], ["--tls-key", "key.pem"]] {
            let result = try Executable.run("glocal", ["serve"] + arguments)
            #expect(result.status == 2)
            #expect(result.stderr.split(separator: "\n").first == "Error: --tls-cert and --tls-key must be given together")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func anUnreadableCertificateIsOneLineNamingTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("data")
        #expect(try Executable.glocal("init", "--data", data, "--origin", "glocal.test/glazov").status == 0)
        let certificate = folder.file("absent-cert.pem")
        let result = try Executable.glocal("serve", "--data", data, "--port", "0", "--tls-cert", certificate,
                                           "--tls-key", folder.file("absent-key.pem"))
        #expect(result.status == 1)
        #expect(result.stderr == "Error: cannot load TLS certificate \(certificate): No such file or directory\n")
        #expect(result.stdout.isEmpty)
    }
}

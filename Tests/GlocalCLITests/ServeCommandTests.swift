import Foundation
import Testing

@Suite struct ServeCommandTests {
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

import Foundation
import Testing

@testable import Server

/// The witness client asks a witness over plain HTTP or over TLS, where it checks the
/// witness's certificate as mail is sent: a certificate it cannot trust is refused and
/// nothing is posted.
@Suite struct OutboundHTTPClientTests {
    @Test func postsOverTLSToAWitnessWhoseCertificateItTrusts() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        let url = "https://127.0.0.1:\(server.port)/witness/add-checkpoint"
        let answer = try await OutboundHTTPClient(certificateAuthorityFile: server.certificate.certificatePath).post(url, body: "old 0")
        #expect(answer.status == 200 && answer.body == "POST /witness/add-checkpoint old 0")
        await #expect(throws: OutboundHTTPClient.Unreachable.self, "a certificate no CA it knows has signed") {
            try await OutboundHTTPClient().post(url, body: "old 0")
        }
        await server.stop()
    }

    @Test func postsOverPlainHTTPAndRefusesOtherSchemes() async throws {
        let server = try TestServer.start(EchoResponder())
        let answer = try await OutboundHTTPClient().post("http://127.0.0.1:\(server.port)/witness/add-checkpoint", body: "old 1")
        #expect(answer.status == 200 && answer.body == "POST /witness/add-checkpoint old 1")
        let refused = await #expect(throws: OutboundHTTPClient.Unreachable.self) {
            try await OutboundHTTPClient().post("ftp://127.0.0.1:\(server.port)/", body: "")
        }
        #expect(refused?.description.contains("http:// or https://") == true)
        await server.stop()
    }
}

import Foundation
import Testing

@testable import Server

/// The witness client asks a witness over plain HTTP or over TLS, where it checks the
/// witness's certificate as mail is sent: a certificate it cannot trust is refused and
/// nothing is posted.
@Suite struct WitnessClientTests {
    @Test func postsOverTLSToAWitnessWhoseCertificateItTrusts() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        let url = "https://127.0.0.1:\(server.port)/witness/add-checkpoint"
        let answer = try await WitnessClient(certificateAuthorityFile: server.certificate.certificatePath).post(url, body: "old 0")
        #expect(answer.status == 200 && answer.body == "POST /witness/add-checkpoint old 0")
        await #expect(throws: WitnessClient.Unreachable.self, "a certificate no CA it knows has signed") {
            try await WitnessClient().post(url, body: "old 0")
        }
        await server.stop()
    }

    @Test func postsOverPlainHTTPAndRefusesOtherSchemes() async throws {
        let server = try TestServer.start(EchoResponder())
        let answer = try await WitnessClient().post("http://127.0.0.1:\(server.port)/witness/add-checkpoint", body: "old 1")
        #expect(answer.status == 200 && answer.body == "POST /witness/add-checkpoint old 1")
        let refused = await #expect(throws: WitnessClient.Unreachable.self) {
            try await WitnessClient().post("ftp://127.0.0.1:\(server.port)/", body: "")
        }
        #expect(refused?.description.contains("http:// or https://") == true)
        await server.stop()
    }
}

import Testing
import Ledger

/// The 1,024 known answers shipped with the Ed25519 paper's reference code.
struct Ed25519KnownAnswerTests {
    @Test func allLinesOfSignInputSignAndVerify() throws {
        let lines = try Fixture.text("ed25519/ed25519-sign.input").split(separator: "\n")
        var checked = 0
        for (number, line) in lines.enumerated() {
            // sk‖pk : pk : msg : sig‖msg : (hex)
            let fields = line.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 5, "line \(number + 1) has \(fields.count) fields")
            let secretAndPublic = try Hex.decode(fields[0])
            let publicKey = try Hex.decode(fields[1])
            let message = try Hex.decode(fields[2])
            let signatureAndMessage = try Hex.decode(fields[3])
            try #require(secretAndPublic.count == 64 && signatureAndMessage.count == 64 + message.count)
            #expect(Array(secretAndPublic[32...]) == publicKey, "line \(number + 1)")
            #expect(Array(signatureAndMessage[64...]) == message, "line \(number + 1)")

            let key = try Ed25519PrivateKey(rawRepresentation: Array(secretAndPublic[..<32]))
            #expect(key.publicKey.rawRepresentation == publicKey, "line \(number + 1): derived public key")
            let signature = try key.signature(for: message)
            #expect(signature.bytes == Array(signatureAndMessage[..<64]), "line \(number + 1): signature")
            #expect(key.publicKey.isValidSignature(signature, for: message), "line \(number + 1): verification")
            checked += 1
        }
        #expect(checked == 1024)
    }
}

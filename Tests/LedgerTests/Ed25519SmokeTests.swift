import Testing
@testable import Ledger

@Test func rfc8032FirstVectorSignsAndVerifies() throws {
    let seed = try Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    let key = try Ed25519PrivateKey(rawRepresentation: seed)
    #expect(key.publicKey.hex == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    let signature = try key.signature(for: [])
    #expect(signature.hex == "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
    #expect(key.publicKey.isValidSignature(signature, for: []))
    #expect(!key.publicKey.isValidSignature(signature, for: [0]))
}

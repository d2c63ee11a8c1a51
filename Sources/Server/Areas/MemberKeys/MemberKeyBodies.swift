import Registry

/// The JSON bodies of members' signing keys.
enum MemberKeyBodies {
    struct KeyView: Encodable {
        let keyId: String
        let publicKey: String
        let custodial: Bool
        let registeredAtSeq: Int
        let revokedAtSeq: Int?

        init(_ key: MemberKey) {
            keyId = key.keyID.hex
            publicKey = key.publicKey.hex
            custodial = key.custodial
            registeredAtSeq = key.registeredAtSeq
            revokedAtSeq = key.revokedAtSeq
        }
    }

    /// Either `{"custodial": true}`, or a key the member holds with its proof.
    struct AddKeyRequest: Decodable {
        let custodial: Bool?
        let publicKey: String?
        let proof: String?
    }

    struct KeyList: Encodable {
        let items: [KeyView]
    }
}

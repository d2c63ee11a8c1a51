import Registry

extension MemberKeyError: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case .noCustodialKey:
            names.pick("узел не хранит для вас ключа подписи: создайте его на странице учётной записи или подпишите своим ключом",
                       "the node keeps no signing key for you: create one on your account page or sign with your own key")
        case .notTheMembersKey: names.pick("этот ключ принадлежит не вам", "this key is not yours")
        case .keyNotActive: names.pick("этот ключ отозван", "this key is revoked")
        case .invalidSignature: names.pick("подпись не совпадает с текстом и ключом", "the signature does not match the text and the key")
        case .invalidProof: names.pick("подтверждение владения ключом не совпадает", "the proof of holding the key does not match")
        case .invalidPublicKey: names.pick("это не открытый ключ Ed25519", "this is not an Ed25519 public key")
        }
    }
}

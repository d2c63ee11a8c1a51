import Foundation
@testable import Ledger

/// Turns the base64 hashes of the transparency-dev vectors into digests.
///
/// Some vectors use roots and proof entries that are not 32 bytes ("", "don't care 1"),
/// which the reference verifier treats as opaque values (two equal "don't care" roots of
/// equal-size trees are consistent). A `SHA256Digest` cannot hold them, so each maps to a
/// stand-in digest that is equal exactly when the original bytes are equal and can never
/// be a real tree hash. The vector's verdict then rests on the verifier, not on decoding.
enum MerkleVectorHash {
    struct NotBase64: Error, CustomStringConvertible {
        let text: String
        var description: String { "not base64: \(text)" }
    }

    static func bytes(_ base64: String) throws -> [UInt8] {
        guard let data = Data(base64Encoded: base64) else { throw NotBase64(text: base64) }
        return [UInt8](data)
    }

    static func digest(_ base64: String) throws -> SHA256Digest {
        let raw = try bytes(base64)
        if let digest = try? SHA256Digest(bytes: raw) {
            return digest
        }
        return SHA256.hash(Array("stand-in for a \(raw.count)-byte test value:".utf8) + raw)
    }
}

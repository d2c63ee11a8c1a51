/// A 64-byte Ed25519 signature (R ‖ S) as RFC 8032 defines it.
public struct Ed25519Signature: Hashable, Sendable {
    public static let byteCount = 64
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) throws(CryptoError) {
        guard bytes.count == Self.byteCount else {
            throw .wrongLength(what: "Ed25519 signature", expected: Self.byteCount, actual: bytes.count)
        }
        self.bytes = bytes
    }

    /// For libcrypto's own output, whose length is already checked.
    init(unchecked bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(hex: String) throws(CryptoError) {
        try self.init(bytes: Hex.decode(hex))
    }

    public var hex: String { Hex.encode(bytes) }
}

import COpenSSL

/// SHA-256 through libcrypto, one-shot or streaming.
///
/// The streaming form owns an `EVP_MD_CTX` and frees it when done; it is a
/// non-copyable value so that two owners can never free the same context.
public struct SHA256: ~Copyable {
    private let context: OpaquePointer

    public init() {
        // EVP_MD_CTX_new only fails when memory is exhausted, where nothing can continue.
        guard let context = EVP_MD_CTX_new(), EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            preconditionFailure("libcrypto could not allocate a SHA-256 context")
        }
        self.context = context
    }

    deinit { EVP_MD_CTX_free(context) }

    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in update(buffer) }
    }

    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        _ = EVP_DigestUpdate(context, buffer.baseAddress, buffer.count)
    }

    public consuming func finalize() -> SHA256Digest {
        var out = [UInt8](repeating: 0, count: SHA256Digest.byteCount)
        var length: UInt32 = 0
        _ = EVP_DigestFinal_ex(context, &out, &length)
        return SHA256Digest(unchecked: out)
    }

    public static func hash(_ bytes: [UInt8]) -> SHA256Digest {
        bytes.withUnsafeBytes { buffer in hash(buffer) }
    }

    public static func hash(_ buffer: UnsafeRawBufferPointer) -> SHA256Digest {
        var out = [UInt8](repeating: 0, count: SHA256Digest.byteCount)
        out.withUnsafeMutableBufferPointer { digest in
            // The one-shot libcrypto SHA256() cannot fail for valid pointers.
            _ = COpenSSL.SHA256(buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), buffer.count, digest.baseAddress)
        }
        return SHA256Digest(unchecked: out)
    }
}

/// The RFC 9162 §2.1.1 hashing rules, kept in one place so that every tree, proof and
/// verifier in the ledger domain-separates leaves from interior nodes the same way.
///
/// The 0x00 / 0x01 prefixes stop an interior node from being passed off as a leaf
/// (second-preimage resistance of the tree).
public enum MerkleHash {
    static let leafPrefix: UInt8 = 0x00
    static let nodePrefix: UInt8 = 0x01

    /// MTH({}) — the root of a tree with no leaves.
    public static let emptyRoot: SHA256Digest = SHA256.hash([])

    public static func leaf(_ bytes: [UInt8]) -> SHA256Digest {
        bytes.withUnsafeBytes { buffer in leaf(buffer) }
    }

    public static func leaf(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        // One contiguous buffer lets libcrypto's one-shot hash run without a streaming
        // context; temporary allocations of entry size normally stay on the stack.
        withUnsafeTemporaryAllocation(byteCount: bytes.count + 1, alignment: 1) { buffer in
            buffer[0] = leafPrefix
            UnsafeMutableRawBufferPointer(rebasing: buffer[1...]).copyMemory(from: bytes)
            return SHA256.hash(UnsafeRawBufferPointer(buffer))
        }
    }

    public static func node(_ left: SHA256Digest, _ right: SHA256Digest) -> SHA256Digest {
        // Proofs and roots are chains of these; a fixed 65-byte stack buffer avoids
        // building a fresh array for every interior node.
        withUnsafeTemporaryAllocation(byteCount: 1 + 2 * SHA256Digest.byteCount, alignment: 1) { buffer in
            buffer[0] = nodePrefix
            let middle = 1 + SHA256Digest.byteCount
            left.bytes.withUnsafeBytes { bytes in
                UnsafeMutableRawBufferPointer(rebasing: buffer[1..<middle]).copyMemory(from: bytes)
            }
            right.bytes.withUnsafeBytes { bytes in
                UnsafeMutableRawBufferPointer(rebasing: buffer[middle...]).copyMemory(from: bytes)
            }
            return SHA256.hash(UnsafeRawBufferPointer(buffer))
        }
    }
}

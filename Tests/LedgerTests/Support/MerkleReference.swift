@testable import Ledger

/// RFC 9162 §2.1 written as literally as possible (recursive, over raw leaves, hashing
/// with plain SHA-256 calls), to check the stored-node implementation against.
enum MerkleReference {
    static func leafHash(_ bytes: [UInt8]) -> SHA256Digest {
        SHA256.hash([0x00] + bytes)
    }

    static func nodeHash(_ left: SHA256Digest, _ right: SHA256Digest) -> SHA256Digest {
        SHA256.hash([0x01] + left.bytes + right.bytes)
    }

    /// The k of the RFC: the largest power of two smaller than n (n > 1).
    static func split(_ n: Int) -> Int {
        var k = 1
        while k * 2 < n {
            k *= 2
        }
        return k
    }

    /// MTH(D[n]) over leaf hashes.
    static func mth(_ leaves: ArraySlice<SHA256Digest>) -> SHA256Digest {
        switch leaves.count {
        case 0: return SHA256.hash([])
        case 1: return leaves[leaves.startIndex]
        default:
            let k = split(leaves.count)
            let middle = leaves.startIndex + k
            return nodeHash(mth(leaves[..<middle]), mth(leaves[middle...]))
        }
    }

    /// PATH(m, D[n]).
    static func path(_ m: Int, _ leaves: ArraySlice<SHA256Digest>) -> [SHA256Digest] {
        guard leaves.count > 1 else { return [] }
        let k = split(leaves.count)
        let middle = leaves.startIndex + k
        if m < k {
            return path(m, leaves[..<middle]) + [mth(leaves[middle...])]
        }
        return path(m - k, leaves[middle...]) + [mth(leaves[..<middle])]
    }

    /// PROOF(m, D[n]).
    static func proof(_ m: Int, _ leaves: ArraySlice<SHA256Digest>) -> [SHA256Digest] {
        subproof(m, leaves, startsAtOldRoot: true)
    }

    private static func subproof(_ m: Int, _ leaves: ArraySlice<SHA256Digest>, startsAtOldRoot: Bool) -> [SHA256Digest] {
        if m == leaves.count {
            return startsAtOldRoot ? [] : [mth(leaves)]
        }
        let k = split(leaves.count)
        let middle = leaves.startIndex + k
        if m <= k {
            return subproof(m, leaves[..<middle], startsAtOldRoot: startsAtOldRoot) + [mth(leaves[middle...])]
        }
        return subproof(m - k, leaves[middle...], startsAtOldRoot: false) + [mth(leaves[..<middle])]
    }
}

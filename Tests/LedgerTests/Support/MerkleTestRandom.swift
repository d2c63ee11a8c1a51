import Foundation
@testable import Ledger

/// A seeded SplitMix64 generator for the Merkle property tests, so that any failure can be
/// replayed: the seed is in every failure message, and `GLOCAL_MERKLE_SEED` pins it.
struct MerkleTestRandom: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// The pinned seed if one is set, otherwise a fresh one so repeated runs cover more cases.
    static func make() -> MerkleTestRandom {
        if let text = ProcessInfo.processInfo.environment["GLOCAL_MERKLE_SEED"], let seed = UInt64(text) {
            return MerkleTestRandom(seed: seed)
        }
        return MerkleTestRandom(seed: UInt64.random(in: .min ... .max))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }

    mutating func bytes(count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &self) }
    }

    /// `digest` with one bit inverted: the smallest possible corruption of a hash.
    static func flipping(bit: Int, of digest: SHA256Digest) -> SHA256Digest {
        var bytes = digest.bytes
        bytes[bit / 8] ^= 1 << (bit % 8)
        return SHA256Digest(unchecked: bytes)
    }

    mutating func flippingRandomBit(of digest: SHA256Digest) -> SHA256Digest {
        Self.flipping(bit: Int.random(in: 0..<(SHA256Digest.byteCount * 8), using: &self), of: digest)
    }
}

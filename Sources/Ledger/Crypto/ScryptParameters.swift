/// The cost of one scrypt derivation (RFC 7914): N = 2^`costExponent`, block size r,
/// parallelism p.
///
/// Parameters travel with every stored password hash, so they can be raised later
/// without invalidating old hashes. Because a stored hash names its own cost, the
/// initialiser refuses costs that would need more than `maximumMemoryBytes`: a damaged
/// or hostile row must not be able to make the node allocate gigabytes.
public struct ScryptParameters: Hashable, Sendable, CustomStringConvertible {
    /// log2 of N, the CPU/memory cost.
    public let costExponent: Int
    /// r, the block size; each unit is 128 bytes of memory per N.
    public let blockSize: Int
    /// p, the number of independent mixes.
    public let parallelism: Int

    /// The most memory one derivation may use: 1 GiB.
    public static let maximumMemoryBytes: UInt64 = 1 << 30

    /// OWASP's password storage advice for scrypt (N=2^17, r=8, p=1): about 128 MiB
    /// and a few tenths of a second per derivation.
    public static let owaspMinimum = ScryptParameters(unchecked: 17, 8, 1)

    public init(costExponent: Int, blockSize: Int, parallelism: Int) throws(CryptoError) {
        guard (1...30).contains(costExponent) else {
            throw .invalidScryptParameters(reason: "cost exponent must be 1…30, got \(costExponent)")
        }
        guard (1...1024).contains(blockSize), (1...1024).contains(parallelism) else {
            throw .invalidScryptParameters(reason: "r and p must be 1…1024, got r=\(blockSize) p=\(parallelism)")
        }
        self.init(unchecked: costExponent, blockSize, parallelism)
        guard memoryBytes <= Self.maximumMemoryBytes else {
            throw .invalidScryptParameters(reason: "N=2^\(costExponent) r=\(blockSize) p=\(parallelism) needs \(memoryBytes >> 20) MiB, more than the \(Self.maximumMemoryBytes >> 20) MiB allowed")
        }
    }

    private init(unchecked costExponent: Int, _ blockSize: Int, _ parallelism: Int) {
        self.costExponent = costExponent
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    /// N.
    public var cost: UInt64 { 1 << UInt64(costExponent) }

    /// What libcrypto allocates for one derivation: B (128·r·p bytes) plus V and the
    /// working blocks (128·r·(N+2) bytes). Passed as `maxmem`, whose default (32 MiB)
    /// is too small for OWASP's parameters.
    public var memoryBytes: UInt64 {
        let r = UInt64(blockSize)
        return 128 * r * UInt64(parallelism) + 128 * r * (cost + 2)
    }

    /// True when every parameter is at least as costly as `other`'s.
    public func isAtLeast(_ other: ScryptParameters) -> Bool {
        costExponent >= other.costExponent && blockSize >= other.blockSize && parallelism >= other.parallelism
    }

    public var description: String { "ln=\(costExponent),r=\(blockSize),p=\(parallelism)" }
}

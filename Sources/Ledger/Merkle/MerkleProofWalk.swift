/// The (fn, sn) index walk of RFC 9162 §2.1.3.2 and §2.1.4.2, shared by both verifiers so
/// the subtle shifting rules exist once.
///
/// It tells, for each proof hash in turn, which side of the running hash it joins, and
/// runs out exactly when the proof should: that is how the RFC rejects proofs that are
/// too long (a hash left when sn reaches 0) or too short (sn not 0 at the end).
struct MerkleProofWalk {
    /// Where the next proof hash goes relative to the hash computed so far.
    enum Side {
        case left
        case right
    }

    private var fn: Int
    private var sn: Int

    init(fn: Int, sn: Int) {
        self.fn = fn
        self.sn = sn
    }

    var isFinished: Bool { sn == 0 }

    /// The side of the next proof hash, or nil when the path is complete.
    mutating func next() -> Side? {
        guard sn != 0 else { return nil }
        let side: Side
        if fn & 1 == 1 || fn == sn {
            side = .left
            // On the right edge the running hash may have no sibling for several levels.
            while fn & 1 == 0, fn != 0 {
                fn >>= 1
                sn >>= 1
            }
        } else {
            side = .right
        }
        fn >>= 1
        sn >>= 1
        return side
    }

    /// How many more proof hashes the walk will take; used to report the expected length.
    func remainingSteps() -> Int {
        var copy = self
        var steps = 0
        while copy.next() != nil {
            steps += 1
        }
        return steps
    }
}

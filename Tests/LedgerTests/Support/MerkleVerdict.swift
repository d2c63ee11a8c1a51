@testable import Ledger

/// Whether a verification refused its input with a `MerkleError`, for loops over thousands
/// of corrupted proofs: `#expect(throws:)` records a backtrace per thrown error, which costs
/// ten times the verification itself.
enum MerkleVerdict {
    static func rejects(_ verification: () throws -> Void) -> Bool {
        do {
            try verification()
            return false
        } catch {
            return error is MerkleError
        }
    }
}

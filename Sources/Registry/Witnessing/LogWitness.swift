import Ledger

/// A witness this node asks to cosign its checkpoints.
public struct LogWitness: Sendable {
    public let name: String
    public let url: String
    public let verifier: CosignatureVerifier
    public let cosignedSize: Int
}

/// A checkpoint together with the signed note that carries it.
///
/// The log signs under a key whose name is the checkpoint's origin, and `open`
/// insists on it, so a signature by some other key the reader happens to trust
/// cannot vouch for this log's tree head.
public struct SignedCheckpoint: Sendable {
    public let checkpoint: Checkpoint
    public let note: SignedNote

    public static func sign(checkpoint: Checkpoint, signer: NoteSigner) throws(CheckpointError) -> SignedCheckpoint {
        guard Array(signer.name.utf8) == Array(checkpoint.origin.utf8) else {
            throw .originMismatch(origin: checkpoint.origin, keyName: signer.name)
        }
        let note = try SignedNote.sign(text: checkpoint.body, signers: [signer])
        return SignedCheckpoint(checkpoint: checkpoint, note: note)
    }

    public func serialized() -> String {
        note.serialized()
    }

    /// The same checkpoint with `cosignatures` (witnesses') after its own signature.
    public func adding(_ cosignatures: [NoteSignature]) -> SignedCheckpoint {
        SignedCheckpoint(checkpoint: checkpoint, note: note.adding(cosignatures))
    }

    /// The checkpoint in `serialized`, once a signature by `verifier` has verified
    /// and the checkpoint's origin has been found equal to the verifier's key name.
    /// Other signatures, such as witness cosignatures, are ignored.
    public static func open(_ serialized: String, verifier: NoteVerifier) throws(CheckpointError) -> Checkpoint {
        let note = try SignedNote.parse(serialized)
        _ = try note.verify(with: [verifier])
        let checkpoint = try Checkpoint(parsing: note.text)
        guard Array(checkpoint.origin.utf8) == Array(verifier.name.utf8) else {
            throw .originMismatch(origin: checkpoint.origin, keyName: verifier.name)
        }
        return checkpoint
    }
}

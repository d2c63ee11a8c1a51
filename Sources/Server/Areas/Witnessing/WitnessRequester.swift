import Ledger
import Registry

/// Asks each witness this node is configured with to cosign the checkpoint it signed
/// last (C2SP tlog-witness), sending the consistency proof from the size the witness
/// cosigned before; a witness that answers with another size is asked again from that
/// size. Cosignatures are checked with the witness's key and kept with the checkpoint.
/// `glocal serve` runs a round every few seconds; a witness that is down is asked again
/// at the next round, from where it left off.
public struct WitnessRequester: Sendable {
    let node: Node
    let client = OutboundHTTPClient()

    public init(node: Node) {
        self.node = node
    }

    /// Asks the witnesses every `interval` until the task is cancelled.
    public func run(every interval: Duration = .seconds(3)) async {
        while !Task.isCancelled {
            _ = try? await round()
            try? await Task.sleep(for: interval)
        }
    }

    /// One round: every witness asked once (twice when it names another size). Answers
    /// the names of the witnesses that cosigned.
    @discardableResult
    public func round() async throws -> [String] {
        guard let checkpoint = try await node.database.read({ try LedgerRecords($0).latestCheckpoint() }) else { return [] }
        var cosigned: [String] = []
        for witness in try await node.witnesses.all() where witness.cosignedSize < checkpoint.checkpoint.size {
            do {
                if try await ask(witness, from: witness.cosignedSize, checkpoint, retry: true) { cosigned.append(witness.name) }
            } catch {
                continue
            }
        }
        return cosigned
    }

    private func ask(_ witness: LogWitness, from old: Int, _ checkpoint: SignedCheckpoint, retry: Bool) async throws -> Bool {
        let size = checkpoint.checkpoint.size
        let proof = old == 0 || old == size ? [] : try await node.database.read {
            try LedgerRecords($0).consistencyProof(from: old, to: size).hashes
        }
        let body = "old \(old)\n" + proof.map { Base64.encode($0.bytes) + "\n" }.joined() + "\n" + checkpoint.serialized()
        let answer = try await client.post(witness.url.hasSuffix("/") ? witness.url + "add-checkpoint" : witness.url + "/add-checkpoint", body: body)
        if answer.status == 409, answer.contentType.hasPrefix("text/x.tlog.size"),
           let latest = Int(answer.body.trimmingCharacters(in: .whitespacesAndNewlines)), retry, latest <= size {
            return try await ask(witness, from: latest, checkpoint, retry: false)
        }
        guard answer.status == 200 else { return false }
        let text = checkpoint.note.text
        let valid = answer.body.split(separator: "\n").compactMap { try? NoteSignature(line: String($0)) }
            .first { witness.verifier.timestamp(of: $0, on: text) != nil }
        guard let valid else { return false }
        try await node.witnesses.record(witness: witness.name, cosignedSize: size, cosignature: valid)
        return true
    }
}

/// A transparency log's tree head as c2sp.org/tlog-checkpoint v1.0.0 writes it:
/// the log's origin, its size in leaves and its Merkle root, one per line.
///
/// This is the note text that a log signs and witnesses cosign; publishing it in
/// this standard form lets third-party monitors and witnesses follow the ledger.
public struct Checkpoint: Sendable, Hashable {
    public let origin: String
    public let size: Int
    public let rootHash: SHA256Digest
    /// Opaque, optional and not auditable by monitors; kept only so a received
    /// checkpoint can be reproduced byte for byte.
    public let extensionLines: [String]

    public init(origin: String, size: Int, rootHash: SHA256Digest, extensionLines: [String] = []) throws(CheckpointError) {
        guard !origin.isEmpty else { throw .emptyOrigin }
        guard Self.isSingleLine(origin) else { throw .invalidOrigin(origin) }
        guard size >= 0 else { throw .invalidTreeSize(String(size)) }
        for (index, line) in extensionLines.enumerated() {
            guard !line.isEmpty else { throw .emptyExtensionLine(lineNumber: index + 4) }
            guard Self.isSingleLine(line) else { throw .invalidExtensionLine(lineNumber: index + 4) }
        }
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
        self.extensionLines = extensionLines
    }

    /// The note text: origin, decimal size, base64 root hash, then any extension
    /// lines, each followed by a newline.
    public var body: String {
        ([origin, String(size), Base64.encode(rootHash.bytes)] + extensionLines).map { $0 + "\n" }.joined()
    }

    /// Parses a note text strictly: every line non-empty, the size in canonical
    /// decimal, the root hash exactly 32 bytes of canonical base64.
    public init(parsing body: String) throws(CheckpointError) {
        let bytes = Array(body.utf8)
        guard bytes.last == NoteSyntax.newline else { throw .checkpointMissingFinalNewline }
        let lines = bytes.dropLast().split(separator: NoteSyntax.newline, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        guard lines.count >= 3 else { throw .missingCheckpointLines(found: lines.count) }
        try self.init(
            origin: lines[0],
            size: Self.parseSize(lines[1]),
            rootHash: Self.parseRootHash(lines[2]),
            extensionLines: Array(lines.dropFirst(3))
        )
    }

    /// ASCII digits only, no sign, no leading zero except for "0" itself, and no
    /// larger than Int can hold.
    private static func parseSize(_ text: String) throws(CheckpointError) -> Int {
        let digits = Array(text.utf8)
        let allDigits = !digits.isEmpty && digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        let leadingZero = digits.count > 1 && digits.first == UInt8(ascii: "0")
        guard allDigits, !leadingZero, let size = Int(text) else { throw .invalidTreeSize(text) }
        return size
    }

    private static func parseRootHash(_ text: String) throws(CheckpointError) -> SHA256Digest {
        guard let bytes = Base64.decode(text) else { throw .invalidRootHash("is not canonical standard base64") }
        guard let digest = try? SHA256Digest(bytes: bytes) else {
            throw .invalidRootHash("must be \(SHA256Digest.byteCount) bytes, got \(bytes.count)")
        }
        return digest
    }

    /// No newline and no other control character, so the line cannot split or
    /// invalidate the note it ends up in.
    private static func isSingleLine(_ line: String) -> Bool {
        !line.utf8.contains { $0 < 0x20 }
    }

    /// Two checkpoints are equal when their bodies are the same bytes, which is
    /// what a signature covers; String equality would also equate different
    /// Unicode normalisations of the origin.
    public static func == (lhs: Checkpoint, rhs: Checkpoint) -> Bool {
        Array(lhs.body.utf8) == Array(rhs.body.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(Array(body.utf8))
    }
}

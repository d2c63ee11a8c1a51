/// Reads and verifies an export file with nothing but the file and the node's public key.
public enum ExportReader {
    /// Verifies every entry and the final checkpoint. `trustAnchor` is the node key the
    /// auditor trusts; when nil, the key named in the export's header is used.
    public static func verify(contentsOf bytes: [UInt8], trustAnchor: Ed25519PublicKey? = nil) throws -> VerificationReport {
        var lines = bytes.split(separator: 0x0a, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard lines.count >= 3 else { throw ExportError.unsupported(reason: "an export has at least a header, a keys line and a checkpoint line") }
        let header = try object(lines[0], line: 1)
        guard header["format"]?.stringValue == LedgerExport.format, header["version"]?.integerValue == LedgerExport.version else {
            throw ExportError.unsupported(reason: "the header must name format \(LedgerExport.format) version \(LedgerExport.version)")
        }
        guard let origin = header["origin"]?.stringValue, let nodeKeyHex = header["node_key"]?.stringValue,
              let size = header["size"]?.integerValue else {
            throw ExportError.malformedLine(line: 1, reason: "header needs origin, node_key and size")
        }
        let anchor = try trustAnchor ?? Ed25519PublicKey(hex: nodeKeyHex)
        guard lines.count == Int(size) + 3 else {
            throw VerificationFailure(seq: min(Int(size), max(0, lines.count - 3)),
                                      reason: "the header announces \(size) entries but the file holds \(lines.count - 3)")
        }
        let checkpointLine = try object(lines[lines.count - 1], line: lines.count)
        guard let note = checkpointLine["checkpoint"]?.stringValue else {
            throw ExportError.malformedLine(line: lines.count, reason: "the last line must be {\"checkpoint\": …}")
        }
        var verifier = LedgerVerifier(trustAnchor: anchor)
        try verifier.expect(signedCheckpoint: note, origin: origin)
        let entryLines = lines[1...Int(size)]
        for first in stride(from: 0, to: entryLines.count, by: 2_048) {
            let chunk = Array(entryLines.dropFirst(first).prefix(2_048).enumerated())
            let decoded = chunk.concurrentMap { offset, line in
                Result { try row(line, lineNumber: first + offset + 2, position: first + offset) }
            }
            for result in decoded {
                switch result {
                case let .success(row): try verifier.check(row)
                case let .failure(failure):
                    try verifier.checkPendingSignatures()
                    throw failure
                }
            }
        }
        let report = try verifier.finish()
        guard report.checkpointSizes.contains(Int(size)) else {
            throw VerificationFailure(seq: nil, reason: "the checkpoint line must cover all \(size) entries")
        }
        let keysLine = try object(lines[lines.count - 2], line: lines.count - 1)
        guard let keys = keysLine["keys"], keys == LedgerExport.keyIndex(verifier.keys) else {
            throw VerificationFailure(seq: nil, reason: "the keys line does not match the keys registered by the entries")
        }
        return report
    }

    private static func object(_ line: ArraySlice<UInt8>, line number: Int) throws -> JSONObject {
        do {
            guard let object = try JSONValue.parse(Array(line)).objectValue else {
                throw ExportError.malformedLine(line: number, reason: "not a JSON object")
            }
            return object
        } catch let error as JSONError {
            throw ExportError.malformedLine(line: number, reason: error.description)
        }
    }

    /// Reads one entry line. The line must be canonical as a whole, which is checked
    /// without writing the entry twice: its canonical bytes, needed anyway for hashing, are
    /// spliced with the canonical form of the rest of the line and compared with the line.
    private static func row(_ line: ArraySlice<UInt8>, lineNumber: Int, position: Int) throws -> DecodedEntryRow {
        let object = try Self.object(line, line: lineNumber)
        guard let entry = object["entry"], let hashText = object["hash"]?.stringValue,
              let signatures = object["signatures"]?.arrayValue, object.count == 3 else {
            throw VerificationFailure(seq: position, reason: "line \(lineNumber) needs entry, hash and signatures and nothing else")
        }
        let body: [UInt8]
        let rest: [UInt8]
        do {
            body = try entry.canonicalBytes()
            rest = try JSONValue.object(["hash": .string(hashText), "signatures": .array(signatures)]).canonicalBytes()
        } catch {
            throw VerificationFailure(seq: position, reason: "\(error)")
        }
        let seq = entry.objectValue?["seq"]?.integerValue.map(Int.init) ?? position
        guard line.elementsEqual(Array("{\"entry\":".utf8) + body + [UInt8(ascii: ",")] + rest.dropFirst()) else {
            throw VerificationFailure(seq: seq, reason: "line \(lineNumber) is not in RFC 8785 canonical form")
        }
        var raw: [RawSignature] = []
        for signature in signatures {
            guard let keyID = signature.objectValue?["key_id"]?.stringValue,
                  let hex = signature.objectValue?["signature"]?.stringValue,
                  let bytes = try? Hex.decode(hex) else {
                throw VerificationFailure(seq: seq, reason: "a signature needs key_id and a hex signature")
            }
            raw.append(RawSignature(keyID: keyID, bytes: bytes))
        }
        let row = RawEntryRow(seq: seq, storedHash: (try? Hex.decode(hashText)) ?? [], body: body, signatures: raw)
        return DecodedEntryRow(row, entry: Result { () throws(LedgerError) in
            guard body.count <= Entry.maximumBytes else { throw .entryTooLarge(bytes: body.count, limit: Entry.maximumBytes) }
            return try Entry(jsonValue: entry)
        })
    }
}

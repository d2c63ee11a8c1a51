import Ledger

/// The certificate of a project that completed the accelerator: the cohort, the project,
/// its confirmed hours and the day, with the `accelerator.certificate` entry that states
/// them and the proof of that entry's place in the signed log. Its `document` is a JSON
/// file anyone checks offline with the node's public key (`verify(document:nodeKey:)`).
public struct AcceleratorCertificate: Sendable {
    public static let documentType = "glocal.accelerator_certificate"

    public let cohortID: EventID
    public let projectID: ProjectID
    public let hours: Int
    public let certifiedOn: CalendarDate
    public let receipt: LedgerReceipt

    /// The certificate as canonical JSON: `type`, `cohort_id`, `project_id`, `hours`,
    /// `certified_on`, and the receipt's `entry`, `inclusion_proof` and `checkpoint`.
    public func document() throws -> [UInt8] {
        var members = receipt.json
        members["type"] = .string(Self.documentType)
        members["cohort_id"] = .string(cohortID.rawValue)
        members["project_id"] = .string(projectID.rawValue)
        members["hours"] = .integer(Int64(hours))
        members["certified_on"] = .string(certifiedOn.rfc3339)
        return try JSONValue.object(members).canonicalBytes()
    }

    /// Checks a certificate document as an outsider would: the receipt (checkpoint,
    /// signature, inclusion proof), and that the entry is an `accelerator.certificate`
    /// stating exactly the document's cohort, project, hours and day. Throws on the
    /// first failure, whatever byte was changed.
    public static func verify(document: [UInt8], nodeKey: Ed25519PublicKey) throws {
        guard let members = try? JSONValue.parse(document).objectValue,
              (try? JSONValue.object(members).canonicalBytes()) == document else {
            throw ReceiptInvalid(reason: "the certificate is not canonical JSON")
        }
        let entry = try LedgerReceipt.verify(json: members, nodeKey: nodeKey)
        guard members["type"]?.stringValue == documentType, entry.kind.name == "accelerator.certificate" else {
            throw ReceiptInvalid(reason: "the document is not an accelerator certificate")
        }
        for (field, name) in [("cohort_id", "event_id"), ("project_id", "project_id"), ("hours", "hours"), ("certified_on", "certified_on")] {
            guard let stated = members[field], stated == entry.payload[name] else {
                throw ReceiptInvalid(reason: "\(field) differs from the signed entry")
            }
        }
    }
}

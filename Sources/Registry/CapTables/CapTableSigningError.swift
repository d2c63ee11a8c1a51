/// Why an event that needs its stakeholder's own signature could not be recorded as sent.
public enum CapTableSigningError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A transfer or an attestation arrived without the signature of its seller or attester.
    case signatureRequired(event: CapTableEventID, signer: StakeholderID)
    /// A signature was sent for an event that is the Union's act alone.
    case signatureNotExpected(event: CapTableEventID)
    /// Only registry members hold signing keys, so only they can sell units or attest.
    case signerNotAMember(StakeholderID)
    /// A transfer names one key in `signed_by` and is signed with another.
    case keyMismatch(signedBy: String, signatureKey: String)

    public var description: String {
        switch self {
        case let .signatureRequired(event, signer):
            "event \(event) needs the signature of \(signer): sign its statement with your key, or let the node sign with your custodial key"
        case let .signatureNotExpected(event):
            "event \(event) is recorded by the Union alone and takes no member signature"
        case let .signerNotAMember(signer):
            "\(signer) is not a registry member id (mem_…): only members hold keys to sign transfers and attestations"
        case let .keyMismatch(signedBy, signatureKey):
            "the transfer names key \(signedBy) in signed_by but is signed with key \(signatureKey); they must be the same"
        }
    }
}

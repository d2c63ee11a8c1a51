import Registry

/// The two cap table acts a member signs, and how their routes name them.
enum CapTableSignedAct: Equatable {
    case attestation
    case transfer

    var type: String { self == .attestation ? "attest_milestone" : "transfer_shares" }
    var path: String { self == .attestation ? "attestations" : "transfers" }
    var operation: String { self == .attestation ? "attestCapTableMilestone" : "transferCapTableShares" }
    var action: Action { self == .attestation ? .attestVestingMilestone : .transferShares }
    var requestSchema: String { self == .attestation ? "AttestationRequest" : "TransferRequest" }
    var noun: String { self == .attestation ? "milestone attestation" : "share transfer" }
    var signerName: String { self == .attestation ? "the attester" : "the seller" }
    /// The body field naming the member who signs.
    var signerField: String { self == .attestation ? "attester" : "from" }
}

import Ledger

/// How cap table events travel as ledger entries: one `cap.*` kind per event, and the
/// stakeholder whose own signature the entry must carry.
extension CapTableEvent {
    /// The ledger entry kind that records this event.
    public var entryKind: EntryKind {
        switch self {
        case .createShareClass: "cap.share_class"
        case .changeAuthorised: "cap.authorised"
        case .issueShares: "cap.issue"
        case .grantOption: "cap.grant"
        case .attestMilestone: "cap.attest"
        case .exerciseOption: "cap.exercise"
        case .cancelOption: "cap.cancel"
        case .transferShares: "cap.transfer"
        case .pricedRound: "cap.round"
        }
    }

    /// The stakeholder who must sign the event itself: the seller of a transfer, the
    /// attester of a milestone. Every other event is the Union's act, signed by the node alone.
    public var requiredSigner: StakeholderID? {
        switch self {
        case let .transferShares(transfer): transfer.from
        case let .attestMilestone(attestation): attestation.attester
        case .createShareClass, .changeAuthorised, .issueShares, .grantOption, .exerciseOption, .cancelOption, .pricedRound:
            nil
        }
    }
}

extension CapTableEvent {
    /// The payload of the event's ledger entry before any member signature: the event's own
    /// payload and the project it belongs to.
    public func ledgerPayload(in project: ProjectID) -> JSONObject {
        var object = payload.objectValue ?? [:]
        object["project_id"] = .string(project.rawValue)
        return object
    }
}

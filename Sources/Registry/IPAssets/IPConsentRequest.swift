import Ledger

/// An IP act that takes rights from members or gives them rights, waiting for each of
/// them to sign: a deposit naming other members as holders, or a new split of an asset.
/// Nothing changes until every signer has signed; the entry then carries all their
/// signatures (`party_signatures`), so anyone can check that each consented.
public struct IPConsentRequest: Sendable, Equatable {
    public enum Act: String, Sendable, CaseIterable {
        /// A deposit naming other members as holders.
        case deposit
        /// A new split of a deposited asset.
        case assign

        /// The entry the act becomes once everyone has signed.
        var entryKind: EntryKind {
            switch self {
            case .deposit: "ip.deposit"
            case .assign: "ip.assign"
            }
        }
    }

    /// One member whose consent the act needs, and the signature once given.
    public struct Signer: Sendable, Equatable {
        public let memberID: MemberID
        public let signature: PartySignature?
    }

    public let id: IPConsentRequestID
    public let act: Act
    /// The asset the act concerns; for a deposit, the id it will have.
    public let assetID: IPAssetID
    public let title: String
    /// The split the act asks for.
    public let holders: [IPHolding]
    /// For a new split, the split it replaces (the act is refused if that has changed).
    public let previousHolders: [IPHolding]?
    public let signers: [Signer]
    /// The member who asked for the act, when a member did (Union staff may deposit for others).
    public let proposedBy: MemberID?
    public let createdAt: LedgerTime
    /// The payload every signer signs: the entry's, without the signatures.
    public let statement: JSONObject

    /// The members who have not signed yet.
    public var waitingFor: [MemberID] { signers.filter { $0.signature == nil }.map(\.memberID) }

    /// The exact bytes each signer's key signs.
    public var statementBytes: [UInt8] {
        get throws { try PartySignature.statementBytes(of: statement) }
    }
}

/// What an IP act that may need others' consent did: done at once, or waiting for them.
public enum IPActOutcome<Done: Sendable>: Sendable {
    case done(Done)
    case pending(IPConsentRequest)

    /// What the act did, if it is done.
    public var done: Done? {
        if case let .done(value) = self { value } else { nil }
    }

    /// The request it waits on, if it waits.
    public var pending: IPConsentRequest? {
        if case let .pending(request) = self { request } else { nil }
    }
}

/// Why a consent to an IP act is refused.
public enum IPConsentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The member is not among those whose consent the act needs.
    case notASigner(MemberID)
    case alreadySigned(MemberID)
    /// Another act on the asset is already waiting for consent.
    case otherRequestPending(IPAssetID, IPConsentRequestID)
    /// The asset's split changed after the act was asked for; it must be asked for again.
    case splitChanged(IPAssetID)
    /// The act changes nothing.
    case nothingChanges

    public var description: String {
        switch self {
        case let .notASigner(member): "\(member) is not among the members whose consent this act needs"
        case let .alreadySigned(member): "\(member) has already signed this act"
        case let .otherRequestPending(asset, request):
            "another act on \(asset) (\(request)) is waiting for its holders' consent; it must be signed or declined first"
        case let .splitChanged(asset): "the split of \(asset) changed since this act was asked for; ask for it again"
        case .nothingChanges: "the new split is the current one"
        }
    }
}

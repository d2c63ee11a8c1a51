import Ledger

/// Who gives a party's consent to a signature or an attestation. The Union consents
/// through the node key (Union staff ask for it); every other party through a member:
/// the member itself, or the member the proposal named to act for a town. That member's
/// signature travels in the entry's payload, made by a key the member holds
/// (`signature`) or, when `signature` is nil, by the member's custodial key.
public enum PartyConsent: Sendable, Equatable {
    case union
    case member(MemberID, signature: PartySignature?)
}

/// Where a pledge stands. An investor withdraws only a `pledged` one; acceptance turns it
/// into a contract or a round, after which it is neither withdrawn nor accepted again.
public enum PledgeStatus: String, Sendable, Hashable, CaseIterable {
    case pledged
    case withdrawn
    case accepted
}

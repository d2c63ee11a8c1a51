/// The four kinds of event that drive the Union's cycle (DOMAIN.md, steps 2–6).
public enum EventKind: String, Sendable, Hashable, CaseIterable, RegistryCode {
    /// Glocal City Game: ideas submitted, teams formed, the commission selects.
    case game
    /// A cohort of the accelerator: mentoring until each project completes.
    case accelerator
    /// An investment session: projects pitch, investors pledge.
    case investmentSession = "investment_session"
    /// Glocal City Challenge: teams of several towns scored by a committee of judges.
    case challenge
}

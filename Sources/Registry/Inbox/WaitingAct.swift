import Ledger

/// One act that waits for a person — a signature, a decision, a confirmation, marks — with
/// what a page needs to say it by name and link to where it is done. Acts leave the list
/// once done, because each is read from the state that doing it changes.
public enum WaitingAct: Sendable, Equatable {
    /// The holders of an IP asset consent to its deposit or a new split by signing.
    case signIPConsent(IPConsentRequestID, title: String)
    /// A proposed contract waits for the signature of a party the member acts for.
    case signContract(ContractID, kind: ContractKind, projectTitle: String?)
    /// An active contract's milestone waits for the attestation of a party the member acts for.
    case attestMilestone(ContractID, milestone: String, projectTitle: String?)
    /// A standing pledge to a project the member leads waits to be accepted.
    case acceptPledge(PledgeID, session: EventID, projectTitle: String, amount: Kopecks)
    /// A consultation the member gave or received waits for the member's confirmation.
    case confirmConsultation(ConsultationID, cohort: EventID, projectTitle: String, heldOn: CalendarDate)
    /// A running Challenge has teams assigned to the member with no mark yet.
    case markTeams(EventID, challengeTitle: String, teams: Int)
    /// Applications for membership wait for the Union's decision.
    case decideApplications(count: Int)
}

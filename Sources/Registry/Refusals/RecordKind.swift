/// The kinds of record a request may name that the registry does not hold, so that a
/// refusal says which kind was missing without a sentence to parse.
public enum RecordKind: String, Sendable, CaseIterable {
    case city, community, communityMembership = "community membership", consultation, contract, criterion, event
    case gameApproval = "approval", gameIdea = "idea", ipAsset = "IP asset", ipConsent = "IP act waiting for consent"
    case member, milestone, party, pledge, signingKey = "signing key", practice, project, team, teamPlace = "place on the team"
    case cohortEntrant = "project in the cohort", certificate, challengeTown = "town of the challenge"
}

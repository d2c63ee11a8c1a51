/// Everything a caller can ask the server to do, named for the policy. Each route
/// declares exactly one.
public enum Action: String, Sendable, CaseIterable {
    /// Reaching a path or method no route serves (answered 404, 405 or 501).
    case reachUnroutedPath = "unrouted.reach"
    case readHealth = "health.read"
    case readAPIDocument = "api_document.read"
    case readMetrics = "metrics.read"
    case logIn = "session.create"
    case logOut = "session.delete"
    case readOwnAccount = "account.read_own"
    case readOwnWaitingActs = "waiting_act.read_own"
    case readOwnContract = "contract.read_own"
    case listOwnAPITokens = "api_token.list_own"
    case createAPIToken = "api_token.create"
    case revokeAPIToken = "api_token.revoke"
    case createAccount = "account.create"
    case signUp = "account.sign_up"
    case confirmEmail = "account.email.confirm"
    case readMailOutbox = "mail_outbox.read"
    case setOwnMailPreferences = "mail_preferences.set_own"
    case unsubscribeMail = "mail.unsubscribe"
    case readAccount = "account.read"
    case grantRole = "account.role.grant"
    case revokeRole = "account.role.revoke"
    case readCities = "city.read"
    case registerCity = "city.register"
    case applyForMembership = "member.apply"
    case readMember = "member.read"
    case readMemberPersonalData = "member.read_personal_data"
    case listMembers = "member.list"
    case decideMembership = "member.status.set"
    case setMemberRoles = "member.roles.set"
    case eraseMember = "member.erase"
    case exportRegister = "register.export"
    case importRegister = "register.import"
    case readIPAssets = "ip_asset.read"
    case depositIPAsset = "ip_asset.deposit"
    case assignIPAsset = "ip_asset.assign"
    case readIPConsentRequests = "ip_consent.list"
    case readIPConsentRequest = "ip_consent.read"
    case signIPConsentRequest = "ip_consent.sign"
    case declineIPConsentRequest = "ip_consent.decline"
    case licenseIPAsset = "ip_asset.license"
    case readPractices = "practice.read"
    case reportPractice = "practice.report"
    case recordPracticeAdoption = "practice.adopt"
    case readProjects = "project.read"
    case createProject = "project.create"
    case editProject = "project.edit"
    case setProjectTeam = "project.team.set"
    case planProject = "project.milestone.write"
    case moveProjectStage = "project.stage.set"
    case recordAdoption = "project.adopt"
    case readCommunities = "community.read"
    case createCommunity = "community.create"
    case changeCommunityMembers = "community.member.set"
    case readProfiles = "profile.read"
    /// Reading the profiles of a member the Union has not admitted (or no longer does).
    case readUnlistedProfile = "profile.read_unlisted"
    case editProfile = "profile.edit"
    case readCityProfiles = "city_profile.read"
    case recordCityProfile = "city_profile.record"
    case readMemberKeys = "member_key.read"
    case addMemberKey = "member_key.add"
    case readEvents = "event.read"
    case manageEvents = "event.manage"
    case readCapTable = "cap_table.read"
    /// Seeing a cap table in full, beyond the detail its project chose to show.
    case readFullCapTable = "cap_table.read_full"
    /// Seeing one's own position when the project shows no holders.
    case readOwnCapTablePosition = "cap_table.position.read_own"
    case setCapTableVisibility = "cap_table.visibility.set"
    case recordCapTableEvent = "cap_table.record"
    case exerciseOption = "cap_table.exercise"
    case attestVestingMilestone = "cap_table.attest"
    case transferShares = "cap_table.transfer"
    case readChallenges = "challenge.read"
    case readPages = "page.read"
    case runChallenge = "challenge.run"
    case markChallenge = "challenge.mark"
    /// Reading one's own assignments, progress and conflicts as a judge.
    case readOwnJudging = "challenge.judging.read_own"
    case decideChallengeTie = "challenge.tie.decide"
    case readLiveChallenge = "challenge.read_live"
    case readContracts = "contract.read"
    case proposeContract = "contract.propose"
    /// Signing a contract for a party: the Union through staff, others through their member.
    case signContract = "contract.sign"
    case attestMilestone = "contract.attest"
    /// Pledging to a crowdfunding for a town, or withdrawing a pledge.
    case pledgeToContract = "contract.pledge"
    /// Reporting costs, revenue and subscription payments under a contract.
    case reportContractMoney = "contract.report"
    /// Closing a crowdfunding or terminating a contract by the rule its terms name.
    case endContract = "contract.end"
    case registerForGame = "game.register"
    case submitIdea = "game.idea.submit"
    case formTeam = "game.team.change"
    case approveIdea = "game.idea.approve"
    case logConsultation = "accelerator.consultation.log"
    case confirmConsultation = "accelerator.consultation.confirm"
    case readInvestmentSessions = "investment_session.read"
    /// Setting a session's agenda, recording the Union's option in a project, sealing.
    case runInvestmentSession = "investment_session.run"
    /// Registering a member as an investor of a session: the member itself or Union staff.
    case registerInvestor = "investment_session.register"
    /// Pledging at a session or withdrawing a pledge: the investor's own act.
    case pledgeInvestment = "investment_session.pledge"
    /// Accepting a pledge for its project: the project's lead or Union staff.
    case acceptPledge = "investment_session.accept"
    /// Reading a pledge's conditions: its investor, the project's lead and Union staff.
    case readPledgeConditions = "investment_session.read_conditions"

    /// Actions no route declares: asked by a handler about one resource (or by the
    /// router for paths no route serves).
    public static let decidedWithinRoutes: Set<Action> = [.reachUnroutedPath, .readMemberPersonalData, .readUnlistedProfile,
                                                          .readFullCapTable, .readOwnCapTablePosition, .readPledgeConditions]
}

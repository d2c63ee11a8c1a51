import Registry

/// The one place that decides whether an actor may perform an action on a resource.
/// Handlers never check roles themselves. The router asks `gate` before a handler runs;
/// an `Operation` asks `decide` with the resource its action concerns, and without that
/// resource `decide` refuses: the policy fails closed.
public enum Policy {
    /// The thing acted on, when ownership matters.
    public enum Resource: Sendable, Equatable {
        case ownedBy(accountID: String)
        /// An IP asset (or one about to be deposited), by the accounts of its holders
        /// who are admitted members: the only members who may act on it themselves.
        case heldBy(accountIDs: Set<String>)
        /// The caller's own standing as a member: whether the Union has admitted it.
        case callerMembership(admitted: Bool)
        /// A project, by the account of its team lead (nil when the lead has no login).
        case project(leadAccountID: String?)
        /// A Challenge, by the caller's part in it: a judge, and the committee's chair.
        case challenge(callerIsJudge: Bool, callerIsChair: Bool)
        /// A party of a contract giving its consent: the Union, or another party by the
        /// account of the member who acts for it (nil when no member with a login does).
        case contractParty(isUnion: Bool, actingAccountID: String?)
        /// A place on a Game team, by the accounts of the member on it and of the team's lead.
        case teamPlace(memberAccountID: String?, leadAccountID: String?)
        /// A Game's commission: whether the caller sits on it, by the `committee` role or
        /// as a member named on it.
        case commission(seated: Bool)
        /// A consultation, by the accounts of its mentor and of the project's lead.
        case consultation(mentorAccountID: String?, leadAccountID: String?)
        /// A pledge at an investment session, by the accounts of its investor and of the
        /// lead of the project it is made to (nil when that member has no login).
        case pledge(investorAccountID: String?, leadAccountID: String?)
        /// An IP act waiting for consent, by the accounts of the members asked to sign it
        /// and of the member who asked for it.
        case consentRequest(signerAccountIDs: Set<String>, proposerAccountID: String?)
    }

    public enum Verdict: Sendable, Equatable {
        case allow
        /// Nobody is signed in and the action needs someone (401).
        case unauthenticated
        /// Signed in, but not allowed (403), with the reason.
        case deny(String)
    }

    /// The route's gate, before anything is loaded: for an action that concerns a resource
    /// only whether someone is signed in (its operation decides with the resource), for
    /// the others the whole verdict.
    public static func gate(actor: Actor?, action: Action) -> Verdict {
        guard action.concernsResource else { return decide(actor: actor, action: action) }
        return actor == nil ? .unauthenticated : .allow
    }

    /// The verdict on `action`; an action that concerns a resource is refused without it.
    public static func decide(actor: Actor?, action: Action, resource: Resource? = nil) -> Verdict {
        if action.concernsResource && resource == nil {
            return actor == nil ? .unauthenticated : .deny("This act is decided by the record it concerns, and none was given.")
        }
        return rule(actor: actor, action: action, resource: resource)
    }

    private static func rule(actor: Actor?, action: Action, resource: Resource?) -> Verdict {
        switch action {
        case .reachUnroutedPath, .readHealth, .readAPIDocument, .logIn, .readCities, .readMember, .readIPAssets,
             .readPractices, .readProjects, .readCommunities, .readProfiles, .readCityProfiles, .readMemberKeys,
             .readEvents, .readChallenges, .readContracts, .readCapTable, .readPages, .readInvestmentSessions, .readLedger:
            return .allow
        case .witnessCheckpoint:
            // The checkpoint's signature by a log the witness follows is the proof (C2SP tlog-witness).
            return .allow
        case .readMetrics:
            return require(actor, anyOf: [.admin], toDo: "read the server's metrics")
        case .readMailOutbox:
            return require(actor, anyOf: [.admin], toDo: "read the mail the node sends")
        case .readNode:
            return require(actor, anyOf: [.admin], toDo: "read the node's keys and backups")
        case .backUpNode:
            return require(actor, anyOf: [.admin], toDo: "back up the node")
        case .listAccounts:
            return require(actor, anyOf: [.admin], toDo: "list the node's accounts")
        case .confirmEmail, .unsubscribeMail, .resetPassword:
            // The link's token is the proof: whoever holds the mail confirms its address,
            // sets a new password, or declines mail of its kind (a mail provider's one-click
            // POST carries no session).
            return .allow
        case .askPasswordReset:
            // Anyone may ask; the link goes only to the account's own address.
            return .allow
        case .logOut, .readOwnAccount, .setOwnMailPreferences, .readOwnWaitingActs, .readOwnContract, .listOwnAPITokens, .createAPIToken, .readOwnJudging:
            return actor == nil ? .unauthenticated : .allow
        case .revokeAPIToken:
            guard let actor else { return .unauthenticated }
            switch resource {
            case let .ownedBy(owner)? where owner == actor.accountID: return .allow
            default: break
            }
            return actor.roles.contains(.admin) ? .allow : .deny("Only the token's owner or an admin may revoke it.")
        case .createAccount, .grantRole, .revokeRole:
            return require(actor, anyOf: [.admin], toDo: "create accounts or change roles")
        case .readAccount:
            return require(actor, anyOf: [.admin, .unionStaff], toDo: "read other accounts")
        case .applyForMembership:
            return actor == nil ? .unauthenticated : .allow
        case .signUp:
            // Anyone may open an account; it holds no role until the Union admits it as a member.
            return .allow
        case .depositIPAsset, .assignIPAsset, .licenseIPAsset:
            guard let actor else { return .unauthenticated }
            // Decided by the asset's holders. An admitted member acts on assets it
            // holds part of; Union staff register and manage any asset on holders' behalf.
            switch resource {
            case let .heldBy(holders)? where holders.contains(actor.accountID): return .allow
            default: break
            }
            return require(actor, anyOf: [.unionStaff], toDo: "deposit, assign or license an IP asset they do not hold")
        case .reportPractice, .recordPracticeAdoption:
            // The knowledge base is curated: staff enter what towns report and adopt, so
            // that a practice is a town's account checked by the Union, not a free post.
            return require(actor, anyOf: [.unionStaff], toDo: "keep the knowledge base of practices")
        case .registerCity, .listMembers, .decideMembership, .setMemberRoles:
            return require(actor, anyOf: [.unionStaff], toDo: "keep the register of cities and members")
        case .exportRegister, .importRegister:
            return require(actor, anyOf: [.unionStaff], toDo: "export or import the registers as CSV")
        case .readMemberPersonalData, .eraseMember:
            guard let actor else { return .unauthenticated }
            // Decided by the member: its own account or staff may proceed.
            switch resource {
            case let .ownedBy(owner)? where owner == actor.accountID: return .allow
            default: break
            }
            return require(actor, anyOf: [.unionStaff], toDo: "see or erase another member's personal data")
        case .createProject:
            guard actor != nil else { return .unauthenticated }
            // Decided by the caller's membership, since only admitted members lead projects.
            if case .callerMembership(admitted: false)? = resource {
                return .deny("Only admitted members of the Union may start a project: apply for membership and wait for Union staff to admit you.")
            }
            return .allow
        case .editProject, .setProjectTeam, .planProject:
            guard let actor else { return .unauthenticated }
            // Decided by the project: its lead or Union staff proceed.
            switch resource {
            case let .project(lead)? where lead == actor.accountID: return .allow
            default: return require(actor, anyOf: [.unionStaff], toDo: "change a project they do not lead")
            }
        case .createCommunity, .changeCommunityMembers:
            return require(actor, anyOf: [.unionStaff], toDo: "create communities or change their members")
        case .editProfile, .readUnlistedProfile:
            guard let actor else { return .unauthenticated }
            // Decided by the member's account. A member edits its own profiles (and sees them before it
            // is admitted); Union staff edit and see any.
            switch resource {
            case let .ownedBy(owner)? where !owner.isEmpty && owner == actor.accountID: return .allow
            default: break
            }
            return require(actor, anyOf: [.unionStaff], toDo: "edit or see another member's profiles")
        case .recordCityProfile:
            return require(actor, anyOf: [.unionStaff], toDo: "record a city's directions, audits or indicators")
        case .keepRoadMap:
            // The road map's steps are the organising committee's as much as the Union's.
            return require(actor, anyOf: [.unionStaff, .committee], toDo: "keep a town's road map")
        case .readIPConsentRequests:
            // Members see the acts that concern them, staff all of them: the operation chooses.
            return actor == nil ? .unauthenticated : .allow
        case .readIPConsentRequest, .declineIPConsentRequest:
            guard let actor else { return .unauthenticated }
            switch resource {
            case let .consentRequest(signers, proposer)? where signers.contains(actor.accountID) || proposer == actor.accountID:
                return .allow
            case .consentRequest? where action == .readIPConsentRequest:
                return require(actor, anyOf: [.unionStaff], toDo: "see an IP act waiting for other members' consent")
            default:
                return .deny("Only the members an IP act waits for, and the member who asked for it, may decline or withdraw it.")
            }
        case .signIPConsentRequest:
            guard let actor else { return .unauthenticated }
            // Consent is personal: staff cannot give it for a member.
            switch resource {
            case let .consentRequest(signers, _)? where signers.contains(actor.accountID): return .allow
            default: return .deny("Only a member the IP act waits for, signed in to its own account, may sign it.")
            }
        case .addMemberKey:
            guard let actor else { return .unauthenticated }
            // A signing key speaks for its member: only the member's own account adds one,
            // never staff, or the Union could sign for a member without the member.
            switch resource {
            case let .ownedBy(owner)? where !owner.isEmpty && owner == actor.accountID: return .allow
            default: return .deny("Only the member itself, signed in to its own account, may add its signing keys.")
            }
        case .runChallenge:
            return require(actor, anyOf: [.unionStaff], toDo: "set a challenge's rules, teams, judges and assignments, or seal it")
        case .readLiveChallenge:
            // The live board and the history of marks are for the committee and staff; the
            // public board may be frozen for the last phase.
            return require(actor, anyOf: [.unionStaff, .committee], toDo: "see the live board and every mark")
        case .markChallenge, .decideChallengeTie:
            guard actor != nil else { return .unauthenticated }
            // Decided by the caller's part in the challenge.
            switch resource {
            case .challenge(callerIsJudge: true, _)? where action == .markChallenge: return .allow
            case .challenge(_, callerIsChair: true)? where action == .decideChallengeTie: return .allow
            default:
                return .deny(action == .markChallenge ? "Only judges of this challenge may mark it."
                                                      : "Only the committee's chair decides ties.")
            }
        case .manageEvents:
            return require(actor, anyOf: [.unionStaff], toDo: "announce events or move them along")
        case .proposeContract, .reportContractMoney, .endContract:
            // Contracts are the Union's: staff put them forward with their legal text,
            // account the money the Union handles, and end them as their terms allow.
            return require(actor, anyOf: [.unionStaff], toDo: "propose contracts, report their money or end them")
        case .signContract, .attestMilestone, .pledgeToContract:
            guard let actor else { return .unauthenticated }
            // Decided by the party.
            // Staff consent for the Union; for anyone else only the member who acts for
            // the party does, never staff, or the Union could consent for its partners.
            switch resource {
            case .contractParty(isUnion: true, _)?:
                return require(actor, anyOf: [.unionStaff], toDo: "sign, attest or pledge for the Union")
            case let .contractParty(isUnion: false, acting)? where acting != nil && acting == actor.accountID: return .allow
            default: return .deny("Only the member who acts for this party, signed in to its own account, may sign, attest or pledge for it.")
            }
        case .registerForGame, .submitIdea:
            guard actor != nil else { return .unauthenticated }
            // Decided by the caller's membership: only admitted members
            // take part in a Game; the registry then checks registration and the status.
            if case .callerMembership(admitted: false)? = resource {
                return .deny("Only admitted members of the Union take part in a Game.")
            }
            return .allow
        case .formTeam:
            guard let actor else { return .unauthenticated }
            // A participant joins a team itself; a member leaves, or the lead removes it;
            // the lead hands out roles. Union staff may do any of these.
            switch resource {
            case let .project(lead)? where lead == actor.accountID: return .allow
            case let .teamPlace(member, lead)? where member == actor.accountID || lead == actor.accountID: return .allow
            default: return require(actor, anyOf: [.unionStaff], toDo: "change a Game team they are not on or do not lead")
            }
        case .approveIdea:
            guard let actor else { return .unauthenticated }
            switch resource {
            case .commission(seated: true)?: return .allow
            default:
                return require(actor, anyOf: [.committee], toDo: "approve ideas, unless their member is named on the game's commission")
            }
        case .logConsultation, .confirmConsultation:
            guard let actor else { return .unauthenticated }
            // Both sides of a consultation speak for themselves: its mentor and the
            // project's lead. Staff may log one for them, never confirm it.
            switch resource {
            case let .consultation(mentor, lead)? where mentor == actor.accountID || lead == actor.accountID: return .allow
            default:
                guard action == .logConsultation else {
                    return .deny("Only the consultation's mentor and the project's team lead confirm it.")
                }
                return require(actor, anyOf: [.unionStaff], toDo: "log a consultation for a mentor or a team")
            }
        case .runInvestmentSession:
            return require(actor, anyOf: [.unionStaff], toDo: "set a session's agenda, record the Union's option or seal it")
        case .registerInvestor:
            guard let actor else { return .unauthenticated }
            // Decided by the member's account: a member registers itself,
            // Union staff register anyone.
            switch resource {
            case let .ownedBy(owner)? where !owner.isEmpty && owner == actor.accountID: return .allow
            default: return require(actor, anyOf: [.unionStaff], toDo: "register another member as an investor")
            }
        case .pledgeInvestment:
            guard let actor else { return .unauthenticated }
            // A pledge commits the investor's own money: only its own account pledges and
            // withdraws, never staff on its behalf.
            switch resource {
            case let .ownedBy(owner)? where !owner.isEmpty && owner == actor.accountID: return .allow
            default: return .deny("Only the investor itself, signed in to its own account, pledges or withdraws its pledges.")
            }
        case .acceptPledge:
            guard let actor else { return .unauthenticated }
            // The project's lead accepts for its team; staff accept for the Union on the
            // lead's consent given at the session. Decided by the project.
            switch resource {
            case let .project(lead)? where lead != nil && lead == actor.accountID: return .allow
            default: return require(actor, anyOf: [.unionStaff], toDo: "accept a pledge to a project they do not lead")
            }
        case .readPledgeConditions:
            guard let actor else { return .unauthenticated }
            // Conditions are free text kept off the ledger: the two sides of the pledge and
            // Union staff read them.
            if case let .pledge(investor, lead)? = resource, [investor, lead].contains(actor.accountID) { return .allow }
            return require(actor, anyOf: [.unionStaff], toDo: "read the conditions of another investor's pledge")
        case .moveProjectStage, .recordAdoption:
            return require(actor, anyOf: [.unionStaff], toDo: "move projects between stages or record adoptions")
        case .readFullCapTable, .setCapTableVisibility:
            // The project's lead and Union staff see its whole cap table and choose what
            // everyone else sees. Decided by the project.
            guard let actor else { return .unauthenticated }
            switch resource {
                        case let .project(lead)? where lead != nil && lead == actor.accountID: return .allow
            default: return require(actor, anyOf: [.unionStaff], toDo: "see or set the detail of a cap table of a project they do not lead")
            }
        case .readOwnCapTablePosition, .exerciseOption:
            guard let actor else { return .unauthenticated }
            // Decided by the holder's account: a holder sees its own
            // position and exercises its own options; Union staff do both for anyone.
            switch resource {
                        case let .ownedBy(owner)? where !owner.isEmpty && owner == actor.accountID: return .allow
            default: return require(actor, anyOf: [.unionStaff], toDo: "see a position or exercise an option that is not theirs")
            }
        case .recordCapTableEvent:
            return require(actor, anyOf: [.unionStaff], toDo: "create share classes, issue shares, grant or cancel options or record rounds")
        case .attestVestingMilestone, .transferShares:
            guard let actor else { return .unauthenticated }
            // A transfer or an attestation is the member's own signed act: only the seller's
            // or the attester's own account sends it, never staff on their behalf.
            switch resource {
            case let .ownedBy(owner)? where !owner.isEmpty && owner == actor.accountID: return .allow
            default: return .deny("Only the seller of the units or the named attester may sign and send this, from their own account.")
            }
        }
    }

    private static func require(_ actor: Actor?, anyOf roles: Set<Role>, toDo what: String) -> Verdict {
        guard let actor else { return .unauthenticated }
        guard actor.roles.isDisjoint(with: roles) else { return .allow }
        let names = roles.map(\.rawValue).sorted().joined(separator: " or ")
        return .deny("Only accounts with the role \(names) may \(what).")
    }
}

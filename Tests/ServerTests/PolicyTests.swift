import Registry
import Testing

@testable import Server

/// Walks the whole route table × every role: the policy's verdict must be exactly what
/// each route declares, so the table (and the OpenAPI document built from it) never lies.
@Suite struct PolicyTests {
    static func actors() -> [(String, Actor?)] {
        var actors: [(String, Actor?)] = [("anonymous", nil)]
        for role in Role.allCases {
            actors.append((role.rawValue, Actor(accountID: "acc_\(role.rawValue)", roles: [role], credential: .bearerToken)))
        }
        actors.append(("no roles", Actor(accountID: "acc_none", roles: [], credential: .bearerToken)))
        actors.append(("all roles", Actor(accountID: "acc_all", roles: Set(Role.allCases), credential: .bearerToken)))
        return actors
    }

    @Test func everyRouteDeclaresWhatThePolicyDecides() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let routes = app.application.router.routes
        #expect(!routes.isEmpty)
        for route in routes {
            for (name, actor) in Self.actors() {
                let verdict = Policy.gate(actor: actor, action: route.action)
                let declared = route.access.admits(actor)
                #expect((verdict == .allow) == declared, "\(route.label) for \(name): policy \(verdict), table says \(route.access)")
                if actor == nil && !declared { #expect(verdict == .unauthenticated, "\(route.label) anonymous") }
            }
        }
    }

    @Test func everyActionIsServedByARoute() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let used = Set(app.application.router.routes.map(\.action)).union(Action.decidedWithinRoutes)
        for action in Action.allCases {
            #expect(used.contains(action), "action \(action.rawValue) has no route")
        }
    }

    @Test func projectsAreChangedByTheirLeadAndStaffOnly() {
        let lead = Actor(accountID: "acc_lead", roles: [.resident], credential: .bearerToken)
        let other = Actor(accountID: "acc_other", roles: [.resident, .mentor, .investor, .committee], credential: .bearerToken)
        let staff = Actor(accountID: "acc_staff", roles: [.unionStaff], credential: .bearerToken)
        let project = Policy.Resource.project(leadAccountID: "acc_lead")
        let leaderless = Policy.Resource.project(leadAccountID: nil)
        for action in [Action.editProject, .setProjectTeam, .planProject] {
            #expect(Policy.decide(actor: lead, action: action, resource: project) == .allow)
            #expect(Policy.decide(actor: staff, action: action, resource: project) == .allow)
            #expect(Policy.decide(actor: other, action: action, resource: project) != .allow)
            #expect(Policy.decide(actor: nil, action: action, resource: project) == .unauthenticated)
            #expect(Policy.decide(actor: lead, action: action, resource: leaderless) != .allow)
            #expect(Policy.decide(actor: staff, action: action, resource: leaderless) == .allow)
        }
        for action in [Action.moveProjectStage, .recordAdoption] {
            #expect(Policy.decide(actor: lead, action: action, resource: project) != .allow)
            #expect(Policy.decide(actor: staff, action: action, resource: project) == .allow)
        }
        #expect(Policy.decide(actor: other, action: .createProject, resource: .callerMembership(admitted: true)) == .allow)
        #expect(Policy.decide(actor: staff, action: .createProject, resource: .callerMembership(admitted: false)) != .allow)
        #expect(Policy.decide(actor: nil, action: .readProjects, resource: project) == .allow)
    }

    @Test func capTablesAreSeenInFullByTheLeadAndStaffAndSignedActsOnlyByTheSigner() {
        let lead = Actor(accountID: "acc_lead", roles: [.resident], credential: .bearerToken)
        let holder = Actor(accountID: "acc_holder", roles: [.resident, .investor], credential: .bearerToken)
        let staff = Actor(accountID: "acc_staff", roles: [.unionStaff], credential: .bearerToken)
        let project = Policy.Resource.project(leadAccountID: "acc_lead")
        for action in [Action.readFullCapTable, .setCapTableVisibility] {
            #expect(Policy.decide(actor: lead, action: action, resource: project) == .allow)
            #expect(Policy.decide(actor: staff, action: action, resource: project) == .allow)
            #expect(Policy.decide(actor: holder, action: action, resource: project) != .allow)
            #expect(Policy.decide(actor: lead, action: action, resource: .project(leadAccountID: nil)) != .allow)
        }
        let holding = Policy.Resource.ownedBy(accountID: "acc_holder")
        for action in [Action.readOwnCapTablePosition, .exerciseOption] {
            #expect(Policy.decide(actor: holder, action: action, resource: holding) == .allow)
            #expect(Policy.decide(actor: staff, action: action, resource: holding) == .allow)
            #expect(Policy.decide(actor: lead, action: action, resource: holding) != .allow)
        }
        for action in [Action.transferShares, .attestVestingMilestone] {
            #expect(Policy.decide(actor: holder, action: action, resource: holding) == .allow)
            #expect(Policy.decide(actor: staff, action: action, resource: holding) != .allow, "staff never sign for a member")
            #expect(Policy.decide(actor: holder, action: action, resource: .ownedBy(accountID: "")) != .allow)
        }
        #expect(Policy.decide(actor: lead, action: .recordCapTableEvent) != .allow)
        #expect(Policy.decide(actor: staff, action: .recordCapTableEvent) == .allow)
        #expect(Policy.decide(actor: nil, action: .readCapTable) == .allow)
    }

    @Test func personalDataIsForTheMemberAndStaffOnly() {
        let member = Actor(accountID: "acc_m", roles: [.resident], credential: .bearerToken)
        let neighbour = Actor(accountID: "acc_n", roles: [.resident, .mentor, .investor, .committee], credential: .bearerToken)
        let staff = Actor(accountID: "acc_s", roles: [.unionStaff], credential: .bearerToken)
        let resource = Policy.Resource.ownedBy(accountID: "acc_m")
        for action in [Action.readMemberPersonalData, .eraseMember] {
            #expect(Policy.decide(actor: member, action: action, resource: resource) == .allow)
            #expect(Policy.decide(actor: staff, action: action, resource: resource) == .allow)
            #expect(Policy.decide(actor: neighbour, action: action, resource: resource) != .allow)
            #expect(Policy.decide(actor: nil, action: action, resource: resource) == .unauthenticated)
        }
    }

    @Test func profilesAreEditedByTheirMemberAndStaffOnly() {
        let member = Actor(accountID: "acc_m", roles: [.resident, .mentor], credential: .bearerToken)
        let neighbour = Actor(accountID: "acc_n", roles: [.resident, .mentor, .investor, .committee], credential: .bearerToken)
        let staff = Actor(accountID: "acc_s", roles: [.unionStaff], credential: .bearerToken)
        for action in [Action.editProfile, .readUnlistedProfile] {
            let resource = Policy.Resource.ownedBy(accountID: "acc_m")
            #expect(Policy.decide(actor: member, action: action, resource: resource) == .allow)
            #expect(Policy.decide(actor: staff, action: action, resource: resource) == .allow)
            #expect(Policy.decide(actor: neighbour, action: action, resource: resource) != .allow)
            #expect(Policy.decide(actor: nil, action: action, resource: resource) == .unauthenticated)
            let noLogin = Policy.Resource.ownedBy(accountID: "")
            #expect(Policy.decide(actor: Actor(accountID: "", roles: [.resident], credential: .bearerToken), action: action,
                                  resource: noLogin) != .allow, "a member without a login is no one's to edit but staff's")
            #expect(Policy.decide(actor: staff, action: action, resource: noLogin) == .allow)
        }
        #expect(Policy.decide(actor: nil, action: .readProfiles) == .allow)
    }

    @Test func ipAssetsAreChangedByTheirAdmittedHoldersAndStaffOnly() {
        let holder = Actor(accountID: "acc_h", roles: [.resident], credential: .bearerToken)
        let neighbour = Actor(accountID: "acc_n", roles: [.resident, .mentor, .investor, .committee, .admin],
                              credential: .bearerToken)
        let staff = Actor(accountID: "acc_s", roles: [.unionStaff], credential: .bearerToken)
        let asset = Policy.Resource.heldBy(accountIDs: ["acc_h", "acc_other"])
        for action in [Action.depositIPAsset, .assignIPAsset, .licenseIPAsset] {
            #expect(Policy.decide(actor: holder, action: action, resource: asset) == .allow)
            #expect(Policy.decide(actor: staff, action: action, resource: asset) == .allow)
            #expect(Policy.decide(actor: neighbour, action: action, resource: asset) != .allow)
            #expect(Policy.decide(actor: holder, action: action, resource: .ownedBy(accountID: "acc_h")) != .allow)
            #expect(Policy.decide(actor: nil, action: action, resource: asset) == .unauthenticated)
        }
        #expect(Policy.decide(actor: neighbour, action: .eraseMember, resource: asset) != .allow)
    }

    @Test func theCommissionVotesAndBothSidesOfAConsultationConfirmIt() {
        let resident = Actor(accountID: "acc_r", roles: [.resident, .mentor, .investor], credential: .bearerToken)
        let committee = Actor(accountID: "acc_c", roles: [.committee], credential: .bearerToken)
        let staff = Actor(accountID: "acc_s", roles: [.unionStaff, .admin], credential: .bearerToken)
        #expect(Policy.decide(actor: committee, action: .approveIdea, resource: .commission(seated: false)) == .allow)
        #expect(Policy.decide(actor: resident, action: .approveIdea, resource: .commission(seated: true)) == .allow)
        #expect(Policy.decide(actor: resident, action: .approveIdea, resource: .commission(seated: false)) != .allow)
        #expect(Policy.decide(actor: staff, action: .approveIdea, resource: .commission(seated: false)) != .allow)

        let consultation = Policy.Resource.consultation(mentorAccountID: "acc_m", leadAccountID: "acc_l")
        for side in ["acc_m", "acc_l"] {
            let actor = Actor(accountID: side, roles: [.resident], credential: .bearerToken)
            #expect(Policy.decide(actor: actor, action: .confirmConsultation, resource: consultation) == .allow)
            #expect(Policy.decide(actor: actor, action: .logConsultation, resource: consultation) == .allow)
        }
        #expect(Policy.decide(actor: staff, action: .logConsultation, resource: consultation) == .allow)
        #expect(Policy.decide(actor: staff, action: .confirmConsultation, resource: consultation) != .allow)
        #expect(Policy.decide(actor: resident, action: .confirmConsultation, resource: consultation) != .allow)

        let place = Policy.Resource.teamPlace(memberAccountID: "acc_r", leadAccountID: "acc_l")
        #expect(Policy.decide(actor: resident, action: .formTeam, resource: place) == .allow)
        #expect(Policy.decide(actor: committee, action: .formTeam, resource: place) != .allow)
        #expect(Policy.decide(actor: staff, action: .formTeam, resource: place) == .allow)
    }

    @Test func pledgesAreTheInvestorsOwnAcceptedByTheLeadOrStaffAndTheirConditionsSeenByBothSides() {
        let investor = Actor(accountID: "acc_investor", roles: [.investor], credential: .bearerToken)
        let lead = Actor(accountID: "acc_lead", roles: [.resident], credential: .bearerToken)
        let other = Actor(accountID: "acc_other", roles: [.investor, .committee], credential: .bearerToken)
        let staff = Actor(accountID: "acc_staff", roles: [.unionStaff], credential: .bearerToken)
        let own = Policy.Resource.ownedBy(accountID: "acc_investor")
        #expect(Policy.decide(actor: investor, action: .pledgeInvestment, resource: own) == .allow)
        #expect(Policy.decide(actor: staff, action: .pledgeInvestment, resource: own) != .allow, "staff never pledge for investors")
        #expect(Policy.decide(actor: other, action: .pledgeInvestment, resource: own) != .allow)
        #expect(Policy.decide(actor: investor, action: .registerInvestor, resource: own) == .allow)
        #expect(Policy.decide(actor: staff, action: .registerInvestor, resource: own) == .allow)
        #expect(Policy.decide(actor: other, action: .registerInvestor, resource: own) != .allow)
        let project = Policy.Resource.project(leadAccountID: "acc_lead")
        #expect(Policy.decide(actor: lead, action: .acceptPledge, resource: project) == .allow)
        #expect(Policy.decide(actor: staff, action: .acceptPledge, resource: project) == .allow)
        #expect(Policy.decide(actor: investor, action: .acceptPledge, resource: project) != .allow)
        #expect(Policy.decide(actor: lead, action: .acceptPledge, resource: .project(leadAccountID: nil)) != .allow)
        let pledge = Policy.Resource.pledge(investorAccountID: "acc_investor", leadAccountID: "acc_lead")
        for actor in [investor, lead, staff] {
            #expect(Policy.decide(actor: actor, action: .readPledgeConditions, resource: pledge) == .allow)
        }
        #expect(Policy.decide(actor: other, action: .readPledgeConditions, resource: pledge) != .allow)
        #expect(Policy.decide(actor: nil, action: .readPledgeConditions, resource: pledge) == .unauthenticated)
    }
}

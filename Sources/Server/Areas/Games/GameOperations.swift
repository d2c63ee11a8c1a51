import Registry

/// The acts of a Glocal City Game, run alike by the JSON routes and the Game's pages:
/// Union staff set it up, admitted members register and put ideas forward, participants
/// form teams (decided by the place on the team and its lead), and the commission
/// approves ideas.
struct GameOperations: Sendable {
    /// A member's place on the team of one of the Game's ideas.
    struct TeamPlace: Sendable {
        let game: EventID
        let idea: ProjectID
        let member: MemberID
    }

    let configure: Operation<Change<EventID, GameSettings>, GameSettings>
    let register: Operation<EventID, MemberID>
    let submit: Operation<Change<EventID, IdeaSubmission>, GameIdea>
    let join: Operation<Change<EventID, ProjectID>, Project>
    let setRole: Operation<Change<TeamPlace, TeamRole>, Project>
    let leave: Operation<TeamPlace, Project>
    let approve: Operation<Change<EventID, ProjectID>, GameIdea>
    let withdrawApproval: Operation<Change<EventID, ProjectID>, GameIdea>

    init(games: Games, projects: Projects, members: Members) {
        @Sendable func membership<Input>(_ context: RequestContext, _: Input) async throws -> Policy.Resource {
            .callerMembership(admitted: try await context.callerMember(members).status == .admitted)
        }
        @Sendable func commission(_ context: RequestContext, _ change: Change<EventID, ProjectID>) async throws -> Policy.Resource {
            .commission(seated: try await games.isOnCommission(AccountID(unchecked: try context.signedIn.accountID), of: change.record))
        }
        @Sendable func leadAccount(of idea: ProjectID, in game: EventID) async throws -> String? {
            guard try await games.idea(idea, of: game) != nil, let project = try await projects.project(id: idea) else {
                throw APIError.notFound(detail: "No such idea in this game.")
            }
            return try await ProjectRoutes.leadAccount(of: project, members)
        }
        configure = Operation("setGameSettings", action: .manageEvents) { _, change in
            try await games.configure(change.record, change.value)
        }
        register = Operation("registerForGame", action: .registerForGame, resource: membership) { context, game in
            try await games.register(try await context.callerMember(members).id, for: game)
        }
        submit = Operation("submitGameIdea", action: .submitIdea, resource: membership) { context, change in
            try await games.submit(change.value, by: try await context.callerMember(members).id, to: change.record)
        }
        join = Operation("joinGameTeam", action: .formTeam, resource: { context, _ in
            .teamPlace(memberAccountID: try context.signedIn.accountID, leadAccountID: nil)
        }, perform: { context, change in
            try await games.join(try await context.callerMember(members).id, idea: change.value, of: change.record)
        })
        setRole = Operation("setGameTeamRole", action: .formTeam, resource: { _, change in
            .project(leadAccountID: try await leadAccount(of: change.record.idea, in: change.record.game))
        }, perform: { _, change in
            try await games.setRole(change.value, of: change.record.member, idea: change.record.idea, of: change.record.game)
        })
        leave = Operation("leaveGameTeam", action: .formTeam, resource: { _, place in
            let lead = try await leadAccount(of: place.idea, in: place.game)
            return .teamPlace(memberAccountID: try await members.member(id: place.member)?.accountID?.rawValue, leadAccountID: lead)
        }, perform: { _, place in
            try await games.leave(place.member, idea: place.idea, of: place.game)
        })
        approve = Operation("approveGameIdea", action: .approveIdea, resource: commission) { context, change in
            try await games.approve(idea: change.value, of: change.record, by: AccountID(unchecked: try context.signedIn.accountID))
        }
        withdrawApproval = Operation("withdrawGameApproval", action: .approveIdea, resource: commission) { context, change in
            try await games.withdrawApproval(idea: change.value, of: change.record, by: AccountID(unchecked: try context.signedIn.accountID))
        }
    }
}

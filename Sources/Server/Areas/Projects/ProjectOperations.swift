import Ledger
import Registry

/// The acts on projects, run alike by the JSON routes, the resident's pages and the staff
/// desk: an admitted member starts a project (optionally depositing its idea's hash), its
/// lead or Union staff change it, its team and its plan, and staff move its stage.
struct ProjectOperations: Sendable {
    /// A project to start, led by the signed-in member.
    struct NewProject: Sendable {
        let draft: ProjectDraft
        /// The SHA-256 of the idea's text, deposited as IP held wholly by the lead.
        let depositing: SHA256Digest?
    }

    let create: Operation<NewProject, (Project, IPAsset?)>
    let edit: Operation<Change<Project, ProjectChanges>, Project>
    let setTeam: Operation<Change<Project, [TeamMember]>, Project>
    let addMilestone: Operation<Change<Project, MilestoneDraft>, Milestone>
    let editMilestone: Operation<Change<Project, (MilestoneID, MilestoneChanges)>, Milestone>
    let moveStage: Operation<Change<Project, ProjectStage>, Project>

    init(projects: Projects, members: Members) {
        create = Operation("createProject", action: .createProject, resource: { context, _ in
            let member = try await members.member(account: AccountID(unchecked: try context.signedIn.accountID))
            return .callerMembership(admitted: member?.status == .admitted)
        }, perform: { context, input in
            let lead = try await context.callerMember(members)
            if input.depositing != nil {
                let holders = [IPHolding(memberID: lead.id, units: .whole)]
                try Policy.require(context.actor, .depositIPAsset,
                                   on: .heldBy(accountIDs: try await IPAssetRoutes.admittedAccounts(holders, members)))
            }
            return try await projects.create(input.draft, lead: lead.id, depositing: input.depositing)
        })
        @Sendable func ledBy<Value>(_: RequestContext, _ change: Change<Project, Value>) async throws -> Policy.Resource {
            .project(leadAccountID: try await ProjectRoutes.leadAccount(of: change.record, members))
        }
        edit = Operation("editProject", action: .editProject, resource: ledBy) { _, change in
            try await projects.edit(change.record.id, change.value)
        }
        setTeam = Operation("setProjectTeam", action: .setProjectTeam, resource: ledBy) { _, change in
            try await projects.setTeam(change.value, of: change.record.id)
        }
        addMilestone = Operation("addMilestone", action: .planProject, resource: ledBy) { _, change in
            try await projects.addMilestone(change.value, to: change.record.id)
        }
        editMilestone = Operation("editMilestone", action: .planProject, resource: ledBy) { _, change in
            try await projects.updateMilestone(change.value.0, of: change.record.id, change.value.1)
        }
        moveStage = Operation("moveProjectStage", action: .moveProjectStage, perform: { _, change in
            try await projects.moveStage(of: change.record.id, to: change.value)
        })
    }
}

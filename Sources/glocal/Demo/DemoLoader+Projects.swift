import Ledger
import Registry

/// Projects registered outside the Game, walked stage by stage to where the seeds put
/// them, with their teams, MVP plans, IP deposits and adoptions; then proven practices.
extension DemoLoader {
    mutating func loadProjects() async throws {
        for seed in seeds.projects.projects {
            let lead = try member(seed.lead)
            let project = try await node.projects.create(
                ProjectDraft(title: seed.title, summary: seed.summary, direction: seed.direction, cityID: try town(seed.town)),
                lead: lead)
            projects[seed.key] = project.id
            if !seed.team.isEmpty {
                let team = try seed.team.map { TeamMember(memberID: try member($0.member), role: $0.role) }
                _ = try await node.projects.setTeam([TeamMember(memberID: lead, role: .lead)] + team, of: project.id)
            }
            for stage in Self.stages(to: seed.stage) {
                _ = try await node.projects.moveStage(of: project.id, to: stage)
            }
            try await addPlan(seed.milestones, to: project.id)
            if let deposit = seed.ip {
                _ = try await node.ipAssets.deposit(IPDeposit(
                    kind: deposit.kind, title: deposit.title, contentSHA256: SHA256.hash(Array(deposit.text.utf8)),
                    holders: [IPHolding(memberID: lead, units: .whole)]), by: lead)
            }
            for key in seed.adoptedBy ?? [] {
                _ = try await node.projects.adopt(project.id, by: try town(key))
            }
        }
    }

    func loadPractices() async throws {
        for seed in seeds.projects.practices {
            let practice = try await node.practices.report(PracticeReport(
                title: seed.title, summary: seed.summary, cityID: try town(seed.town), results: seed.results,
                reportedOn: seed.reportedOn.value))
            for key in seed.adoptedIn {
                _ = try await node.practices.adopt(practice.id, in: try town(key))
            }
        }
    }

    /// The project's MVP plan: its milestones, each owned by a team role.
    func addPlan(_ milestones: [DemoProjects.Milestone], to project: ProjectID) async throws {
        for milestone in milestones {
            _ = try await node.projects.addMilestone(
                MilestoneDraft(title: milestone.title, ownerRole: milestone.owner, dueOn: milestone.due.value,
                               status: milestone.status), to: project)
        }
    }

    /// The stages a new project (at `idea`) passes through to reach `stage`, in order.
    static func stages(to stage: ProjectStage) -> [ProjectStage] {
        guard stage != .closed else { return [.closed] }
        let forward = ProjectStage.allCases.filter { $0 != .closed }
        guard let index = forward.firstIndex(of: stage) else { return [] }
        return Array(forward.prefix(index + 1).dropFirst())
    }
}

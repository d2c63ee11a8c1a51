import Ledger

extension Projects {
    /// Adds a milestone to a project's MVP plan.
    public func addMilestone(_ draft: MilestoneDraft, to project: ProjectID) async throws -> Milestone {
        let title = try Self.singleLine(RegistryText.required(draft.title, field: "title", maximumCharacters: 200), field: "title")
        let milestone = Milestone(id: try .generate(), projectID: project, title: title, ownerRole: draft.ownerRole,
                                  dueOn: draft.dueOn, status: draft.status, createdAt: clock())
        return try await database.write { transaction in
            _ = try Self.require(project, ProjectStore(database: transaction.database))
            try MilestoneStore(database: transaction.database).insert(milestone)
            return milestone
        }
    }

    /// Changes a milestone of `project`'s plan; one of another project is not found.
    public func updateMilestone(_ id: MilestoneID, of project: ProjectID, _ changes: MilestoneChanges) async throws -> Milestone {
        let title = try changes.title.map {
            try Self.singleLine(RegistryText.required($0, field: "title", maximumCharacters: 200), field: "title")
        }
        return try await database.write { transaction in
            let store = MilestoneStore(database: transaction.database)
            guard let current = try store.milestone(id: id, of: project) else {
                throw RegistryNotFound(.milestone, id)
            }
            let updated = Milestone(id: id, projectID: project, title: title ?? current.title,
                                    ownerRole: changes.ownerRole ?? current.ownerRole, dueOn: changes.dueOn ?? current.dueOn,
                                    status: changes.status ?? current.status, createdAt: current.createdAt)
            try store.update(updated)
            return updated
        }
    }

    /// The plan by due date.
    public func milestones(of project: ProjectID) async throws -> [Milestone] {
        try await database.read { try MilestoneStore(database: $0).milestones(of: project) }
    }
}

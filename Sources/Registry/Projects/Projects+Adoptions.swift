import Ledger

extension Projects {
    /// Records that `city` adopted the project on `date` (today if nil). An operating
    /// project becomes scaled in the same transaction, with its own `project.stage`
    /// entry. Refused for the project's home town, for a town that already adopted it,
    /// and for a closed project.
    public func adopt(_ id: ProjectID, by city: CityID, on date: CalendarDate? = nil) async throws -> Adoption {
        let now = clock()
        let adoption = Adoption(projectID: id, cityID: city, adoptedOn: date ?? CalendarDate(now))
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let projects = ProjectStore(database: transaction.database)
            let adoptions = AdoptionStore(database: transaction.database)
            let project = try Self.require(id, projects)
            guard try CityStore(database: transaction.database).city(id: city) != nil else {
                throw RegistryValidationError(field: "city_id", rule: .notFound(.city))
            }
            guard city != project.cityID else {
                throw ProjectConflict.homeTown(city)
            }
            guard project.stage != .closed else {
                throw ProjectConflict.closed(id)
            }
            guard try !adoptions.exists(project: id, city: city) else {
                throw ProjectConflict.alreadyAdopted(city, id)
            }
            let receipt = try transaction.append(kind: "project.adopt", payload: [
                "project_id": .string(id.rawValue), "city_id": .string(city.rawValue),
                "adopted_on": .string(adoption.adoptedOn.rfc3339),
            ], author: signer)
            try adoptions.insert(adoption, ledgerSeq: receipt.seq)
            if project.stage == .operating {
                try projects.setStage(.scaled, of: id, at: now)
                try Self.appendStageEntry(transaction, project: id, from: .operating, to: .scaled, signer: signer)
            }
            return adoption
        }
    }

    /// The towns that adopted the project, earliest first.
    public func adoptions(of project: ProjectID) async throws -> [Adoption] {
        try await database.read { try AdoptionStore(database: $0).adoptions(of: project) }
    }
}

import Ledger

/// Completion, certificates and the sealing of a cohort.
extension Accelerators {
    /// Certifies a project that meets the cohort's rule: at least the required confirmed
    /// hours and MVP-plan milestones (not `dropped`). The project moves to `accelerated`
    /// and the node signs an `accelerator.certificate` entry (ids, hours and the day).
    public func complete(_ project: ProjectID, in id: EventID) async throws -> CohortProject {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.running, .closed], toDo: "projects can be certified", transaction)
            let store = AcceleratorStore(database: transaction.database)
            let entrant = try Self.requireProject(project, of: id, store)
            guard entrant.certificateSeq == nil else {
                throw AcceleratorConflict.alreadyCertified(project)
            }
            let settings = try store.settings(of: id)
            guard entrant.confirmedHours >= settings.requiredHours else {
                throw AcceleratorConflict.tooFewHours(project, confirmed: entrant.confirmedHours, required: settings.requiredHours)
            }
            let milestones = try MilestoneStore(database: transaction.database).milestones(of: project).filter { $0.status != .dropped }
            guard milestones.count >= settings.requiredMilestones else {
                throw AcceleratorConflict.tooFewMilestones(project, planned: milestones.count, required: settings.requiredMilestones)
            }
            _ = try Projects.move(project, to: .accelerated, in: transaction, signer: signer, at: now)
            let day = CalendarDate(now)
            let receipt = try transaction.append(kind: "accelerator.certificate", payload: [
                "event_id": .string(id.rawValue), "project_id": .string(project.rawValue),
                "hours": .integer(Int64(entrant.confirmedHours)), "certified_on": .string(day.rfc3339),
            ], author: signer)
            try store.certify(project, in: id, seq: receipt.seq, on: day)
            return try Self.requireProject(project, of: id, store)
        }
    }

    /// The project's certificate against the latest signed checkpoint.
    public func certificate(for project: ProjectID, in id: EventID) async throws -> AcceleratorCertificate {
        let found = try await database.read { try Self.requireProject(project, of: id, AcceleratorStore(database: $0)) }
        guard let seq = found.certificateSeq, let day = found.certifiedOn else {
            throw RegistryNotFound(.certificate, project)
        }
        let ledger = database.ledger
        let checkpoint = try await ledger.checkpoint(covering: seq)
        let proof = try await ledger.inclusionProof(seq: seq, treeSize: checkpoint.checkpoint.size)
        let entry = try await ledger.entry(seq)
        guard let hours = entry.entry.payload["hours"]?.integerValue else {
            throw RegistryError.corruptedRow(table: "accelerator_project", id: project.rawValue, column: "certificate_seq")
        }
        return AcceleratorCertificate(cohortID: id, projectID: project, hours: Int(hours), certifiedOn: day,
                                      receipt: LedgerReceipt(entry: entry, proof: proof, checkpoint: checkpoint))
    }

    /// Seals the `closed` cohort with its results table: the rule, and each project's
    /// confirmed hours and whether it was certified.
    public func seal(_ id: EventID) async throws -> EventSeal {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.closed], toDo: "results can be sealed", transaction)
            let store = AcceleratorStore(database: transaction.database)
            let settings = try store.settings(of: id)
            let table: JSONValue = [
                "event_id": .string(id.rawValue),
                "rule": ["required_hours": .integer(Int64(settings.requiredHours)),
                         "required_milestones": .integer(Int64(settings.requiredMilestones))],
                "projects": .array(try store.projects(of: id).map { project in
                    var row: JSONObject = ["project_id": .string(project.projectID.rawValue),
                                           "confirmed_hours": .integer(Int64(project.confirmedHours)),
                                           "certified": .bool(project.certificateSeq != nil)]
                    if let seq = project.certificateSeq { row["certificate_seq"] = .integer(Int64(seq)) }
                    return .object(row)
                }),
            ]
            return try Events.seal(id, kind: .accelerator, results: table, in: transaction, signer: signer, at: now)
        }
    }
}

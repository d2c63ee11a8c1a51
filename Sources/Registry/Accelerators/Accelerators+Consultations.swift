import Ledger

/// The consultation log. A mentor or the team lead logs a consultation with a mentor
/// matched to the project; it counts toward completion only once the mentor and the
/// project's lead (at the time of confirming) have both confirmed it, when it becomes
/// an `accelerator.consultation` entry.
extension Accelerators {
    public static let maximumTopicCharacters = 500

    /// Logs an unconfirmed consultation while the cohort runs. Refuses a mentor not
    /// matched to the project and a day in the future.
    public func log(_ draft: ConsultationDraft, for project: ProjectID, in id: EventID) async throws -> Consultation {
        let topic = try Projects.singleLine(
            RegistryText.required(draft.topic, field: "topic", maximumCharacters: Self.maximumTopicCharacters), field: "topic")
        guard ConsultationDraft.hoursRange.contains(draft.hours) else {
            throw RegistryValidationError(field: "hours", rule: .notInRange(minimum: 1, maximum: 12, unit: .hours))
        }
        let now = clock()
        guard draft.heldOn <= CalendarDate(now) else {
            throw RegistryValidationError(field: "held_on", rule: .inTheFuture)
        }
        let consultation = Consultation(id: try .generate(), cohortID: id, projectID: project, mentorID: draft.mentorID,
                                        heldOn: draft.heldOn, hours: draft.hours, topic: topic, loggedAt: now,
                                        mentorConfirmed: false, leadConfirmed: false)
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.running], toDo: "consultations can be logged", transaction)
            let store = AcceleratorStore(database: transaction.database)
            _ = try Self.requireProject(project, of: id, store)
            guard try store.matches(of: project, in: id).contains(where: { $0.mentorID == draft.mentorID }) else {
                throw AcceleratorConflict.notMatched(mentor: draft.mentorID, project: project)
            }
            try ConsultationStore(database: transaction.database).insert(consultation)
            return consultation
        }
    }

    /// Confirms a consultation on behalf of `member`: as its mentor, as the project's
    /// lead, or as both. Refuses anyone else and a side that has confirmed already.
    public func confirm(_ consultation: ConsultationID, by member: MemberID, in id: EventID) async throws -> Consultation {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.running, .closed], toDo: "consultations can be confirmed", transaction)
            let store = ConsultationStore(database: transaction.database)
            let current = try Self.requireConsultation(consultation, of: id, store)
            let lead = try Projects.require(current.projectID, ProjectStore(database: transaction.database)).lead
            let asMentor = current.mentorID == member
            let asLead = lead == member
            guard asMentor || asLead else {
                throw AcceleratorConflict.notAParticipant(member)
            }
            guard (asMentor && !current.mentorConfirmed) || (asLead && !current.leadConfirmed) else {
                throw AcceleratorConflict.alreadyConfirmed(member)
            }
            try store.confirm(consultation, mentor: asMentor, lead: asLead, at: now)
            let confirmed = try Self.requireConsultation(consultation, of: id, store)
            if confirmed.isConfirmed {
                _ = try transaction.append(kind: "accelerator.consultation", payload: [
                    "event_id": .string(id.rawValue), "consultation_id": .string(consultation.rawValue),
                    "project_id": .string(confirmed.projectID.rawValue), "mentor_id": .string(confirmed.mentorID.rawValue),
                    "held_on": .string(confirmed.heldOn.rfc3339), "hours": .integer(Int64(confirmed.hours)),
                ], author: signer)
            }
            return confirmed
        }
    }

    public func consultation(_ id: ConsultationID, in cohort: EventID) async throws -> Consultation? {
        try await database.read { try ConsultationStore(database: $0).consultation(id, of: cohort) }
    }

    /// A project's consultations in the cohort, by day held, confirmed or not.
    public func consultations(of project: ProjectID, in id: EventID) async throws -> [Consultation] {
        try await database.read { try ConsultationStore(database: $0).consultations(of: project, in: id) }
    }

    private static func requireConsultation(_ id: ConsultationID, of cohort: EventID, _ store: ConsultationStore) throws -> Consultation {
        guard let found = try store.consultation(id, of: cohort) else {
            throw RegistryNotFound(.consultation, id)
        }
        return found
    }
}

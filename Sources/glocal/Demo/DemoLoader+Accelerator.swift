import Registry

/// The accelerator cohort, left running: selected Game ideas join it, mentors are
/// matched, MVP plans written, consultations logged and confirmed, facilitators trained,
/// and the projects that meet the cohort's rule certified.
extension DemoLoader {
    func loadAccelerator() async throws {
        let seed = seeds.events.accelerator
        let cohort = try await node.events.create(EventDraft(kind: .accelerator, title: seed.title, cityIDs: [try town(seed.town)],
                                                             startsOn: seed.startsOn.value, endsOn: seed.endsOn.value))
        _ = try await node.accelerators.configure(cohort.id, AcceleratorSettings(requiredHours: seed.requiredHours,
                                                                                 requiredMilestones: seed.requiredMilestones))
        _ = try await node.events.move(cohort.id, to: .open)
        for entrant in seed.projects {
            let id = try project(entrant.idea)
            _ = try await node.accelerators.admit(id, needs: entrant.needs, to: cohort.id)
            for key in entrant.mentors {
                _ = try await node.accelerators.confirmMatch(mentor: try member(key), for: id, in: cohort.id)
            }
            try await addPlan(entrant.milestones, to: id)
        }
        _ = try await node.events.move(cohort.id, to: .running)
        for training in seed.facilitators {
            _ = try await node.accelerators.recordTraining(of: try member(training.member), on: training.trainedOn.value,
                                                           in: cohort.id)
        }
        for entrant in seed.projects {
            try await consult(entrant, in: cohort.id)
        }
    }

    /// Logs the entrant's consultations; a confirmed one is confirmed by its mentor and the
    /// project's lead, an unconfirmed one by the lead only, waiting for the mentor.
    private func consult(_ entrant: DemoEvents.Entrant, in cohort: EventID) async throws {
        let id = try project(entrant.idea)
        guard let lead = try await node.projects.project(id: id)?.lead else {
            throw DemoError.unknownKey(kind: "project", key: entrant.idea)
        }
        for seed in entrant.consultations {
            let mentor = try member(seed.mentor)
            let logged = try await node.accelerators.log(
                ConsultationDraft(mentorID: mentor, heldOn: seed.on.value, hours: seed.hours, topic: seed.topic), for: id, in: cohort)
            _ = try await node.accelerators.confirm(logged.id, by: lead, in: cohort)
            if seed.confirmed {
                _ = try await node.accelerators.confirm(logged.id, by: mentor, in: cohort)
            }
        }
        if entrant.certify {
            _ = try await node.accelerators.complete(id, in: cohort)
        }
    }
}

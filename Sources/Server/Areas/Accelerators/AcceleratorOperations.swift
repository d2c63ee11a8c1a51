import Registry

/// The acts of an accelerator cohort, run alike by the JSON routes and the cohort's
/// pages: Union staff set its rule, admit projects, match mentors within their weekly
/// hours, certify and record facilitation training (decided by role); the two sides log
/// and confirm consultations (decided by the consultation's mentor and the project's lead).
struct AcceleratorOperations: Sendable {
    /// A selected project to admit, with the needs its mentors should meet.
    struct Admission: Sendable {
        let project: ProjectID
        let needs: [String]
    }

    /// A mentor to confirm for a project, committing weekly hours.
    struct Matching: Sendable {
        let project: ProjectID
        let mentor: MemberID
        let weeklyHours: Int
    }

    /// A member's completed facilitation training.
    struct Training: Sendable {
        let member: MemberID
        let completedOn: CalendarDate
    }

    /// A consultation to log for a project of the cohort.
    struct LogInput: Sendable {
        let cohort: EventID
        let project: Project
        let draft: ConsultationDraft
    }

    /// A consultation of the cohort to confirm as the signed-in member.
    struct ConfirmInput: Sendable {
        let cohort: EventID
        let consultation: Consultation
    }

    let configure: Operation<Change<EventID, AcceleratorSettings>, AcceleratorSettings>
    let admit: Operation<Change<EventID, Admission>, CohortProject>
    let match: Operation<Change<EventID, Matching>, MentorMatch>
    let complete: Operation<Change<EventID, ProjectID>, CohortProject>
    let recordTraining: Operation<Change<EventID, Training>, FacilitatorRecord>
    let log: Operation<LogInput, Consultation>
    let confirm: Operation<ConfirmInput, Consultation>

    init(accelerators: Accelerators, projects: Projects, members: Members) {
        @Sendable func sides(mentor: MemberID, project: Project) async throws -> Policy.Resource {
            .consultation(mentorAccountID: try await members.member(id: mentor)?.accountID?.rawValue,
                          leadAccountID: try await ProjectRoutes.leadAccount(of: project, members))
        }
        configure = Operation("setAcceleratorSettings", action: .manageEvents) { _, change in
            try await accelerators.configure(change.record, change.value)
        }
        admit = Operation("admitCohortProject", action: .manageEvents) { _, change in
            try await accelerators.admit(change.value.project, needs: change.value.needs, to: change.record)
        }
        match = Operation("confirmMentorMatch", action: .manageEvents) { _, change in
            try await accelerators.confirmMatch(mentor: change.value.mentor, for: change.value.project, in: change.record,
                                                weeklyHours: change.value.weeklyHours)
        }
        complete = Operation("completeCohortProject", action: .manageEvents) { _, change in
            try await accelerators.complete(change.value, in: change.record)
        }
        recordTraining = Operation("recordFacilitationTraining", action: .manageEvents) { _, change in
            try await accelerators.recordTraining(of: change.value.member, on: change.value.completedOn, in: change.record)
        }
        log = Operation("logConsultation", action: .logConsultation, resource: { _, input in
            try await sides(mentor: input.draft.mentorID, project: input.project)
        }, perform: { _, input in
            try await accelerators.log(input.draft, for: input.project.id, in: input.cohort)
        })
        confirm = Operation("confirmConsultation", action: .confirmConsultation, resource: { _, input in
            guard let project = try await projects.project(id: input.consultation.projectID) else {
                throw APIError.notFound(detail: "No such project.")
            }
            return try await sides(mentor: input.consultation.mentorID, project: project)
        }, perform: { context, input in
            try await accelerators.confirm(input.consultation.id, by: try await context.callerMember(members).id, in: input.cohort)
        })
    }
}

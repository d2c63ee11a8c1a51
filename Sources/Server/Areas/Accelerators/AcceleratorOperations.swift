import Registry

/// The two sides' acts on consultations in a cohort, run alike by the JSON routes and the
/// cohort's page: each decided by the consultation's mentor and the project's lead.
struct AcceleratorOperations: Sendable {
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

    let log: Operation<LogInput, Consultation>
    let confirm: Operation<ConfirmInput, Consultation>

    init(accelerators: Accelerators, projects: Projects, members: Members) {
        @Sendable func sides(mentor: MemberID, project: Project) async throws -> Policy.Resource {
            .consultation(mentorAccountID: try await members.member(id: mentor)?.accountID?.rawValue,
                          leadAccountID: try await ProjectRoutes.leadAccount(of: project, members))
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

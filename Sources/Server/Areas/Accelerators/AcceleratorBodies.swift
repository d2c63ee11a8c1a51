import Registry

/// The JSON bodies of accelerator cohorts. Mentors and teams appear by member id; a
/// consultation's topic is the one free text, kept in the registry only.
enum AcceleratorBodies {
    struct SettingsRequest: Decodable {
        let requiredHours: Int
        let requiredMilestones: Int
    }

    struct AdmitRequest: Decodable {
        let projectId: ProjectID
        let needs: [String]?
    }

    struct MatchRequest: Decodable {
        let mentorId: MemberID
        let weeklyHours: Int?
    }

    struct ConsultationRequest: Decodable {
        let mentorId: MemberID
        let heldOn: CalendarDate
        let hours: Int
        let topic: String
    }

    struct TrainingRequest: Decodable {
        let memberId: MemberID
        let completedOn: CalendarDate
    }

    struct CohortView: Encodable {
        let event: EventBodies.EventView
        let settings: SettingsView
    }

    struct SettingsView: Encodable {
        let requiredHours: Int
        let requiredMilestones: Int

        init(_ settings: AcceleratorSettings) {
            requiredHours = settings.requiredHours
            requiredMilestones = settings.requiredMilestones
        }
    }

    struct CohortProjectView: Encodable {
        let projectId: String
        let needs: [String]
        let confirmedHours: Int
        let certificateSeq: Int?
        let certifiedOn: String?
        let addedAt: String

        init(_ project: CohortProject) {
            projectId = project.projectID.rawValue
            needs = project.needs
            confirmedHours = project.confirmedHours
            certificateSeq = project.certificateSeq
            certifiedOn = project.certifiedOn?.rfc3339
            addedAt = project.addedAt.rfc3339
        }
    }

    struct ProposalView: Encodable {
        let mentorId: String
        let sharedTags: [String]
        let remainingWeeklyHours: Int

        init(_ proposal: MentorProposal) {
            mentorId = proposal.mentorID.rawValue
            sharedTags = proposal.sharedTags
            remainingWeeklyHours = proposal.remainingWeeklyHours
        }
    }

    struct MatchView: Encodable {
        let projectId: String
        let mentorId: String
        let weeklyHours: Int
        let confirmedAt: String

        init(_ match: MentorMatch) {
            projectId = match.projectID.rawValue
            mentorId = match.mentorID.rawValue
            weeklyHours = match.weeklyHours
            confirmedAt = match.confirmedAt.rfc3339
        }
    }

    struct ConsultationView: Encodable {
        let id: String
        let projectId: String
        let mentorId: String
        let heldOn: String
        let hours: Int
        let topic: String
        let mentorConfirmed: Bool
        let leadConfirmed: Bool
        let counted: Bool
        let loggedAt: String

        init(_ consultation: Consultation) {
            id = consultation.id.rawValue
            projectId = consultation.projectID.rawValue
            mentorId = consultation.mentorID.rawValue
            heldOn = consultation.heldOn.rfc3339
            hours = consultation.hours
            topic = consultation.topic
            mentorConfirmed = consultation.mentorConfirmed
            leadConfirmed = consultation.leadConfirmed
            counted = consultation.isConfirmed
            loggedAt = consultation.loggedAt.rfc3339
        }
    }
}

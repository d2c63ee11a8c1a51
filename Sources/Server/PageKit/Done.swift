/// What a page form did, said on the page the reader is sent back to (`?done=<form>`), so
/// a success is never silent. Only these acts are named: any other value is ignored.
enum Done: String, Sendable, CaseIterable {
    case acceptPledgeFormSubmit, addCustodialKeyFormSubmit, addMilestoneFormSubmit, admitFormSubmit
    case confirmConsultationFormSubmit, gameApprovalFormSubmit, gameApprovalWithdrawalFormSubmit, gameIdeaFormSubmit
    case judgeFormSubmit, logConsultationFormSubmit, milestoneStatusFormSubmit, moveEventFormSubmit, myIdeaFormSubmit
    case optionGrantFormSubmit, pledgeFormSubmit, pricedRoundFormSubmit, projectStageFormSubmit, projectTeamFormSubmit
    case proposeContractFormSubmit, reportContractCostFormSubmit, reportContractRevenueFormSubmit, revokeAPITokenFormSubmit
    case signContractForUnionFormSubmit, signContractFormSubmit, transferFormSubmit, withdrawPledgeFormSubmit
    case sealGameFormSubmit, sealAcceleratorFormSubmit, sealInvestmentSessionFormSubmit, sealChallengeFormSubmit
    case createEventFormSubmit, challengeRulesFormSubmit, challengeTeamFormSubmit, challengeJudgeFormSubmit
    case capTableVisibilityFormSubmit, challengeAssignmentsFormSubmit, mentorProfileFormSubmit, investorProfileFormSubmit, facilitatorRecordFormSubmit
    case signIPConsentFormSubmit, declineIPConsentFormSubmit, signUpFormSubmit, confirmEmailFormSubmit, askPasswordResetFormSubmit, attestMilestoneFormSubmit, resetPasswordFormSubmit, unsubscribeFormSubmit, mailPreferencesFormSubmit, grantRoleFormSubmit, revokeRoleFormSubmit, recordAuditFormSubmit, recordIndicatorFormSubmit, investmentAgendaFormSubmit, sessionInvestorFormSubmit, applyFormSubmit, refuseFormSubmit, gameSettingsFormSubmit
    case acceleratorSettingsFormSubmit, admitCohortProjectFormSubmit, mentorMatchFormSubmit, completeCohortProjectFormSubmit, facilitationTrainingFormSubmit, makeBackupFormSubmit
    case startRoadMapFormSubmit, roadMapStepFormSubmit, roadMapEvidenceFormSubmit, defineIndicatorFormSubmit, adoptMirroredPracticeFormSubmit, nominateTeamFormSubmit

    var phrase: Phrase {
        switch self {
        case .acceptPledgeFormSubmit: .doneAcceptPledge
        case .addCustodialKeyFormSubmit: .doneAddKey
        case .addMilestoneFormSubmit: .doneAddMilestone
        case .admitFormSubmit: .doneAdmit
        case .confirmConsultationFormSubmit: .doneConfirmConsultation
        case .gameApprovalFormSubmit: .doneApprove
        case .gameApprovalWithdrawalFormSubmit: .doneWithdrawApproval
        case .gameIdeaFormSubmit, .myIdeaFormSubmit: .doneIdea
        case .judgeFormSubmit: .doneMarks
        case .logConsultationFormSubmit: .doneLogConsultation
        case .milestoneStatusFormSubmit: .doneMilestoneStatus
        case .moveEventFormSubmit: .doneEventStatus
        case .optionGrantFormSubmit: .doneGrant
        case .pledgeFormSubmit: .donePledge
        case .pricedRoundFormSubmit: .doneRound
        case .projectStageFormSubmit: .doneStage
        case .projectTeamFormSubmit: .doneTeam
        case .proposeContractFormSubmit: .doneProposeContract
        case .reportContractCostFormSubmit: .doneCosts
        case .reportContractRevenueFormSubmit: .doneRevenue
        case .revokeAPITokenFormSubmit: .doneRevokeToken
        case .signContractForUnionFormSubmit, .signContractFormSubmit: .doneSignContract
        case .transferFormSubmit: .doneTransfer
        case .withdrawPledgeFormSubmit: .doneWithdrawPledge
        case .sealGameFormSubmit, .sealAcceleratorFormSubmit, .sealInvestmentSessionFormSubmit, .sealChallengeFormSubmit: .doneSeal
        case .mentorProfileFormSubmit, .investorProfileFormSubmit, .facilitatorRecordFormSubmit: .doneProfile
        case .capTableVisibilityFormSubmit: .doneVisibility
        case .createEventFormSubmit: .doneEventAnnounced
        case .challengeRulesFormSubmit: .doneRules
        case .challengeTeamFormSubmit: .doneTeamRegistered
        case .challengeJudgeFormSubmit: .doneJudgeAdded
        case .challengeAssignmentsFormSubmit: .doneAssigned
        case .signIPConsentFormSubmit: .doneSignConsent
        case .declineIPConsentFormSubmit: .doneDeclineConsent
        case .signUpFormSubmit: .doneSignUp
        case .confirmEmailFormSubmit: .doneConfirmEmail
        case .askPasswordResetFormSubmit: .doneAskPasswordReset
        case .attestMilestoneFormSubmit: .doneAttestMilestone
        case .recordIndicatorFormSubmit: .doneRecordIndicator
        case .investmentAgendaFormSubmit: .doneAgenda
        case .sessionInvestorFormSubmit: .doneSessionInvestor
        case .resetPasswordFormSubmit: .doneResetPassword
        case .unsubscribeFormSubmit: .doneUnsubscribe
        case .mailPreferencesFormSubmit: .doneMailPreferences
        case .grantRoleFormSubmit: .doneGrantRole
        case .revokeRoleFormSubmit: .doneRevokeRole
        case .recordAuditFormSubmit: .doneRecordAudit
        case .applyFormSubmit: .doneApply
        case .refuseFormSubmit: .doneRefuse
        case .gameSettingsFormSubmit: .doneGameSettings
        case .acceleratorSettingsFormSubmit: .doneAcceleratorSettings
        case .admitCohortProjectFormSubmit: .doneAdmitCohortProject
        case .mentorMatchFormSubmit: .doneMentorMatch
        case .completeCohortProjectFormSubmit: .doneCertify
        case .facilitationTrainingFormSubmit: .doneTraining
        case .makeBackupFormSubmit: .doneBackup
        case .startRoadMapFormSubmit: .doneStartRoadMap
        case .roadMapStepFormSubmit: .doneRoadMapStep
        case .roadMapEvidenceFormSubmit: .doneRoadMapEvidence
        case .defineIndicatorFormSubmit: .doneDefineIndicator
        case .adoptMirroredPracticeFormSubmit: .doneAdoptMirroredPractice
        case .nominateTeamFormSubmit: .doneNominateTeam
        }
    }

    /// Where to send the reader after the form `operationID` succeeded: `location`, telling
    /// the page what was done when it is one of these acts.
    static func location(_ location: String, after operationID: String) -> String {
        guard let done = Done(rawValue: operationID) else { return location }
        let parts = location.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let joined = String(parts[0]) + (parts[0].contains("?") ? "&" : "?") + "done=\(done.rawValue)"
        return parts.count > 1 ? joined + "#" + parts[1] : joined
    }
}

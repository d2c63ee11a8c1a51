import Registry

extension RoadMapStep {
    /// The step's name as the seed gives it, in the page's language.
    var phrase: Phrase {
        switch self {
        case .memorandum: .stepMemorandum
        case .committeeMeeting: .stepCommitteeMeeting
        case .challengeOrder: .stepChallengeOrder
        case .maturityAudit: .stepMaturityAudit
        case .cityGame: .stepCityGame
        case .testPlatform: .stepTestPlatform
        case .accelerator: .stepAccelerator
        case .unionRegistration: .stepUnionRegistration
        case .investmentSession: .stepInvestmentSession
        case .challengePreparation: .stepChallengePreparation
        case .challenge: .stepChallenge
        case .nextAccelerator: .stepNextAccelerator
        case .platformHandover: .stepPlatformHandover
        case .resultsMeeting: .stepResultsMeeting
        }
    }
}

extension RoadMapStatus {
    var phrase: Phrase {
        switch self {
        case .planned: .stepPlanned
        case .underway: .stepUnderway
        case .done: .stepDone
        }
    }
}

extension CodeNames {
    /// Where a step stands, in words: «выполнен 12.03.2027», «идёт», «запланирован — просрочен».
    func roadMapState(_ step: RoadMapStepRecord, today: CalendarDate) -> String {
        if let done = step.doneOn { return "\(language(.stepDone)) \(format.date(done))" }
        return language(step.status.phrase) + (step.isLate(on: today) ? " — \(language(.stepLate))" : "")
    }
}

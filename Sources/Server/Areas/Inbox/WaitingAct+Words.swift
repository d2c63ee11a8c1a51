import Registry

extension WaitingAct {
    /// The act in the reader's language, naming what it concerns.
    func words(_ names: CodeNames) -> String {
        let format = names.format
        switch self {
        case let .signIPConsent(_, title):
            return names.pick("Подпишите согласие на действие с НМА «\(title)»", "Sign your consent to the act on the IP asset “\(title)”")
        case let .signContract(_, kind, projectTitle):
            let about = projectTitle.map { names.pick(" по проекту «\($0)»", " for the project “\($0)”") } ?? ""
            return names.pick("Подпишите договор: \(names.language(kind.phrase))\(about)", "Sign the contract: \(names.language(kind.phrase))\(about)")
        case let .attestMilestone(_, milestone, projectTitle):
            let about = projectTitle.map { names.pick(" по проекту «\($0)»", " for the project “\($0)”") } ?? ""
            return names.pick("Подтвердите достижение этапа «\(milestone)»\(about)", "Attest the milestone “\(milestone)”\(about)")
        case let .acceptPledge(_, _, projectTitle, amount):
            return names.pick("Примите или отклоните обещание инвестора \(format.money(kopecks: amount.value)) проекту «\(projectTitle)»",
                              "Accept the investor's pledge of \(format.money(kopecks: amount.value)) to the project “\(projectTitle)”")
        case let .confirmConsultation(_, _, projectTitle, heldOn):
            return names.pick("Подтвердите консультацию \(format.date(heldOn)) по проекту «\(projectTitle)»",
                              "Confirm the consultation of \(format.date(heldOn)) for the project “\(projectTitle)”")
        case let .markTeams(_, title, teams):
            return names.pick("Оцените команды в «\(title)»: ждут \(format.count(Int64(teams), .teams))",
                              "Mark the teams in “\(title)”: \(format.count(Int64(teams), .teams)) waiting")
        case let .decideApplications(count):
            return names.pick("Рассмотрите заявки в Союз: \(format.count(Int64(count), .applications))",
                              "Decide on applications to the Union: \(format.count(Int64(count), .applications))")
        }
    }

    /// The page where the act is done.
    var address: String {
        switch self {
        case .signIPConsent: "/account#ip-consents"
        case let .signContract(id, _, _): "/my/contracts/\(id)"
        case let .attestMilestone(id, _, _): "/my/contracts/\(id)#attest"
        case let .acceptPledge(_, session, _, _): "/investment-sessions/\(session)"
        case let .confirmConsultation(_, cohort, _, _): "/accelerators/\(cohort)"
        case let .markTeams(event, _, _): "/challenges/\(event)/judge"
        case .decideApplications: "/staff/admissions"
        }
    }

    /// A stable name of the act's kind, for the API.
    var kind: String {
        switch self {
        case .signIPConsent: "sign_ip_consent"
        case .signContract: "sign_contract"
        case .attestMilestone: "attest_milestone"
        case .acceptPledge: "accept_pledge"
        case .confirmConsultation: "confirm_consultation"
        case .markTeams: "mark_teams"
        case .decideApplications: "decide_applications"
        }
    }

    /// The record the act concerns, for the API (none for a count of applications).
    var recordID: String? {
        switch self {
        case let .signIPConsent(id, _): id.rawValue
        case let .signContract(id, _, _): id.rawValue
        case let .attestMilestone(id, _, _): id.rawValue
        case let .acceptPledge(id, _, _, _): id.rawValue
        case let .confirmConsultation(id, _, _, _): id.rawValue
        case let .markTeams(event, _, _): event.rawValue
        case .decideApplications: nil
        }
    }
}

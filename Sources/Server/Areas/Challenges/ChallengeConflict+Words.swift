import Registry

extension ChallengeConflict: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case .noRules: names.pick("у Challenge ещё нет правил: сначала задайте критерии", "the Challenge has no rules yet: set its criteria first")
        case .alreadyFrozen: names.pick("публичная таблица уже заморожена", "the public board is frozen already")
        case .onlyChairDecidesTies: names.pick("ничьи решает только председатель комиссии", "only the committee's chair decides ties")
        case let .tooFewJudgesWithoutConflict(_, available, needed):
            names.pick("у команды может быть только \(names.format.count(Int64(available), .judges)) без конфликта интересов, а нужно \(needed); добавьте судей из других городов",
                       "the team can have only \(names.format.count(Int64(available), .judges)) without a conflict of interest, \(needed) are needed; add judges from other towns")
        case .judgeNotAssigned: names.pick("этому судье не поручено оценивать эту команду", "this judge is not assigned to mark this team")
        case let .conflictOfInterest(conflicts):
            names.pick("конфликт интересов: ", "conflict of interest: ") + conflicts.map { conflict in
                switch conflict {
                case .ownTown: names.pick("судья из города команды", "the judge is from the team's town")
                case .ownTeam: names.pick("судья состоит в команде", "the judge is on the team")
                case .mentor: names.pick("судья — наставник проекта команды", "the judge mentors the team's project")
                case .investor: names.pick("судья инвестировал в проект команды", "the judge invested in the team's project")
                }
            }.joined(separator: "; ")
        case .judgingClosed: names.pick("оценка закрыта: до закрепления итогов можно только исправить уже выставленные оценки", "judging is closed: only marks already given can be corrected until the results are sealed")
        case .alreadyJudge: names.pick("участник уже в жюри этого Challenge", "the member is already a judge of this Challenge")
        case let .teamNameTaken(name): names.pick("команда «\(name)» уже выдвинута на этот Challenge", "a team named «\(name)» is already nominated for this Challenge")
        }
    }
}

import Registry

extension GameConflict: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case .alreadyApproved: names.pick("вы уже одобрили эту идею; каждый член комиссии одобряет идею один раз", "you have already approved this idea; each commission member approves an idea once")
        case .notOnCommission: names.pick("голосует только комиссия Игры", "only the Game's commission votes")
        case .noSettings: names.pick("у Игры ещё нет настроек: сотрудники Союза задают направления, размер команды и правило отбора", "the Game is not set up yet: Union staff set its directions, team size and selection rule first")
        case .alreadyRegistered: names.pick("участник уже зарегистрирован на эту Игру", "the member is already registered for this Game")
        case .notRegistered: names.pick("участник не зарегистрирован на Игру; регистрация идёт, пока Игра открыта", "the member is not registered for the Game; registration runs while it is open")
        case .alreadyOnTeam: names.pick("участник уже в другой команде; сначала выйдите из неё", "the member is already on another team; leave it first")
        case let .teamFull(_, limit):
            names.pick("в команде уже \(names.format.count(Int64(limit), .members)), это предел Игры", "the team already has \(names.format.count(Int64(limit), .members)), the Game's limit")
        case .leadCannotLeave: names.pick("руководитель не может выйти: сначала передайте руководство другому участнику команды", "the lead cannot leave: hand the lead to another team member first")
        }
    }
}

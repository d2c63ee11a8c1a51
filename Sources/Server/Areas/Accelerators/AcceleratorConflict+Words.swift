import Registry

extension AcceleratorConflict: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case .alreadyInCohort: names.pick("проект уже в когорте акселератора", "the project is already in an accelerator cohort")
        case .alreadyMatched: names.pick("этот наставник уже работает с проектом", "this mentor is already matched with the project")
        case .notAMentor: names.pick("у участника нет профиля наставника", "the member has no mentor profile")
        case let .hoursExhausted(_, remaining, asked):
            names.pick("у наставника осталось \(names.format.count(Int64(remaining), .hours)) в неделю, меньше запрошенных \(asked)",
                       "the mentor has \(names.format.count(Int64(remaining), .hours)) a week left, fewer than the \(asked) asked")
        case .alreadyCertified: names.pick("проект уже получил сертификат", "the project is already certified")
        case let .tooFewHours(_, confirmed, required):
            names.pick("у проекта \(names.format.count(Int64(confirmed), .confirmedHours)) консультаций, а нужно \(required); час засчитывается, когда его подтвердят и наставник, и руководитель",
                       "the project has \(names.format.count(Int64(confirmed), .confirmedHours)) of consultations, \(required) are needed; an hour counts once both the mentor and the lead confirm it")
        case let .tooFewMilestones(_, planned, required):
            names.pick("в плане MVP \(names.format.count(Int64(planned), .milestones)), а нужно \(required)", "the MVP plan has \(names.format.count(Int64(planned), .milestones)), \(required) are needed")
        case .notMatched: names.pick("наставник не закреплён за проектом; сначала сотрудники Союза подтверждают пару", "the mentor is not matched with the project; Union staff confirm a match first")
        case .notAParticipant: names.pick("подтвердить консультацию может только её наставник или руководитель проекта", "only the consultation's mentor or the project's lead may confirm it")
        case .alreadyConfirmed: names.pick("вы уже подтвердили эту консультацию", "you have already confirmed this consultation")
        }
    }
}

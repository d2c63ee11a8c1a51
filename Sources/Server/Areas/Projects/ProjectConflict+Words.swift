import Registry

extension ProjectConflict: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case .homeTown: names.pick("это родной город проекта; тиражируют его другие города", "this is the project's home town; other towns adopt it")
        case .closed: names.pick("проект закрыт, его нельзя тиражировать", "the project is closed and cannot be adopted")
        case .alreadyAdopted: names.pick("этот город уже тиражирует проект", "this town has already adopted the project")
        case .contractNamesNoProject:
            names.pick("договор не называет проекта, поэтому таблицы долей у него нет: укажите получателей выручки", "the contract names no project, so there is no cap table: name the holders with the revenue")
        case .holderCannotBeParty: names.pick("этот держатель долей не может быть стороной договора", "this holder cannot be a party of a contract")
        case let .noIssuedUnits(_, day):
            names.pick("на \(names.format.date(day)) у проекта нет выпущенных долей: выручку не с кем делить", "the project has no issued units on \(names.format.date(day)): nobody to share the revenue with")
        }
    }
}

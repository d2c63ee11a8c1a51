import Registry

extension MembershipConflict: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case let .notAdmitted(_, status):
            names.pick("это могут только принятые в Союз участники, а этот участник: \(names.membership(status))",
                       "only admitted members may do this; this member is \(names.membership(status))")
        case .accountHasMember: names.pick("у этой учётной записи уже есть участник", "this account already belongs to a member")
        case .alreadyRegistered: names.pick("такой участник уже есть в реестре", "this member is already in the registry")
        case let .cannotMove(from, to):
            names.pick("из состояния «\(names.membership(from))» нельзя перейти в «\(names.membership(to))»",
                       "a member who is \(names.membership(from)) cannot become \(names.membership(to))")
        case let .notAnApplication(status):
            names.pick("отклонить можно только заявку, а этот участник: \(names.membership(status))",
                       "only an application can be refused; this member is \(names.membership(status))")
        case .hasLeft: names.pick("участник вышел из Союза, его профиль больше не меняется", "the member has left the Union; the profile no longer changes")
        }
    }
}

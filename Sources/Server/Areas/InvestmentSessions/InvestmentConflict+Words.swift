import Registry

extension InvestmentConflict: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case .notTheLead: names.pick("обещания принимает только руководитель проекта или сотрудники Союза", "only the project's lead or Union staff accept its pledges")
        case .noLead: names.pick("у проекта нет руководителя, которому перечислять транши: сначала задайте команду", "the project has no lead to receive the tranches: set its team first")
        case .sumsOutOfRange: names.pick("суммы сессии выходят за пределы; проверьте обещанные суммы", "the session's sums are out of range; check the pledged amounts")
        case .investorNotRegistered: names.pick("инвестор не зарегистрирован на сессию; регистрация идёт, пока сессия открыта", "the investor is not registered for the session; registration runs while it is open")
        case .notOnAgenda: names.pick("проекта нет в повестке этой сессии", "the project is not on this session's agenda")
        case .notYourPledge: names.pick("отозвать обещание может только инвестор, который его дал", "only the investor who made the pledge may withdraw it")
        case let .pledgeNotStanding(_, status):
            names.pick("обещание уже \(status == .accepted ? "принято" : "отозвано"); принять или отозвать можно только действующее", "the pledge is \(status.rawValue) already; only a standing pledge can be withdrawn or accepted")
        case .unionOptionRecorded: names.pick("опцион Союза в этом проекте на этой сессии уже записан", "the Union's option in this project is recorded at this session already")
        case let .cannotPitch(_, stage):
            names.pick("проект на стадии «\(names.stage(stage))»; выступают только проекты, прошедшие акселератор", "the project is \(names.stage(stage)); only accelerated projects pitch")
        case .noInvestorProfile: names.pick("у участника нет профиля инвестора: сначала укажите размер чека", "the member has no investor profile: state the ticket first")
        case .investorAlreadyRegistered: names.pick("инвестор уже зарегистрирован на эту сессию", "the investor is already registered for this session")
        }
    }
}

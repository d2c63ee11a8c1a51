import Ledger
import Registry

/// The words a page writes for the registry's codes (a project's stage, a role, a status,
/// a ledger entry's kind), in each language. Every case is named here by a `switch`, so a
/// new case cannot reach a page as a raw code without the compiler asking for its words.
struct CodeNames {
    let language: Language

    func pick(_ russian: String, _ english: String) -> String {
        language == .russian ? russian : english
    }

    func stage(_ stage: ProjectStage) -> String {
        switch stage {
        case .idea: pick("идея", "idea")
        case .selected: pick("отобран на Игре", "selected at the Game")
        case .accelerating: pick("в акселераторе", "in the accelerator")
        case .accelerated: pick("прошёл акселератор", "accelerated")
        case .pitched: pick("представлен инвесторам", "pitched to investors")
        case .funded: pick("профинансирован", "funded")
        case .operating: pick("работает", "operating")
        case .scaled: pick("тиражируется", "scaled to other towns")
        case .closed: pick("закрыт", "closed")
        }
    }

    func teamRole(_ role: TeamRole) -> String {
        switch role {
        case .lead: pick("руководитель", "lead")
        case .member: pick("участник команды", "team member")
        case .mentor: pick("наставник", "mentor")
        case .investor: pick("инвестор", "investor")
        }
    }

    func milestoneStatus(_ status: MilestoneStatus) -> String {
        switch status {
        case .planned: pick("запланирован", "planned")
        case .inProgress: pick("в работе", "in progress")
        case .done: pick("выполнен", "done")
        case .dropped: pick("отменён", "dropped")
        }
    }

    func role(_ role: Role) -> String {
        switch role {
        case .resident: pick("житель", "resident")
        case .mentor: pick("наставник", "mentor")
        case .investor: pick("инвестор", "investor")
        case .unionStaff: pick("сотрудник Союза", "Union staff")
        case .committee: pick("оргкомитет", "organising committee")
        case .admin: pick("администратор", "administrator")
        }
    }

    /// A party's role in a contract, in words where the templates' roles have them; a role
    /// the proposer wrote otherwise is shown as written.
    func contractRole(_ role: String) -> String {
        switch role {
        case "union": pick("Союз", "the Union")
        case "founder": pick("основатель", "founder")
        case "developer": pick("разработчик", "developer")
        case "investor": pick("инвестор", "investor")
        case "recipient": pick("получатель", "recipient")
        case "attester": pick("подтверждающий", "attester")
        case "town_fund": pick("фонд города", "town fund")
        case "holder": pick("держатель", "holder")
        case "grantee": pick("получатель опциона", "grantee")
        case "backer": pick("участник сбора", "backer")
        case "subscriber": pick("подписчик", "subscriber")
        case "provider": pick("поставщик", "provider")
        default: role
        }
    }

    /// A member's role in the Union (what it does there, beside its account's rights).
    func memberRole(_ role: MemberRole) -> String {
        switch role {
        case .resident: pick("житель", "resident")
        case .entrepreneur: pick("предприниматель", "entrepreneur")
        case .mentor: pick("наставник", "mentor")
        case .investor: pick("инвестор", "investor")
        case .facilitator: pick("фасилитатор", "facilitator")
        case .unionStaff: pick("сотрудник Союза", "Union staff")
        case .committee: pick("оргкомитет", "organising committee")
        }
    }

    func membership(_ status: MembershipStatus) -> String {
        switch status {
        case .applied: pick("заявка подана и ждёт решения Союза", "applied, waiting for the Union's decision")
        case .admitted: pick("принят в Союз", "admitted")
        case .suspended: pick("членство приостановлено", "suspended")
        case .left: pick("вышел из Союза", "left the Union")
        }
    }

    func investorKind(_ kind: InvestorKind) -> String {
        switch kind {
        case .businessAngel: pick("бизнес-ангел", "business angel")
        case .fund: pick("фонд", "fund")
        case .localEnterprise: pick("местное предприятие", "local enterprise")
        }
    }

    func ipAssetKind(_ kind: IPAssetKind) -> String {
        switch kind {
        case .idea: pick("идея", "idea")
        case .software: pick("программа", "software")
        case .design: pick("дизайн", "design")
        case .database: pick("база данных", "database")
        case .trademark: pick("товарный знак", "trademark")
        case .knowHow: pick("ноу-хау", "know-how")
        }
    }

    func roles(_ roles: Set<Role>) -> String {
        roles.sorted().map(role).joined(separator: ", ")
    }

    /// What a ledger entry records, for people reading the ledger; an unknown kind is
    /// written as its code.
    func entryKind(_ kind: EntryKind) -> String {
        guard let words = Self.entryKinds[kind.name] else { return kind.name }
        return pick(words.0, words.1)
    }

    /// Whether this node writes entries of the kind named.
    static func isEntryKind(_ name: String) -> Bool { entryKinds[name] != nil }

    /// Every kind of entry this node writes, by name.
    static var entryKindNames: [String] { entryKinds.keys.sorted() }

    private static let entryKinds: [String: (String, String)] = [
        "key.register": ("регистрация ключа", "key registered"), "key.revoke": ("отзыв ключа", "key revoked"),
        "city.register": ("город в реестре", "town registered"), "member.apply": ("заявка в Союз", "membership application"),
        "member.status": ("решение о членстве", "membership decision"), "member.roles": ("роли участника", "member's roles"),
        "member.erase": ("удаление персональных данных", "personal data erased"),
        "project.create": ("новый проект", "project created"), "project.stage": ("новая стадия проекта", "project stage"),
        "project.team": ("команда проекта", "project team"), "project.adopt": ("тиражирование проекта", "project adopted"),
        "ip.deposit": ("депонирование НМА", "IP deposit"), "ip.assign": ("новое распределение долей НМА", "IP split"),
        "ip.licence": ("лицензия на НМА", "IP licence"), "practice.report": ("практика города", "town practice"),
        "practice.adopt": ("практика перенята", "practice adopted"),
        "cap.share_class": ("класс долей", "share class"), "cap.authorised": ("объявленные доли", "authorised units"),
        "cap.issue": ("выпуск долей", "shares issued"), "cap.grant": ("опцион", "option grant"),
        "cap.exercise": ("исполнение опциона", "option exercised"), "cap.cancel": ("отмена опциона", "option cancelled"),
        "cap.attest": ("подтверждение этапа", "milestone attested"), "cap.transfer": ("передача долей", "share transfer"),
        "cap.round": ("раунд инвестиций", "priced round"),
        "contract.propose": ("предложен договор", "contract proposed"), "contract.sign": ("подпись договора", "contract signed"),
        "contract.attest": ("подтверждение этапа договора", "contract milestone attested"),
        "contract.cost": ("расходы по договору", "contract costs"), "contract.revenue": ("выручка по договору", "contract revenue"),
        "contract.pledge": ("взнос по договору", "contract pledge"), "contract.withdraw": ("отзыв взноса", "pledge withdrawn"),
        "contract.subscribe": ("подписка оплачена", "subscription paid"), "contract.close": ("сбор закрыт", "campaign closed"),
        "contract.terminate": ("договор расторгнут", "contract terminated"),
        "event.create": ("новое событие", "event announced"), "event.status": ("статус события", "event status"),
        "event.seal": ("итоги закреплены", "results sealed"),
        "game.register": ("участник Игры", "Game participant"), "game.idea": ("идея на Игре", "Game idea"),
        "accelerator.project": ("проект в акселераторе", "project admitted to a cohort"),
        "accelerator.match": ("наставник назначен", "mentor matched"),
        "accelerator.consultation": ("консультация", "consultation"),
        "accelerator.certificate": ("сертификат акселератора", "accelerator certificate"),
        "challenge.rules": ("правила Challenge", "Challenge rules"), "challenge.team": ("команда Challenge", "Challenge team"), "challenge.nomination": ("команда выдвинута на Challenge другого узла", "team nominated for another node's Challenge"),
        "challenge.judge": ("судья Challenge", "Challenge judge"), "challenge.assign": ("назначение судей", "judges assigned"),
        "challenge.mark": ("оценка судьи", "judge's mark"), "challenge.freeze": ("таблица заморожена", "board frozen"),
        "challenge.tie_decision": ("решение при равенстве", "tie decided"),
        "investment.agenda": ("повестка сессии", "session agenda"), "investment.investor": ("инвестор на сессии", "session investor"),
        "investment.pledge": ("обещание инвестора", "investor's pledge"),
        "investment.withdraw": ("обещание отозвано", "pledge withdrawn"),
        "investment.accept": ("обещание принято", "pledge accepted"), "investment.union_option": ("опцион Союза", "Union's option"),
        "community.member": ("состав сообщества", "community members"),
        "roadmap.start": ("дорожная карта начата", "road map started"), "roadmap.step": ("шаг дорожной карты", "road-map step"),
        "roadmap.evidence": ("документ по дорожной карте", "road-map evidence"),
    ]
}

extension PageFormat {
    /// `count` with the noun in the form its number takes: CLDR's plural categories (for
    /// Russian whole numbers one, few and many: 1 час, 3 часа, 5 часов, 11 часов, 21 час;
    /// for English one and other).
    func count(_ count: Int64, _ forms: PluralForms) -> String {
        "\(integer(count))\u{00A0}\(forms.form(for: count, in: language))"
    }
}

/// A noun's forms for counting, in both languages.
struct PluralForms: Sendable {
    let one: String
    let few: String
    let many: String
    let englishOne: String
    let englishOther: String

    func form(for count: Int64, in language: Language) -> String {
        let n = count.magnitude
        switch language {
        case .english:
            return n == 1 ? englishOne : englishOther
        case .russian:
            if n % 10 == 1 && n % 100 != 11 { return one }
            if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return few }
            return many
        }
    }

    static let hours = PluralForms(one: "час", few: "часа", many: "часов", englishOne: "hour", englishOther: "hours")
    static let confirmedHours = PluralForms(one: "подтверждённый час", few: "подтверждённых часа", many: "подтверждённых часов",
                                            englishOne: "confirmed hour", englishOther: "confirmed hours")
    static let projects = PluralForms(one: "проект", few: "проекта", many: "проектов", englishOne: "project", englishOther: "projects")
    static let characters = PluralForms(one: "знак", few: "знака", many: "знаков", englishOne: "character", englishOther: "characters")
    static let minutes = PluralForms(one: "минута", few: "минуты", many: "минут", englishOne: "minute", englishOther: "minutes")
    static let lines = PluralForms(one: "строка", few: "строки", many: "строк", englishOne: "line", englishOther: "lines")
    static let fields = PluralForms(one: "поле", few: "поля", many: "полей", englishOne: "field", englishOther: "fields")
    static let judges = PluralForms(one: "судья", few: "судьи", many: "судей", englishOne: "judge", englishOther: "judges")
    static let milestones = PluralForms(one: "веха", few: "вехи", many: "вех", englishOne: "milestone", englishOther: "milestones")
    static let members = PluralForms(one: "участник", few: "участника", many: "участников", englishOne: "member", englishOther: "members")
    static let teams = PluralForms(one: "команда", few: "команды", many: "команд", englishOne: "team", englishOther: "teams")
    static let applications = PluralForms(one: "заявка", few: "заявки", many: "заявок", englishOne: "application", englishOther: "applications")
    static let units = PluralForms(one: "доля", few: "доли", many: "долей", englishOne: "unit", englishOther: "units")
}

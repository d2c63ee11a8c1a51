import Registry

extension ContractError: PageWorded {
    func words(_ names: CodeNames) -> String {
        let format = names.format
        switch self {
        case .malformed: return names.pick("условия договора заполнены неверно", "the contract's terms are not filled in correctly")
        case .textDoesNotMatchTerms:
            return names.pick("юридический текст не тот, для которого написаны условия", "the legal text is not the one the terms were written for")
        case .firstEventMustPropose, .noEvents: return names.pick("договор сначала предлагают сторонам", "a contract is first proposed to its parties")
        case .alreadyProposed: return names.pick("договор уже предложен; предложите новый", "the contract is already proposed; propose a new one")
        case let .eventBeforePrevious(date, previous):
            return names.pick("дата \(format.date(date)) раньше предыдущего события (\(format.date(previous)))",
                              "the date \(format.date(date)) is before the previous event's (\(format.date(previous)))")
        case .notAParty: return names.pick("эта сторона не участвует в договоре", "this party is not in the contract")
        case .alreadySigned: return names.pick("эта сторона уже подписала договор", "this party has signed already")
        case let .notActive(_, status):
            return names.pick("договор ещё не действует: статус «\(names.language(status.phrase))»; нужны подписи всех сторон",
                              "the contract is not in force: it is “\(names.language(status.phrase))”; every party must sign first")
        case .wrongKind: return names.pick("это действие не подходит для договора такого вида", "this act does not apply to a contract of this kind")
        case .nonPositiveAmount: return names.pick("сумма должна быть больше нуля", "the amount must be more than zero")
        case .amountTooLarge: return names.pick("суммы выходят за пределы", "the amounts are out of range")
        case .holdersRequired:
            return names.pick("в условиях нет фиксированных долей: укажите получателей выручки", "the terms fix no shares: name the holders of the revenue")
        case let .afterDeadline(_, date, deadline):
            return names.pick("\(format.date(date)) — после срока \(format.date(deadline))", "\(format.date(date)) is after the deadline \(format.date(deadline))")
        case let .closeBeforeDeadline(date, deadline):
            return names.pick("сбор закрывается не раньше срока \(format.date(deadline)), а не \(format.date(date))",
                              "the campaign closes on or after its deadline \(format.date(deadline)), not on \(format.date(date))")
        case let .withdrawalExceedsPledge(requested, pledged):
            return names.pick("нельзя отозвать \(format.money(kopecks: requested)): обещано только \(format.money(kopecks: pledged))",
                              "cannot withdraw \(format.money(kopecks: requested)): only \(format.money(kopecks: pledged)) is pledged")
        case .notAnAttester: return names.pick("эта сторона не подтверждает вехи этого договора", "this party is not one of the contract's attesters")
        case .unknownMilestone: return names.pick("в договоре нет такой вехи", "the contract has no such milestone")
        case .alreadyAttested: return names.pick("эта веха уже подтверждена этой стороной", "this party has attested this milestone already")
        case .milestoneAlreadyReleased: return names.pick("транш за эту веху уже перечислен", "the tranche for this milestone is released already")
        case .terminationRefused: return names.pick("условия договора не позволяют расторгнуть его сейчас", "the contract's terms do not allow ending it now")
        case let .cannotActFor(party, _, _):
            return party == .union
                ? names.pick("за Союз подписывают сотрудники Союза", "Union staff sign for the Union")
                : names.pick("за эту сторону в договоре действует другой участник", "another member acts for this party in the contract")
        case .allocation: return names.pick("доли распределения заданы неверно", "the shares of the distribution are not valid")
        }
    }
}

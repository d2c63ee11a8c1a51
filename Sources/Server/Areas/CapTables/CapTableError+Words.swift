import Registry

extension CapTableError: PageWorded {
    func words(_ names: CodeNames) -> String {
        let format = names.format
        func units(_ count: ShareCount) -> String { format.count(count.value, .units) }
        switch self {
        case .duplicateEventID: return names.pick("такое событие уже есть в таблице долей", "this event is in the cap table already")
        case let .eventBeforeLatest(_, date, latest):
            return names.pick("дата \(format.date(date)) раньше последнего события таблицы (\(format.date(latest)))",
                              "the date \(format.date(date)) is before the table's latest event (\(format.date(latest)))")
        case .zeroUnits: return names.pick("число долей должно быть больше нуля", "the number of units must be more than zero")
        case .negativePrice: return names.pick("цена не может быть меньше нуля", "the price cannot be below zero")
        case .unknownShareClass: return names.pick("такого класса долей нет", "no such share class")
        case .duplicateShareClass: return names.pick("такой класс долей уже есть", "this share class exists already")
        case let .exceedsAuthorised(_, authorised, issued, reserved, requested):
            return names.pick("объявлено \(units(authorised)), выпущено \(units(issued)), зарезервировано \(units(reserved)): \(units(requested)) не помещаются",
                              "\(units(authorised)) authorised, \(units(issued)) issued, \(units(reserved)) reserved: \(units(requested)) do not fit")
        case let .insufficientUnits(_, _, owned, requested):
            return names.pick("у держателя \(units(owned)), а запрошено \(units(requested))", "the holder owns \(units(owned)), \(units(requested)) asked")
        case .transferToSelf: return names.pick("нельзя передать доли самому себе", "shares cannot be transferred to their own holder")
        case .unknownGrant: return names.pick("такого опциона нет", "no such option grant")
        case let .optionExpired(_, expiry, _):
            return names.pick("срок опциона истёк \(format.date(expiry))", "the option expired on \(format.date(expiry))")
        case let .insufficientVestedUnits(_, requested, vested, exercised):
            return names.pick("заработано \(units(vested)), исполнено \(units(exercised)): \(units(requested)) исполнить нельзя",
                              "\(units(vested)) vested, \(units(exercised)) exercised: \(units(requested)) cannot be exercised")
        case let .insufficientOutstandingUnits(_, requested, outstanding):
            return names.pick("по опциону осталось \(units(outstanding)), а запрошено \(units(requested))",
                              "\(units(outstanding)) remain on the grant, \(units(requested)) asked")
        case .invalidVesting: return names.pick("график вестинга задан неверно", "the vesting schedule is not valid")
        case .unknownMilestone: return names.pick("у опциона нет такой вехи", "the grant has no such milestone")
        case .notAnAttester: return names.pick("этот участник не подтверждает эту веху", "this member does not attest this milestone")
        case .alreadyAttested: return names.pick("эта веха уже подтверждена этим участником", "this member has attested this milestone already")
        case .invalidRound: return names.pick("раунд задан неверно", "the round is not valid")
        case .overflow: return names.pick("числа выходят за пределы", "the numbers are out of range")
        case .invalidPayload: return names.pick("событие таблицы долей заполнено неверно", "the cap table event is not filled in correctly")
        }
    }
}

import Registry

extension TownConflict: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case let .alreadyRegistered(name, region): names.pick("\(name) (\(region)) уже есть в реестре", "\(name) (\(region)) is already registered")
        case .idTaken: names.pick("город с таким идентификатором уже есть в реестре", "a town with this id is already registered")
        case let .communityExists(name): names.pick("сообщество «\(name)» там уже есть", "a community named \(name) already exists there")
        case let .figureRecorded(_, day):
            names.pick("значение на \(names.format.date(day)) уже записано", "the figure for \(names.format.date(day)) is already recorded")
        case .ownPractice: names.pick("это практика самого города; перенимают её другие города", "this is the town's own practice; other towns adopt it")
        case .practiceAlreadyAdopted: names.pick("город уже перенял эту практику", "the town has already adopted this practice")
        case .roadMapStarted: names.pick("дорожная карта города уже начата", "the town's road map has already started")
        case .roadMapNotStarted: names.pick("дорожная карта города ещё не начата", "the town's road map has not started yet")
        case .evidenceDeposited: names.pick("этот документ уже депонирован для этого шага", "this document is already deposited for this step")
        case .indicatorDefined: names.pick("показатель с таким кодом уже есть", "an indicator with this code is already defined")
        case let .sourceNodeUnreachable(origin):
            names.pick("узел \(origin) не ответил, и доказательство практики получить не удалось; попробуйте позже",
                       "the node \(origin) did not answer, so the practice's proof could not be fetched; try again later")
        case let .sourceEntryUnproved(origin, seq):
            names.pick("запись № \(seq) узла \(origin) не доказана как отчёт об этой практике в проверенном журнале",
                       "entry \(seq) of \(origin) is not proved to be this practice's report in the verified log")
        }
    }
}

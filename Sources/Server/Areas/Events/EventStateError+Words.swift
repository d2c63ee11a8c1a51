import Registry

extension EventStateError: PageWorded {
    func words(_ names: CodeNames) -> String {
        let status = { (status: EventStatus) in names.language(status.phrase) }
        switch self {
        case .notFound: return names.notFound(.event)
        case let .wrongStatus(_, _, current, allowed, _):
            return names.pick("сейчас у события статус «\(status(current))»; это возможно, только когда он «\(allowed.map(status).joined(separator: "» или «"))»",
                              "the event is now “\(status(current))”; this is possible only while it is “\(allowed.map(status).joined(separator: "” or “"))”")
        case let .cannotMove(_, current, requested, next):
            let onward = next.map { names.pick("только в «\(status($0))»", "only to “\(status($0))”") }
                ?? names.pick("только закреплением итогов", "only by sealing the results")
            return names.pick("из статуса «\(status(current))» нельзя перейти в «\(status(requested))», можно \(onward)",
                              "from “\(status(current))” the event cannot move to “\(status(requested))”, \(onward)")
        }
    }
}

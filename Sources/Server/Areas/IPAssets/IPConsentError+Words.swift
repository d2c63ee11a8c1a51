import Registry

extension IPConsentError: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case .notASigner: names.pick("ваше согласие для этого действия не требуется", "your consent is not needed for this act")
        case .alreadySigned: names.pick("вы уже подписали это действие", "you have signed this act already")
        case .otherRequestPending:
            names.pick("другое действие с этим НМА ждёт согласия держателей; сначала его подпишут или отклонят",
                       "another act on this IP asset waits for its holders' consent; it must be signed or declined first")
        case .splitChanged: names.pick("доли НМА изменились после запроса; запросите действие заново", "the asset's split changed since; ask for the act again")
        case .nothingChanges: names.pick("новое распределение совпадает с текущим", "the new split is the current one")
        }
    }
}

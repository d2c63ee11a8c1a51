import Registry

extension IndicatorDefinition {
    /// The indicator's name in the page's language: the English name when there is one.
    func name(_ language: Language) -> String {
        language == .english ? englishName ?? name : name
    }

    /// Which way is good, in words, for beside its chart.
    var directionPhrase: Phrase {
        switch direction {
        case .higherIsBetter: .higherIsBetter
        case .lowerIsBetter: .lowerIsBetter
        }
    }
}

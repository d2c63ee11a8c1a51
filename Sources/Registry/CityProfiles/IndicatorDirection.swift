/// Which way an indicator's value is good for the town: more incomes, fewer leaving.
public enum IndicatorDirection: String, Sendable, Hashable, CaseIterable, RegistryCode {
    case higherIsBetter = "higher_is_better"
    case lowerIsBetter = "lower_is_better"
}

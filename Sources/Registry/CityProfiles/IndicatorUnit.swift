/// How a happiness indicator's integer value is to be read. Values are whole numbers so
/// they compare and sum exactly: shares and growth rates in per-mille (‰, 1000 = 100 %),
/// money in kopecks, people and businesses as counts.
public enum IndicatorUnit: String, Sendable, Hashable, CaseIterable, Codable {
    case perMille = "per_mille"
    case kopecks
    case count
}

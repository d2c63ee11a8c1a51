/// One measured figure, printed as one JSON line beside the raw baseline it is judged against.
struct BenchmarkFigure {
    let name: String
    let value: Double
    let unit: String
    var baselineName: String?
    var baselineValue: Double?
    var target: String?

    var jsonLine: String {
        var fields = ["\"bench\":\"\(name)\"", "\"value\":\(rounded(value))", "\"unit\":\"\(unit)\""]
        if let baselineName, let baselineValue {
            fields.append("\"baseline\":\"\(baselineName)\"")
            fields.append("\"baseline_value\":\(rounded(baselineValue))")
            if baselineValue > 0 { fields.append("\"ratio\":\(rounded(value / baselineValue))") }
        }
        if let target { fields.append("\"target\":\"\(target)\"") }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private func rounded(_ number: Double) -> String {
        let scaled = (number * 1000).rounded() / 1000
        return scaled == scaled.rounded() && abs(scaled) < 1e15 ? String(Int64(scaled)) : String(scaled)
    }
}

import Ledger
import Registry

/// Numbers, money and dates written the way each language writes them: in Russian
/// `1 234 567,89 ₽` and `23.11.2026`, in English `1,234,567.89 ₽` and `2026-11-23`.
struct PageFormat {
    let language: Language

    func integer(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += language == .russian ? "\u{00A0}" : "," }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    func money(kopecks: Int64) -> String {
        let roubles = integer(Int64(kopecks.magnitude / 100))
        let cents = kopecks.magnitude % 100 < 10 ? "0\(kopecks.magnitude % 100)" : "\(kopecks.magnitude % 100)"
        return (kopecks < 0 ? "−" : "") + roubles + (language == .russian ? "," : ".") + cents + "\u{00A0}₽"
    }

    /// A file's size in the largest unit that keeps it at 1 or more, with one decimal
    /// above kilobytes (units of 1024): `734 КБ`, `12,4 МБ`.
    func bytes(_ count: Int64) -> String {
        let units = language == .russian ? ["байт", "КБ", "МБ", "ГБ", "ТБ"] : ["bytes", "KB", "MB", "GB", "TB"]
        var value = Double(count)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let shown = unit < 2 ? integer(Int64(value.rounded())) : decimal(value, places: 1)
        return shown + "\u{00A0}" + units[unit]
    }

    /// Whole roubles, for figures where kopecks are noise (a town's investment).
    func roubles(kopecks: Int64) -> String {
        integer((kopecks + (kopecks < 0 ? -50 : 50)) / 100) + "\u{00A0}₽"
    }

    /// An indicator's figure in its unit: per mille as a percentage, money in roubles.
    func figure(_ value: Int64, unit: IndicatorUnit) -> String {
        switch unit {
        case .perMille: decimal(Double(value) / 10, places: 1) + "\u{00A0}%"
        case .kopecks: roubles(kopecks: value)
        case .count: integer(value)
        }
    }

    /// A moment as its date and its time of day in UTC (`07.12.2026, 00:13 UTC`).
    func moment(_ time: LedgerTime) -> String {
        "\(date(CalendarDate(time))), \(time.rfc3339.dropFirst(11).prefix(5)) UTC"
    }

    func date(_ date: CalendarDate) -> String {
        let text = date.description
        guard language == .russian else { return text }
        let parts = text.split(separator: "-")
        return parts.count == 3 ? "\(parts[2]).\(parts[1]).\(parts[0])" : text
    }

    func decimal(_ value: Double, places: Int = 2) -> String {
        Self.fixed(value, places: places, separator: language == .russian ? "," : ".")
    }

    /// `value` rounded to `places` decimals and written with `separator` before them. Pages
    /// write thousands of these (every point of a chart), so it is plain integer arithmetic
    /// rather than Foundation's format strings.
    static func fixed(_ value: Double, places: Int, separator: String) -> String {
        let scale = (0..<max(places, 0)).reduce(Int64(1)) { product, _ in product * 10 }
        let scaled = (value * Double(scale)).rounded()
        guard scaled.isFinite, scaled.magnitude < 1e15 else { return String(value) }
        let units = Int64(scaled)
        var text = (units < 0 ? "-" : "") + String(units.magnitude / UInt64(scale))
        if places > 0 {
            let fraction = String(units.magnitude % UInt64(scale))
            text += separator + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return text
    }
}

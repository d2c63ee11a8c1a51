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
        let cents = String(format: "%02d", Int(kopecks.magnitude % 100))
        return (kopecks < 0 ? "−" : "") + roubles + (language == .russian ? "," : ".") + cents + "\u{00A0}₽"
    }

    func date(_ date: CalendarDate) -> String {
        let text = date.description
        guard language == .russian else { return text }
        let parts = text.split(separator: "-")
        return parts.count == 3 ? "\(parts[2]).\(parts[1]).\(parts[0])" : text
    }

    func decimal(_ value: Double, places: Int = 2) -> String {
        let text = String(format: "%.\(places)f", value)
        return language == .russian ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

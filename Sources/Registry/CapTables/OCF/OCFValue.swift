import Ledger

/// The Open Cap Table Format's spellings of numbers, money and dates.
enum OCFValue {
    /// A whole number as OCF's `Numeric` string.
    static func numeric(_ value: Int64) -> JSONValue { .string(String(value)) }

    static func date(_ date: CalendarDate) -> JSONValue { .string(date.rfc3339) }

    /// Kopecks as a `Monetary` amount in roubles, exact to the kopeck.
    static func money(_ kopecks: Kopecks) -> JSONValue {
        monetary(decimal(kopecks.value, scale: 2))
    }

    /// `kopecks / units` roubles, rounded down to OCF's ten decimal places.
    static func price(_ kopecks: Kopecks, perUnits units: ShareCount) -> JSONValue {
        let tenBillionths = LargestRemainder.multiplyDivide(kopecks.value, 100_000_000, max(units.value, 1)) ?? 0
        return monetary(decimal(tenBillionths, scale: 10))
    }

    private static func monetary(_ amount: String) -> JSONValue {
        ["amount": .string(amount), "currency": "RUB"]
    }

    /// `value / 10^scale` in decimal, trailing fractional zeros dropped (two always kept).
    private static func decimal(_ value: Int64, scale: Int) -> String {
        var divisor: UInt64 = 1
        for _ in 0..<scale { divisor *= 10 }
        let magnitude = value.magnitude
        var fraction = String(magnitude % divisor)
        fraction = String(repeating: "0", count: scale - fraction.count) + fraction
        while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
        return (value < 0 ? "-" : "") + "\(magnitude / divisor).\(fraction)"
    }
}

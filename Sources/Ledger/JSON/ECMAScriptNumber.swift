/// Writes a finite double the way ECMAScript's Number::toString does.
///
/// RFC 8785 §3.2.2.3 adopts that algorithm so every canonicaliser, whatever its language, prints
/// the same number the same way. The shortest round-trip digits come from Swift's own
/// `description` (which already picks the shortest, closest digits); only the layout is redone.
enum ECMAScriptNumber {
    /// The text of `value`, which must be finite.
    static func string(_ value: Double) -> String {
        var text: [UInt8] = []
        append(value, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the text of `value`, which must be finite, to `output`.
    static func append(_ value: Double, to output: inout [UInt8]) {
        if value == 0 {
            output.append(ASCII.zero)
            return
        }
        if value < 0 { output.append(ASCII.minus) }
        let (digits, exponent) = shortestDigits(of: value.magnitude)
        let count = digits.count
        if count <= exponent, exponent <= 21 {
            output.append(contentsOf: digits)
            output.append(contentsOf: repeatElement(ASCII.zero, count: exponent - count))
        } else if 0 < exponent, exponent <= 21 {
            output.append(contentsOf: digits[..<exponent])
            output.append(ASCII.dot)
            output.append(contentsOf: digits[exponent...])
        } else if -6 < exponent, exponent <= 0 {
            output.append(ASCII.zero)
            output.append(ASCII.dot)
            output.append(contentsOf: repeatElement(ASCII.zero, count: -exponent))
            output.append(contentsOf: digits)
        } else {
            output.append(digits[0])
            if count > 1 {
                output.append(ASCII.dot)
                output.append(contentsOf: digits[1...])
            }
            output.append(ASCII.e)
            output.append(exponent > 0 ? ASCII.plus : ASCII.minus)
            output.append(contentsOf: String((exponent - 1).magnitude).utf8)
        }
    }

    /// The significant digits `d₁d₂…dₖ` (ASCII, no trailing zeros) and the exponent `n` with
    /// `magnitude = 0.d₁d₂…dₖ × 10ⁿ`, the `s`, `k` and `n` of ECMA-262 Number::toString.
    private static func shortestDigits(of magnitude: Double) -> (digits: [UInt8], exponent: Int) {
        var mantissa: [UInt8] = []
        mantissa.reserveCapacity(24)
        var integerDigits: Int?
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for byte in magnitude.description.utf8 {
            switch byte {
            case ASCII.zero...ASCII.nine where inExponent:
                exponent = exponent * 10 + Int(byte - ASCII.zero)
            case ASCII.zero...ASCII.nine:
                mantissa.append(byte)
            case ASCII.dot:
                integerDigits = mantissa.count
            case ASCII.e, ASCII.upperE:
                inExponent = true
            case ASCII.minus:
                exponentSign = -1
            default:
                break
            }
        }
        let leadingZeros = mantissa.prefix { $0 == ASCII.zero }.count
        let significantEnd = (mantissa.lastIndex { $0 != ASCII.zero } ?? leadingZeros) + 1
        let digits = Array(mantissa[leadingZeros..<max(leadingZeros, significantEnd)])
        let pointAfter = integerDigits ?? mantissa.count
        return (digits, pointAfter + exponentSign * exponent - leadingZeros)
    }
}

/// Exact integer splits. A total is shared in proportion to weights by the largest-remainder
/// (Hamilton) method: each part gets the floor of its quota, and the units rounding left over go
/// one each to the parts with the largest remainders; equal remainders go to the earlier part,
/// so callers order the parts (by id) to make the tie-break deterministic. The parts always sum
/// to the total.
public enum LargestRemainder {
    /// Splits `total` among `weights`; `nil` when the weights are empty, negative or sum to zero.
    public static func allocate(_ total: Int64, among weights: [Int64]) -> [Int64]? {
        guard total >= 0, !weights.isEmpty, weights.allSatisfy({ $0 >= 0 }) else { return nil }
        var weightSum: Int64 = 0
        for weight in weights {
            let (sum, overflow) = weightSum.addingReportingOverflow(weight)
            guard !overflow else { return nil }
            weightSum = sum
        }
        guard weightSum > 0 else { return nil }
        var parts: [Int64] = []
        var remainders: [(remainder: UInt64, index: Int)] = []
        parts.reserveCapacity(weights.count)
        for (index, weight) in weights.enumerated() {
            guard let (quotient, remainder) = divideFullWidth(total, weight, weightSum) else { return nil }
            parts.append(quotient)
            remainders.append((remainder, index))
        }
        var leftover = total - parts.reduce(0, +)
        remainders.sort { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in remainders where leftover > 0 {
            parts[entry.index] += 1
            leftover -= 1
        }
        return parts
    }

    /// `floor(a × b / c)` computed in 128 bits, for non-negative `a`, `b` and positive `c`;
    /// `nil` when the result does not fit in 64 bits.
    public static func multiplyDivide(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64? {
        divideFullWidth(a, b, c)?.quotient
    }

    private static func divideFullWidth(_ a: Int64, _ b: Int64, _ c: Int64) -> (quotient: Int64, remainder: UInt64)? {
        guard a >= 0, b >= 0, c > 0 else { return nil }
        let product = UInt64(a).multipliedFullWidth(by: UInt64(b))
        let divisor = UInt64(c)
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        guard quotient <= UInt64(Int64.max) else { return nil }
        return (Int64(quotient), remainder)
    }
}

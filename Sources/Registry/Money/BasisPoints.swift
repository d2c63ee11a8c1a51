/// Parts of a whole in hundredths of a percent, the unit in which terms name shares
/// (a town fund's 10 % is 1 000 basis points).
public enum BasisPoints {
    public static let whole: Int64 = 10_000

    /// `amount × basisPoints ÷ 10 000`, rounded down, computed in 128 bits so it cannot
    /// overflow. Both arguments must be non-negative and `basisPoints` at most `whole`.
    public static func part(_ basisPoints: Int64, of amount: Int64) -> Int64 {
        let product = UInt64(max(0, amount)).multipliedFullWidth(by: UInt64(min(max(0, basisPoints), whole)))
        return Int64(UInt64(whole).dividingFullWidth(product).quotient)
    }
}

/// The byte classes of RFC 9110 §5.6 and RFC 3986 §3.2.2 that the request parser checks
/// input against, written as comparisons so the hot loops need no lookup table.
extension UInt8 {
    static let httpCR: UInt8 = 0x0D
    static let httpLF: UInt8 = 0x0A
    static let httpSpace: UInt8 = 0x20
    static let httpTab: UInt8 = 0x09
    static let httpColon = UInt8(ascii: ":")

    /// tchar: a byte of a token (method, field name, transfer coding).
    var isHTTPTokenCharacter: Bool {
        switch self {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// VCHAR: visible ASCII, 0x21 to 0x7E.
    var isHTTPVisible: Bool { self &- 0x21 < 0x5E }

    /// SP or HTAB, the whitespace HTTP allows around values (OWS, BWS).
    var isHTTPWhitespace: Bool { self == .httpSpace || self == .httpTab }

    /// A byte of a field value or chunk extension: VCHAR, obs-text, SP or HTAB, that is,
    /// anything but the control characters (NUL, CR, LF, DEL and the rest).
    var isHTTPFieldContent: Bool { (self >= 0x20 && self != 0x7F) || self == .httpTab }

    var isASCIIDigit: Bool { self &- UInt8(ascii: "0") < 10 }

    /// The value of a hexadecimal digit of either case, or nil.
    var hexDigitValue: Int? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(self &- UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(self &- UInt8(ascii: "a") &+ 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(self &- UInt8(ascii: "A") &+ 10)
        default: return nil
        }
    }

    /// The byte with ASCII letters folded to lower case, for comparing tokens.
    var asciiLowercased: UInt8 { self &- UInt8(ascii: "A") < 26 ? self | 0x20 : self }
}

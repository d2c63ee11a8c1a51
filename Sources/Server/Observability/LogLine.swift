import Foundation

/// One structured log line: a fixed message with its data in dotted or snake_case
/// fields, written as a JSON object. Callers pass ids, routes and numbers, never
/// personal data or secrets.
public struct LogLine: Sendable {
    public enum Value: Sendable {
        case string(String)
        case integer(Int)
        case number(Double)
    }

    public let level: String
    public let message: String
    public let fields: [(String, Value)]
    public let time: Date

    public init(level: String, message: String, fields: [(String, Value)], time: Date = Date()) {
        self.level = level
        self.message = message
        self.fields = fields
        self.time = time
    }

    static func rank(_ level: String) -> Int {
        ["trace", "debug", "info", "notice", "warning", "error", "critical"].firstIndex(of: level) ?? 2
    }

    public var json: String {
        var text = "{\"time\":\(Self.quote(Self.timestamp(time))),\"level\":\(Self.quote(level)),\"msg\":\(Self.quote(message))"
        for (name, value) in fields {
            text += ",\(Self.quote(name)):"
            switch value {
            case let .string(string): text += Self.quote(string)
            case let .integer(integer): text += String(integer)
            case let .number(number): text += number.isFinite ? String((number * 1000).rounded() / 1000) : "null"
            }
        }
        return text + "}"
    }

    private static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var seconds = time_t(milliseconds / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-" + pad(Int(parts.tm_mday), 2)
            + "T" + pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2) + ":" + pad(Int(parts.tm_sec), 2)
            + "." + pad(Int(milliseconds % 1000), 3) + "Z"
    }

    static func quote(_ string: String) -> String {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + string + "\""
        }
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += String(format: "\\u%04x", scalar.value)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

import Foundation

/// A form's fields as a browser posts them (`application/x-www-form-urlencoded`).
enum FormEncoding {
    static let contentType = "application/x-www-form-urlencoded"

    static func body(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        allowed.subtract(CharacterSet(charactersIn: "\u{80}"..."\u{10FFFF}"))
        return fields.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
    }
}

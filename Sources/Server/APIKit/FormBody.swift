/// Reads fields of `application/x-www-form-urlencoded` bodies (HTML form posts).
public enum FormBody {
    public static func fields(of request: HTTPRequest) -> [String: String] {
        let mediaType = request.headers["Content-Type"]?.split(separator: ";").first?.trimmingSpaces.lowercased()
        guard mediaType == "application/x-www-form-urlencoded" else { return [:] }
        var fields: [String: String] = [:]
        for pair in String(decoding: request.body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = PercentDecoding.decode(parts[0], plusAsSpace: true), fields[name] == nil else { continue }
            fields[name] = parts.count == 2 ? PercentDecoding.decode(parts[1], plusAsSpace: true) : ""
        }
        return fields
    }

    public static func value(of name: String, in request: HTTPRequest) -> String? {
        fields(of: request)[name]
    }
}

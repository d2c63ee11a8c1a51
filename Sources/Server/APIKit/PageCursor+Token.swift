import Foundation
import Registry

extension PageCursor {
    /// The cursor as clients see it: base64url without padding, safe in a query string.
    var token: String {
        Data(rawValue.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    init?(token: String) {
        var text = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        guard let data = Data(base64Encoded: text), let raw = String(data: data, encoding: .utf8) else { return nil }
        self.init(rawValue: raw)
    }
}

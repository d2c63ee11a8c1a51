import Foundation

/// A response as read off the wire by `RawClient`, with its head split into status and
/// fields and its body de-chunked.
struct RawResponse {
    let status: Int
    let headers: [(String, String)]
    let body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The response at the start of `bytes` and how many bytes it used, or nil if incomplete.
    static func parse(_ bytes: [UInt8], bodyExpected: Bool) -> (RawResponse, Int)? {
        guard let headEnd = find([13, 10, 13, 10], in: bytes, from: 0) else { return nil }
        let lines = String(decoding: bytes[0..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        let headers = lines.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var response = RawResponse(status: status, headers: headers, body: [])
        let bodyStart = headEnd + 4
        if !bodyExpected || status < 200 || status == 204 || status == 304 { return (response, bodyStart) }
        if let length = response.header("Content-Length").flatMap(Int.init) {
            guard bytes.count >= bodyStart + length else { return nil }
            response = RawResponse(status: status, headers: headers, body: Array(bytes[bodyStart..<bodyStart + length]))
            return (response, bodyStart + length)
        }
        guard response.header("Transfer-Encoding")?.lowercased() == "chunked" else { return (response, bodyStart) }
        var offset = bodyStart
        var body: [UInt8] = []
        while true {
            guard let lineEnd = find([13, 10], in: bytes, from: offset),
                  let size = Int(String(decoding: bytes[offset..<lineEnd], as: UTF8.self), radix: 16) else { return nil }
            let dataStart = lineEnd + 2
            guard bytes.count >= dataStart + size + 2 else { return nil }
            if size == 0 { return (RawResponse(status: status, headers: headers, body: body), dataStart + 2) }
            body.append(contentsOf: bytes[dataStart..<dataStart + size])
            offset = dataStart + size + 2
        }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where Array(bytes[index..<index + needle.count]) == needle {
            return index
        }
        return nil
    }
}

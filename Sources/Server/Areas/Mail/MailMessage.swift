import Foundation
import Registry

/// A mail of the outbox as an Internet message (RFC 5322 with MIME, RFC 2047 subject):
/// the bytes written to the mail folder or sent over SMTP.
struct MailMessage {
    let from: String
    let to: EmailAddress
    let text: MailText
    let id: MailID
    /// When the message is written, in seconds since 1970.
    let secondsSince1970: Int

    var bytes: [UInt8] {
        let headers = [
            "From: Glocal <\(from)>",
            "To: <\(to.rawValue)>",
            "Subject: \(Self.encodedWord(text.subject))",
            "Date: \(HTTPDate.format(secondsSince1970: secondsSince1970).replacingOccurrences(of: " GMT", with: " +0000"))",
            "Message-ID: <\(id.rawValue)@\(from.split(separator: "@").last.map(String.init) ?? "glocal")>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "Auto-Submitted: auto-generated",
        ] + (text.oneClickUnsubscribe.map { ["List-Unsubscribe: <\($0)>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"] } ?? [])
        let body = Self.wrapped(Data(text.body.utf8).base64EncodedString())
        return Array((headers.joined(separator: "\r\n") + "\r\n\r\n" + body + "\r\n").utf8)
    }

    /// `text` as one RFC 2047 encoded word per up to 45 bytes of UTF-8, folded onto lines of their own.
    private static func encodedWord(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// Base64 in lines of 76 characters.
    private static func wrapped(_ base64: String) -> String {
        var lines: [Substring] = []
        var rest = Substring(base64)
        while !rest.isEmpty {
            lines.append(rest.prefix(76))
            rest = rest.dropFirst(76)
        }
        return lines.joined(separator: "\r\n")
    }
}

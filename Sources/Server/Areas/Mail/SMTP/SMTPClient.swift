import Foundation

/// Hands one message to the mail server over SMTP (RFC 5321): EHLO, STARTTLS (RFC 3207),
/// EHLO again, AUTH PLAIN (RFC 4954) when credentials are configured, then MAIL, RCPT and
/// DATA with dot-stuffing. Blocking: run it off Swift's cooperative threads.
enum SMTPClient {
    static func send(_ message: MailMessage, with configuration: SMTPConfiguration) throws(SMTPError) {
        let connection = try SMTPConnection(host: configuration.host, port: configuration.port,
                                            timeoutSeconds: configuration.timeoutSeconds)
        let name = configuration.from.split(separator: "@").last.map(String.init) ?? "glocal"
        try connection.expect(220, step: "the greeting")
        let offered = try connection.command("EHLO \(name)", expect: 250, step: "EHLO")
        guard offered.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else { throw .noStartTLS }
        try connection.command("STARTTLS", expect: 220, step: "STARTTLS")
        try connection.startTLS(certificateAuthorityFile: configuration.certificateAuthorityFile)
        try connection.command("EHLO \(name)", expect: 250, step: "EHLO after STARTTLS")
        if let username = configuration.username, let password = configuration.password {
            let plain = Data([0] + Array(username.utf8) + [0] + Array(password.utf8)).base64EncodedString()
            try connection.command("AUTH PLAIN \(plain)", expect: 235, step: "AUTH")
        }
        try connection.command("MAIL FROM:<\(configuration.from)>", expect: 250, step: "MAIL FROM")
        try connection.command("RCPT TO:<\(message.to.rawValue)>", expect: 250, step: "RCPT TO")
        try connection.command("DATA", expect: 354, step: "DATA")
        try connection.write(dotStuffed(message.bytes) + Array("\r\n.\r\n".utf8), step: "the message")
        try connection.expect(250, step: "the end of the message")
        _ = try? connection.command("QUIT", expect: 221, step: "QUIT")
    }

    /// The message with every line that starts with "." given another in front (RFC 5321
    /// §4.5.2), without its final CRLF (the terminator adds one).
    static func dotStuffed(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var atLineStart = true
        for byte in bytes {
            if atLineStart && byte == UInt8(ascii: ".") { output.append(UInt8(ascii: ".")) }
            output.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        if output.suffix(2) == [13, 10] { output.removeLast(2) }
        return output
    }
}

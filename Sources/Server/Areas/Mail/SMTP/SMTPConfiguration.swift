import Glibc

/// How the node reaches its mail server, read from `mail.conf` in the data folder: one
/// `name = value` per line, `#` for comments.
///
///     smtp_host = smtp.example.org
///     smtp_port = 587                  # the submission port; the default
///     smtp_username = glocal@example.org
///     smtp_password = …
///     smtp_ca_file = /etc/ssl/own-ca.pem   # only for a server whose certificate no system CA signed
///     mail_from = glocal@example.org
///
/// The connection is always upgraded with STARTTLS and the server's certificate checked
/// against the host name before credentials or mail are sent; a server that offers no
/// STARTTLS gets nothing. The file holds a password: it should be readable by its owner only.
struct SMTPConfiguration: Sendable, Equatable {
    var host: String
    var port: Int = 587
    var username: String?
    var password: String?
    var certificateAuthorityFile: String?
    var from: String
    /// How long to wait for the server at each step.
    var timeoutSeconds: Int = 30

    /// The configuration in `path`, or nil when the file does not exist (mail then goes to the mail folder).
    static func load(path: String) throws(SMTPConfigurationError) -> SMTPConfiguration? {
        guard let file = fopen(path, "r") else {
            if errno == ENOENT { return nil }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var text: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            text += buffer[0..<count]
        }
        return try parse(String(decoding: text, as: UTF8.self), path: path)
    }

    static func parse(_ text: String, path: String) throws(SMTPConfigurationError) -> SMTPConfiguration {
        var values: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = Substring(line.filter { $0 != "\r" }).trimmingSpaces
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else { throw .malformedLine(path: path, line: index + 1) }
            let name = String(trimmed[..<equals].trimmingSpaces)
            let value = String(trimmed[trimmed.index(after: equals)...].trimmingSpaces)
            guard Self.names.contains(name) else { throw .unknownSetting(path: path, line: index + 1, name: name) }
            values[name] = value
        }
        guard let host = values["smtp_host"], !host.isEmpty else { throw .missing(path: path, name: "smtp_host") }
        guard let from = values["mail_from"], from.contains("@") else { throw .missing(path: path, name: "mail_from") }
        var configuration = SMTPConfiguration(host: host, from: from)
        if let port = values["smtp_port"] {
            guard let number = Int(port), (1...65535).contains(number) else { throw .invalid(path: path, name: "smtp_port", value: port) }
            configuration.port = number
        }
        configuration.username = values["smtp_username"].flatMap { $0.isEmpty ? nil : $0 }
        configuration.password = values["smtp_password"]
        configuration.certificateAuthorityFile = values["smtp_ca_file"].flatMap { $0.isEmpty ? nil : $0 }
        guard (configuration.username == nil) == (configuration.password == nil) else {
            throw .missing(path: path, name: configuration.username == nil ? "smtp_username" : "smtp_password")
        }
        return configuration
    }

    private static let names: Set<String> = ["smtp_host", "smtp_port", "smtp_username", "smtp_password", "smtp_ca_file", "mail_from"]
}

/// Why `mail.conf` cannot be used; `glocal serve` says it and stops rather than lose mail.
enum SMTPConfigurationError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case malformedLine(path: String, line: Int)
    case unknownSetting(path: String, line: Int, name: String)
    case missing(path: String, name: String)
    case invalid(path: String, name: String, value: String)

    var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot be read: \(reason)"
        case let .malformedLine(path, line): "\(path), line \(line): expected 'name = value'"
        case let .unknownSetting(path, line, name): "\(path), line \(line): unknown setting '\(name)'"
        case let .missing(path, name): "\(path): '\(name)' is required"
        case let .invalid(path, name, value): "\(path): '\(name)' cannot be '\(value)'"
        }
    }
}

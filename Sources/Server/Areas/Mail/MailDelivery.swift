import Glibc

/// Where the node's mail goes. Without a mail server configured (a demo, a node being set
/// up), each message is written as an `.eml` file into a folder of the data directory,
/// readable by the node's owner only, and administrators see the outbox at `/admin/mail`.
enum MailDelivery: Sendable {
    case folder(String)

    /// Hands `message` on; throws `MailDeliveryError` with what went wrong.
    func deliver(_ message: MailMessage) throws(MailDeliveryError) {
        switch self {
        case let .folder(path):
            try Self.write(message, into: path)
        }
    }

    private static func write(_ message: MailMessage, into folder: String) throws(MailDeliveryError) {
        if mkdir(folder, 0o700) != 0 && errno != EEXIST { throw .folder(folder, errno: errno) }
        let path = "\(folder)/\(message.secondsSince1970)-\(message.id.rawValue).eml"
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .folder(path, errno: errno) }
        defer { Glibc.close(descriptor) }
        let bytes = message.bytes
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else { throw .folder(path, errno: errno) }
    }
}

/// Why a mail could not be handed on; the outbox keeps the sentence and tries again later.
enum MailDeliveryError: Error, CustomStringConvertible {
    case folder(String, errno: Int32)

    var description: String {
        switch self {
        case let .folder(path, code): "cannot write \(path): \(String(cString: strerror(code)))"
        }
    }
}

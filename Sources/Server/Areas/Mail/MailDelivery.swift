import Dispatch
import Glibc

/// Where the node's mail goes: to the mail server `mail.conf` names (`SMTPConfiguration`),
/// or, without one (a demo, a node being set up), into a folder of the data directory as
/// `.eml` files readable by the node's owner only. Administrators see the outbox at `/admin/mail`.
enum MailDelivery: Sendable {
    case folder(String)
    case smtp(SMTPConfiguration)

    /// The sender address of the node's mail.
    var from: String? {
        if case let .smtp(configuration) = self { return configuration.from }
        return nil
    }

    /// Hands `message` on; throws `MailDeliveryError` with what went wrong. The SMTP
    /// conversation blocks, so it runs on a thread of its own, never on Swift's pool.
    func deliver(_ message: MailMessage) async throws(MailDeliveryError) {
        switch self {
        case let .folder(path):
            try Self.write(message, into: path)
        case let .smtp(configuration):
            let result: Result<Void, MailDeliveryError> = await withCheckedContinuation { continuation in
                Self.smtpQueue.async {
                    do throws(SMTPError) {
                        try SMTPClient.send(message, with: configuration)
                        continuation.resume(returning: .success(()))
                    } catch {
                        continuation.resume(returning: .failure(.smtp(error)))
                    }
                }
            }
            try result.get()
        }
    }

    private static let smtpQueue = DispatchQueue(label: "glocal-smtp")

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
    case smtp(SMTPError)

    var description: String {
        switch self {
        case let .folder(path, code): "cannot write \(path): \(String(cString: strerror(code)))"
        case let .smtp(error): error.description
        }
    }
}

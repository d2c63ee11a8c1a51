import Glibc
import Registry

/// Delivers the outbox in the background of a serving node: every few seconds, each mail
/// that is due is worded (`MailText`), made a message and handed to its `MailDelivery`;
/// a failure is recorded on the mail, which the outbox offers again later. An act never
/// waits for this, and a mail server that is down delays mail, never acts.
public actor MailSender {
    private let outbox: Outbox
    private nonisolated let delivery: MailDelivery
    private let from: String
    private let siteAddress: String

    /// A sender of the node's mail with links to `siteAddress`: to the mail server that
    /// `mailConfiguration` (the data folder's `mail.conf`) names, or, without that file, into
    /// `mailFolder`. Throws, naming the file and line, when the file cannot be used.
    public init(outbox: Outbox, mailConfiguration: String, mailFolder: String, siteAddress: String) throws {
        let delivery: MailDelivery = try SMTPConfiguration.load(path: mailConfiguration).map { .smtp($0) } ?? .folder(mailFolder)
        self.init(outbox: outbox, delivery: delivery, siteAddress: siteAddress)
    }

    /// Where mail goes, in words for the serving log.
    public nonisolated var destination: String {
        switch delivery {
        case let .folder(path): "written to \(path)"
        case let .smtp(configuration): "sent through \(configuration.host):\(configuration.port) (STARTTLS)"
        }
    }

    init(outbox: Outbox, delivery: MailDelivery, siteAddress: String) {
        self.outbox = outbox
        self.delivery = delivery
        self.from = delivery.from
            ?? "glocal@" + (siteAddress.split(separator: "/").dropFirst().first.map { String($0.split(separator: ":")[0]) } ?? "localhost")
        self.siteAddress = siteAddress
    }

    /// Delivers what is due now; returns how many were handed on.
    @discardableResult
    public func deliverDue() async throws -> Int {
        var delivered = 0
        for mail in try await outbox.due() {
            guard let recipient = mail.recipient else {
                try await outbox.markFailed(mail.id, reason: "the account has no address")
                continue
            }
            let message = MailMessage(from: from, to: recipient, text: MailText(mail, siteAddress: siteAddress), id: mail.id,
                                      secondsSince1970: time(nil))
            do {
                try await delivery.deliver(message)
                try await outbox.markSent(mail.id)
                delivered += 1
            } catch let error as MailDeliveryError {
                try await outbox.markFailed(mail.id, reason: error.description)
            }
        }
        return delivered
    }

    /// Delivers what is due every `interval` until the task is cancelled.
    public func run(every interval: Duration = .seconds(2)) async {
        while !Task.isCancelled {
            _ = try? await deliverDue()
            try? await Task.sleep(for: interval)
        }
    }
}

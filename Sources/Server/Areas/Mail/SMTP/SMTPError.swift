/// Why a mail could not be handed to the mail server, in words an administrator can act on
/// (they appear beside the mail at `/admin/mail`).
enum SMTPError: Error, Equatable, CustomStringConvertible {
    case cannotResolve(host: String)
    case cannotConnect(host: String, port: Int, reason: String)
    case timedOut(waitingFor: String)
    case closed(waitingFor: String)
    /// The server answered `code` where the step needed another.
    case refused(step: String, code: Int, text: String)
    case noStartTLS
    case tls(reason: String)
    case certificateAuthorityFile(path: String, reason: String)

    var description: String {
        switch self {
        case let .cannotResolve(host): "cannot resolve the mail server \(host)"
        case let .cannotConnect(host, port, reason): "cannot connect to \(host):\(port): \(reason)"
        case let .timedOut(step): "the mail server did not answer \(step) in time"
        case let .closed(step): "the mail server closed the connection at \(step)"
        case let .refused(step, code, text): "the mail server refused \(step): \(code) \(text)"
        case .noStartTLS: "the mail server does not offer STARTTLS; no credentials or mail are sent without TLS"
        case let .tls(reason): "TLS with the mail server failed: \(reason)"
        case let .certificateAuthorityFile(path, reason): "cannot load the CA file \(path): \(reason)"
        }
    }
}

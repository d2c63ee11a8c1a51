import Registry

/// The words of a mail of the outbox: a subject and a plain-text body in the language its
/// reader chose (Russian unless English), with links to this node at `siteAddress` (such
/// as `https://glazov.glocal.example`).
struct MailText: Equatable {
    let subject: String
    let body: String
    /// The address a mail provider POSTs to for a one-click unsubscribe (RFC 8058), for a
    /// kind of mail the member may decline.
    let oneClickUnsubscribe: String?

    init(_ mail: OutgoingMail, siteAddress: String) {
        let (russian, english): (Part, Part)
        switch mail.kind {
        case .emailConfirmation:
            let link = "\(siteAddress)/confirm-email?token=\(mail.parameters["token"] ?? "")"
            russian = Part(subject: "Подтвердите адрес почты",
                           body: "Здравствуйте!\n\nВы открыли учётную запись в Glocal. Чтобы подтвердить, что этот адрес ваш, "
                               + "откройте ссылку:\n\n\(link)\n\nСсылка действует 72 часа. Если вы не открывали учётную запись, "
                               + "просто не отвечайте на это письмо.")
            english = Part(subject: "Confirm your email address",
                           body: "Hello,\n\nYou opened a Glocal account. To confirm that this address is yours, open the link:\n\n"
                               + "\(link)\n\nThe link works for 72 hours. If you did not open an account, ignore this mail.")
        case .passwordReset:
            let link = "\(siteAddress)/reset-password?token=\(mail.parameters["token"] ?? "")"
            russian = Part(subject: "Новый пароль для Glocal",
                           body: "Здравствуйте!\n\nКто-то, возможно вы, попросил задать новый пароль для учётной записи с этим адресом. "
                               + "Чтобы задать его, откройте ссылку:\n\n\(link)\n\nСсылка действует час. Если вы не просили, "
                               + "ничего не делайте: пароль останется прежним.")
            english = Part(subject: "A new password for Glocal",
                           body: "Hello,\n\nSomeone, perhaps you, asked to set a new password for the account with this address. "
                               + "To set it, open the link:\n\n\(link)\n\nThe link works for an hour. If you did not ask, "
                               + "do nothing: the password stays as it is.")
        case .membershipAdmitted:
            russian = Part(subject: "Вас приняли в Союз умных городов",
                           body: "Здравствуйте!\n\nСотрудники Союза приняли вашу заявку: вы участник Союза умных городов. "
                               + "Теперь вы можете предложить идею проекта и войти в команду:\n\n\(siteAddress)/my/ideas")
            english = Part(subject: "You are admitted to the Smart-City Union",
                           body: "Hello,\n\nUnion staff admitted your application: you are a member of the Smart-City Union. "
                               + "You can now put an idea forward and join a team:\n\n\(siteAddress)/my/ideas")
        case .membershipRefused:
            let reason = mail.parameters["reason"] ?? ""
            russian = Part(subject: "Заявка в Союз умных городов отклонена",
                           body: "Здравствуйте!\n\nСотрудники Союза отклонили вашу заявку. Причина:\n\n\(reason)\n\n"
                               + "Подробности — на странице вашей учётной записи:\n\n\(siteAddress)/account")
            english = Part(subject: "Your application to the Smart-City Union was refused",
                           body: "Hello,\n\nUnion staff refused your application. The reason:\n\n\(reason)\n\n"
                               + "See your account page:\n\n\(siteAddress)/account")
        case .contractToSign:
            let link = "\(siteAddress)/my/contracts/\(mail.parameters["contract_id"] ?? "")"
            russian = Part(subject: "Договор ждёт вашей подписи",
                           body: "Здравствуйте!\n\nСоюз предложил договор, который вы подписываете — за себя или за сторону, "
                               + "от имени которой действуете. Прочитайте его текст и подпишите:\n\n\(link)")
            english = Part(subject: "A contract waits for your signature",
                           body: "Hello,\n\nThe Union proposed a contract that you sign, for yourself or for a party you act for. "
                               + "Read its text and sign it:\n\n\(link)")
        }
        let unsubscribe = mail.parameters["unsubscribe"].map { "\(siteAddress)/unsubscribe?token=\($0)" }
        switch mail.language {
        case .russian:
            subject = russian.subject
            body = russian.body + "\n\n— Glocal" + (unsubscribe.map { "\n\nНе хотите получать такие письма? \($0)" } ?? "") + "\n"
        case .english:
            subject = english.subject
            body = english.body + "\n\n— Glocal" + (unsubscribe.map { "\n\nNo more mail like this: \($0)" } ?? "") + "\n"
        }
        oneClickUnsubscribe = mail.parameters["unsubscribe"].map { "\(siteAddress)/api/v1/mail-unsubscriptions?token=\($0)" }
    }

    private struct Part {
        let subject: String
        let body: String
    }
}

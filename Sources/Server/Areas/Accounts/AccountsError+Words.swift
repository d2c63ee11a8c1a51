import Registry

extension AccountsError: PageWorded {
    func words(_ names: CodeNames) -> String {
        switch self {
        case .invalidEmail: names.pick("укажите адрес электронной почты", "enter an email address")
        case let .passwordTooShort(minimum):
            names.pick("пароль не короче \(names.format.count(Int64(minimum), .characters))",
                       "the password needs at least \(names.format.count(Int64(minimum), .characters))")
        case .passwordTooLong: names.pick("пароль слишком длинный", "the password is too long")
        case .invalidDisplayName: names.pick("укажите имя, под которым вас видят", "enter the name others see")
        case .invalidTokenName: names.pick("назовите токен: одна строка, не длиннее 100 знаков", "name the token: one line of at most 100 characters")
        case .emailTaken: names.pick("этот адрес уже занят другой учётной записью", "this address belongs to another account")
        case .unknownAccount: names.pick("такой учётной записи нет", "no such account")
        case .unknownAPIToken: names.pick("такого токена нет", "no such token")
        case .lastAdmin: names.pick("на узле должен остаться хотя бы один администратор", "the node must keep at least one administrator")
        case .unsubscribeLinkInvalid:
            names.pick("ссылка для отписки не относится ни к одному письму этого узла", "this unsubscribe link belongs to no mail of this node")
        case .mailKindNotOptional:
            names.pick("от этого письма отказаться нельзя", "this mail cannot be declined")
        case .resetLinkInvalid:
            names.pick("ссылка для нового пароля неизвестна, уже использована или устарела — попросите новую",
                       "this password link is unknown, already used or expired — ask for a new one")
        case .confirmationLinkInvalid:
            names.pick("ссылка для подтверждения неизвестна, уже использована или устарела",
                       "this confirmation link is unknown, already used or expired")
        }
    }
}

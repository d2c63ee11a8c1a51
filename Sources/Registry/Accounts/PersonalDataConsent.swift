import Ledger

/// The consent to the processing of personal data (152-ФЗ) a person gives when it signs
/// up: the text it was shown, by version, so what each account agreed to can be told
/// later. A new text is a new version; an account keeps the version it agreed to.
public struct PersonalDataConsent: Sendable, Equatable {
    public let version: String
    public let russian: String
    public let english: String

    /// The text shown on the sign-up form and named by `POST /api/v1/signup`.
    public static let current = PersonalDataConsent(
        version: "2026-12-01",
        russian: """
            Я даю Союзу умных городов согласие на обработку моих персональных данных (адрес \
            электронной почты, имя, телефон и сведения, которые я сообщу в заявке на членство) \
            для ведения реестра участников, проектов и событий Союза, в соответствии с \
            Федеральным законом № 152-ФЗ «О персональных данных». Данные не попадают в \
            подписанный реестр записей; я могу потребовать их удаления, и они будут стёрты.
            """,
        english: """
            I consent to the Smart-City Union processing my personal data (email address, name, \
            phone and what I state in a membership application) to keep the Union's registers of \
            members, projects and events, under Federal Law No. 152-FZ on personal data. The data \
            never enters the signed ledger; I may ask for its erasure, and it will be erased.
            """)

    /// The SHA-256 of the Russian text, kept with each consent so the exact words can be proved.
    public var textSHA256: SHA256Digest { SHA256.hash(Array(russian.utf8)) }
}

/// An account's consent to the processing of personal data: which text, when.
public struct ConsentRecord: Sendable, Equatable {
    public let version: String
    public let textSHA256: SHA256Digest
    public let givenAt: LedgerTime
}

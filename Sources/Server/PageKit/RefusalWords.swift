import Registry

/// A refusal a page says in its reader's language, from the typed case rather than from
/// the API's English sentence: people, not ids.
protocol PageWorded: Error {
    func words(_ names: CodeNames) -> String
}

extension CodeNames {
    /// What the registry refused, in the page's language.
    func refusal(_ refusal: any Refusal) -> String {
        (refusal as? any PageWorded)?.words(self) ?? refusal.english
    }

    var format: PageFormat { PageFormat(language: language) }

    /// What is wrong with a value a reader typed.
    func rule(_ rule: ValidationRule) -> String {
        switch rule {
        case .empty: return pick("заполните это поле", "fill this in")
        case let .tooLong(maximum):
            return pick("не длиннее \(format.count(Int64(maximum), .characters))", "at most \(format.count(Int64(maximum), .characters))")
        case .controlCharacters: return pick("без управляющих символов", "no control characters")
        case .multipleLines: return pick("в одну строку", "on one line")
        case .notADate: return pick("укажите дату", "enter a date")
        case .notAWholeNumber: return pick("укажите целое число", "enter a whole number")
        case let .notInRange(minimum, maximum, unit):
            let upper: String = switch unit {
            case .number: format.integer(maximum)
            case .hours: format.count(maximum, .hours)
            case .minutes: format.count(maximum, .minutes)
            case .kopecks: format.money(kopecks: maximum)
            case .shareUnits: format.count(maximum, .units)
            }
            let lower = unit == .kopecks ? format.money(kopecks: minimum) : format.integer(minimum)
            return pick("от \(lower) до \(upper)", "from \(lower) to \(upper)")
        case .negative: return pick("не меньше нуля", "not below zero")
        case .inTheFuture: return pick("не позже сегодняшнего дня", "not later than today")
        case .endsBeforeStart: return pick("не раньше даты начала", "not before the start")
        case .belowMinimum: return pick("не меньше минимума", "not below the minimum")
        case let .overlapsPreviousPitch(endsAt):
            return pick("не раньше конца предыдущего выступления (\(endsAt.rfc3339.prefix(16).replacingOccurrences(of: "T", with: " ")))",
                        "not before the previous pitch ends (\(endsAt.rfc3339.prefix(16).replacingOccurrences(of: "T", with: " ")))")
        case let .notFound(kind): return notFound(kind)
        case let .notAnID(kind): return pick("выберите из списка: такой записи нет (\(record(kind)))", "choose from the list: no such \(record(kind))")
        case .notAdmitted: return pick("этот участник не состоит в Союзе", "this person is not an admitted member of the Union")
        case .notAFacilitator: return pick("этого участника нет в реестре фасилитаторов", "this person is not in the registry of facilitators")
        case .usedTwice: return pick("одно и то же указано дважды", "the same thing is named twice")
        case let .tooFew(minimum): return pick("укажите хотя бы \(format.integer(Int64(minimum)))", "name at least \(minimum)")
        case let .tooMany(maximum): return pick("не больше \(format.integer(Int64(maximum)))", "at most \(maximum)")
        case .notAnAmountInRoubles:
            return pick("укажите сумму в рублях, например 150 000 или 1 234,50", "enter an amount in roubles, such as 150,000 or 1,234.50")
        case .notMoreThanZero: return pick("должно быть больше нуля", "must be more than zero")
        case .beyondMoneyLimit:
            return pick("не больше \(format.money(kopecks: 9_007_199_254_740_991))", "at most \(format.money(kopecks: 9_007_199_254_740_991))")
        case let .sumMismatch(expected, actual, unit):
            let said = unit == .kopecks ? (format.money(kopecks: expected), format.money(kopecks: actual))
                                        : (format.integer(expected), format.integer(actual))
            return pick("в сумме должно быть \(said.0), а не \(said.1)", "must add up to \(said.0), not \(said.1)")
        case let .outsideTicket(minimum, maximum):
            return pick("в пределах чека инвестора: от \(format.money(kopecks: minimum)) до \(format.money(kopecks: maximum)); чтобы выйти за них, измените профиль инвестора",
                        "within the investor's ticket, \(format.money(kopecks: minimum)) to \(format.money(kopecks: maximum)); change the investor profile to go beyond it")
        case .chooseFromList: return pick("выберите из списка", "choose from the list")
        case let .notOneOf(choices): return pick("выберите одно из: ", "choose one of: ") + choices.joined(separator: ", ")
        case .consentRequired:
            return pick("отметьте согласие на обработку персональных данных", "tick the consent to the processing of personal data")
        case .notAnEmailAddress: return pick("укажите адрес электронной почты", "enter an email address")
        case .notAPhoneNumber: return pick("укажите телефон: от 5 до 15 цифр, можно с + - ( ) и пробелами",
                                           "enter a phone number: 5 to 15 digits, optionally with + - ( ) and spaces")
        case let .notACode(maximum):
            return pick("от 1 до \(maximum) латинских строчных букв, цифр и _", "1 to \(maximum) of a–z, 0–9 and _")
        case let .scaleNotUpwards(maximum):
            return pick("шкала должна расти: от меньшего к большему, в пределах 0…\(maximum)", "the scale must run upwards, within 0…\(maximum)")
        case .unknownCursor: return pick("ссылка на страницу списка устарела; откройте список заново", "the link to this page of the list is stale; open the list again")
        case .exportOnly: return pick("этот реестр можно только выгрузить", "this register can only be exported")
        case .representativeRequired:
            return pick("укажите, кто из участников действует за город, организацию или фонд", "name the member who acts for each town, organisation or fund")
        case .representativeRefused: return pick("эта сторона действует сама, представитель ей не нужен", "this party acts for itself and takes no representative")
        case .onlyChallengeTakesOtherNodesTowns:
            return pick("это город другого узла: такие города участвуют только в Challenge", "this is a town of another node, which only a Challenge takes")
        case .personCannotBeLicensee: return pick("лицензиатом может быть город или организация, а не человек", "the licensee must be a town or an organisation, not a person")
        case .optionNeedsProject: return pick("опционный договор называет проект, в таблице долей которого лежит опцион", "an option agreement names the project whose cap table holds its grant")
        case .unionOptionRequired: return pick("отметьте, что это опцион Союза", "tick that this is the Union's option")
        case .attestersDiffer:
            return pick("у всех вех должны быть одни и те же подтверждающие", "every milestone must name the same attesters")
        case let .needsOneLead(found):
            return pick("в команде должен быть ровно один руководитель, а не \(found)", "the team needs exactly one lead, not \(found)")
        case let .alsoOnLine(line): return pick("то же самое есть в строке \(line)", "the same is on line \(line)")
        case .alreadyRegistered: return pick("уже есть в реестре", "already in the registry")
        case let .emptyFile(columns):
            return pick("файл пуст; первая строка должна назвать столбцы: ", "the file is empty; the first line must name the columns: ")
                + columns.joined(separator: ",")
        case let .unknownColumn(columns):
            return pick("неизвестный столбец; столбцы такие: ", "unknown column; the columns are ") + columns.joined(separator: ", ")
        case .missingColumn: return pick("нет обязательного столбца", "a required column is missing")
        case let .unreadableCSV(error):
            switch error {
            case .invalidUTF8: return pick("файл не в UTF-8; сохраните его как «CSV UTF-8»", "the file is not UTF-8; save it as \"CSV UTF-8\"")
            case .unterminatedQuote: return pick("поле в кавычках не закрыто; добавьте закрывающую \"", "a quoted field is never closed; add the closing \"")
            case .textAfterClosingQuote:
                return pick("после закрывающей кавычки есть текст; кавычку внутри поля пишут дважды (\"\")", "text follows a closing quote; a quote inside a quoted field is written twice (\"\")")
            case .quoteInUnquotedField:
                return pick("кавычка в поле без кавычек; возьмите поле в кавычки, а кавычку напишите дважды", "a quote inside an unquoted field; enclose the field in quotes and write the quote twice")
            }
        case .notASignature:
            return pick("вставьте подпись Ed25519: 128 шестнадцатеричных цифр", "paste an Ed25519 signature: 128 hex digits")
        case .notASHA256:
            return pick("выберите файл или вставьте его SHA-256: 64 шестнадцатеричные цифры", "choose the file or paste its SHA-256: 64 hex digits")
        case let .wrongFieldCount(found, expected):
            return pick("в строке \(format.count(Int64(found), .fields)), а в заголовке \(format.count(Int64(expected), .fields))",
                        "the row has \(format.count(Int64(found), .fields)), the header \(format.count(Int64(expected), .fields))")
        }
    }

    /// That the registry holds no such record, said of its kind.
    func notFound(_ kind: RecordKind) -> String {
        switch kind {
        case .city: pick("такого города нет в реестре", "no such town in the registry")
        case .community: pick("такого сообщества нет в реестре", "no such community in the registry")
        case .communityMembership: pick("этот участник не состоит в сообществе", "this member is not in the community")
        case .consultation: pick("такой консультации нет", "no such consultation")
        case .contract: pick("такого договора нет в реестре", "no such contract in the registry")
        case .criterion: pick("такого критерия нет в правилах Challenge", "no such criterion in the Challenge's rules")
        case .event: pick("такого события нет", "no such event")
        case .gameApproval: pick("вы ещё не одобряли эту идею", "you have not approved this idea")
        case .gameIdea: pick("такой идеи нет на этой Игре", "no such idea at this Game")
        case .ipAsset: pick("такого НМА нет в реестре", "no such IP asset in the registry")
        case .ipConsent: pick("такое действие с НМА не ждёт согласия", "no such IP act waits for consent")
        case .member: pick("такого участника нет в реестре", "no such member in the registry")
        case .milestone: pick("такой вехи нет в плане проекта", "no such milestone in the project's plan")
        case .party: pick("такой стороны нет в реестре", "no such party in the registry")
        case .pledge: pick("такого обещания нет на этой сессии", "no such pledge at this session")
        case .practice: pick("такой практики нет в реестре", "no such practice in the registry")
        case .project: pick("такого проекта нет в реестре", "no such project in the registry")
        case .team: pick("такой команды нет в этом Challenge", "no such team in this Challenge")
        case .teamPlace: pick("этого участника нет в команде", "this member is not on the team")
        case .cohortEntrant: pick("этого проекта нет в когорте акселератора", "this project is not in the accelerator cohort")
        case .certificate: pick("у проекта ещё нет сертификата", "the project has no certificate yet")
        case .challengeTown: pick("этот город не участвует в Challenge", "this town does not take part in the Challenge")
        case .signingKey: pick("такого ключа подписи нет", "no such signing key")
        }
    }

    /// A kind of record, in a word.
    func record(_ kind: RecordKind) -> String {
        switch kind {
        case .city, .challengeTown: pick("город", "town")
        case .community: pick("сообщество", "community")
        case .communityMembership: pick("участник сообщества", "community member")
        case .consultation: pick("консультация", "consultation")
        case .contract: pick("договор", "contract")
        case .criterion: pick("критерий", "criterion")
        case .event: pick("событие", "event")
        case .gameApproval: pick("одобрение", "approval")
        case .gameIdea: pick("идея", "idea")
        case .ipAsset: pick("НМА", "IP asset")
        case .ipConsent: pick("действие с НМА", "IP act")
        case .member, .teamPlace: pick("участник", "member")
        case .milestone: pick("веха", "milestone")
        case .party: pick("сторона", "party")
        case .pledge: pick("обещание инвестора", "pledge")
        case .practice: pick("практика", "practice")
        case .project, .cohortEntrant, .certificate: pick("проект", "project")
        case .team: pick("команда", "team")
        case .signingKey: pick("ключ подписи", "signing key")
        }
    }
}

extension RegistryValidationError: PageWorded {
    func words(_ names: CodeNames) -> String { names.rule(rule) }
}

extension RegistryNotFound: PageWorded {
    func words(_ names: CodeNames) -> String { names.notFound(record) }
}

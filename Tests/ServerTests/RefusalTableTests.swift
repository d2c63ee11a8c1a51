import Foundation
import Ledger
import Testing

@testable import Registry
@testable import Server

/// Every refusal the registry makes, one example per case: the API answers each with its
/// problem type and stable `code`, `docs/api.md` lists them all, and a page says each in
/// Russian and in English without a registry id.
@Suite struct RefusalTableTests {
    static func examples() throws -> [any Refusal] {
        let member: MemberID = try .generate(), project: ProjectID = try .generate(), city: CityID = try .generate()
        let event: EventID = try .generate(), team: ChallengeTeamID = try .generate(), pledge: PledgeID = try .generate()
        let contract: ContractID = try .generate()
        let day = try #require(CalendarDate(rfc3339: "2026-11-30"))
        let rules: [ValidationRule] = [
            .empty, .tooLong(maximumCharacters: 200), .controlCharacters, .multipleLines, .notADate, .notAWholeNumber,
            .notInRange(minimum: 1, maximum: 60, unit: .hours), .negative, .inTheFuture, .endsBeforeStart, .belowMinimum,
            .overlapsPreviousPitch(endsAt: LedgerTime(millisecondsSinceEpoch: 1_800_000_000_000)), .notFound(.city), .notAnID(.member),
            .notAdmitted, .usedTwice, .tooFew(minimum: 1), .tooMany(maximum: 12), .notAnAmountInRoubles, .notMoreThanZero,
            .beyondMoneyLimit, .sumMismatch(expected: 10_000, actual: 9_999, unit: .shareUnits),
            .outsideTicket(minimumKopecks: 100, maximumKopecks: 500), .chooseFromList, .notOneOf(["жкх", "туризм"]),
            .consentRequired, .notAnEmailAddress, .notAPhoneNumber, .notACode(maximumCharacters: 40), .scaleNotUpwards(maximum: 1_000),
            .unknownCursor, .exportOnly, .representativeRequired, .representativeRefused, .onlyChallengeTakesOtherNodesTowns, .personCannotBeLicensee, .optionNeedsProject,
            .unionOptionRequired, .attestersDiffer, .needsOneLead(found: 2), .alsoOnLine(3), .alreadyRegistered,
            .emptyFile(columns: ["name", "region"]), .unknownColumn(columns: ["name", "region"]), .missingColumn,
            .wrongFieldCount(found: 2, expected: 3), .unreadableCSV(.unterminatedQuote(line: 2)), .notASignature, .notASHA256,
        ]
        var examples: [any Refusal] = rules.map { RegistryValidationError(field: "name", rule: $0) }
        examples += RecordKind.allCases.map { RegistryNotFound($0, "x") }
        examples += [
            MembershipConflict.notAdmitted(member, status: .applied), .accountHasMember, .alreadyRegistered(member),
            .cannotMove(from: .left, to: .admitted), .notAnApplication(status: .admitted), .hasLeft(member),
        ] as [MembershipConflict]
        examples += [
            TownConflict.alreadyRegistered(name: "Глазов", region: "Удмуртия"), .idTaken(city), .communityExists(name: "Молодёжь"),
            .figureRecorded(.youngReturning, on: day), .ownPractice, .practiceAlreadyAdopted, .roadMapStarted, .roadMapNotStarted,
            .evidenceDeposited, .indicatorDefined(.youngReturning), .sourceNodeUnreachable(origin: "kurgan.glocal.example/log"),
            .sourceEntryUnproved(origin: "kurgan.glocal.example/log", seq: 7),
        ] as [TownConflict]
        examples += [
            ProjectConflict.homeTown(city), .closed(project), .alreadyAdopted(city, project), .contractNamesNoProject(contract),
            .holderCannotBeParty("union"), .noIssuedUnits(project, on: day),
        ] as [ProjectConflict]
        examples += [
            GameConflict.alreadyApproved(project), .notOnCommission, .noSettings(event), .alreadyRegistered(member), .notRegistered(member),
            .alreadyOnTeam(member, team: project), .teamFull(project, limit: 5), .leadCannotLeave(member, team: project),
        ] as [GameConflict]
        examples += [
            ChallengeConflict.noRules, .alreadyFrozen, .onlyChairDecidesTies, .tooFewJudgesWithoutConflict(team, available: 1, needed: 3),
            .judgeNotAssigned(member, team: team), .conflictOfInterest([.ownTown, .mentor]), .judgingClosed, .alreadyJudge(member),
            .teamNameTaken("Команда Глазова"),
        ] as [ChallengeConflict]
        examples += [
            InvestmentConflict.notTheLead(member, project: project), .noLead(project), .sumsOutOfRange, .investorNotRegistered(member),
            .notOnAgenda(project), .notYourPledge(pledge), .pledgeNotStanding(pledge, status: .accepted), .unionOptionRecorded(project),
            .cannotPitch(project, stage: .idea), .noInvestorProfile(member), .investorAlreadyRegistered(member),
        ] as [InvestmentConflict]
        examples += [
            AcceleratorConflict.alreadyInCohort(project, cohort: event), .alreadyMatched(mentor: member, project: project), .notAMentor(member),
            .hoursExhausted(mentor: member, remaining: 2, asked: 4), .alreadyCertified(project), .tooFewHours(project, confirmed: 18, required: 20),
            .tooFewMilestones(project, planned: 0, required: 1), .notMatched(mentor: member, project: project), .notAParticipant(member),
            .alreadyConfirmed(member),
        ] as [AcceleratorConflict]
        return examples
    }

    @Test func everyRefusalIsDocumentedWithItsProblemType() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/api.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let section = try #require(text.range(of: "### Refusal codes"))
        var documented: [String: String] = [:]
        for line in text[section.upperBound...].split(separator: "\n").prefix(while: { !$0.hasPrefix("#") }) where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " `")) }
            documented[cells[0]] = cells[1]
        }
        var coded: [String: String] = [:]
        for refusal in try Self.examples() {
            let problem = ProblemMapping.problem(for: refusal)
            #expect(problem.code == refusal.code)
            coded[refusal.code] = String(problem.type.dropFirst(ProblemDetails.typeBase.count))
        }
        let missing = coded.filter { documented[$0.key] != $0.value }.sorted { $0.key < $1.key }.map { "| `\($0.key)` | `\($0.value)` |" }
        #expect(documented == coded, "coded but not documented:\n\(missing.joined(separator: "\n"))\ndocumented but not coded: \(documented.keys.filter { coded[$0] == nil })")
    }

    @Test func aPageSaysEveryRefusalInItsLanguageWithoutIDs() throws {
        let russian = CodeNames(language: .russian), english = CodeNames(language: .english)
        for refusal in try Self.examples() {
            let said = russian.refusal(refusal)
            #expect(said != refusal.english && said != english.refusal(refusal), "\(refusal.code) is not said in Russian: \(said)")
            #expect(said.range(of: "\\p{Cyrillic}", options: .regularExpression) != nil, "\(refusal.code): \(said)")
            for words in [said, english.refusal(refusal)] {
                #expect(words.range(of: "(mem|prj|cty|evt|ctr|plg|tea|cns|ipa|ipc|prc|mil|com)_[0-9a-f]{6}", options: .regularExpression) == nil,
                        "\(refusal.code) shows an id: \(words)")
            }
        }
    }

    @Test func aPageSaysAStateRefusalInRussian() throws {
        let event: EventID = try .generate()
        let refusals: [any PageWorded] = [
            EventStateError.wrongStatus(event, kind: .game, current: .open, allowed: [.running], act: "ideas are submitted"),
            EventStateError.cannotMove(event, current: .closed, requested: .open, next: nil),
            ProjectStageError(current: .idea, requested: .funded, allowed: [.selected, .closed]),
            ContractError.withdrawalExceedsPledge(requested: 150_000, pledged: 100_000),
            ContractError.notActive(event: "pledge", status: .proposed),
            CapTableError.insufficientOutstandingUnits(grant: "g1", requested: 300, outstanding: 21),
            AccountsError.emailTaken,
            IPConsentError.nothingChanges,
        ]
        let said = refusals.map { $0.words(CodeNames(language: .russian)) }
        #expect(said == [
            "сейчас у события статус «регистрация»; это возможно, только когда он «идёт»",
            "из статуса «закрыто» нельзя перейти в «регистрация», можно только закреплением итогов",
            "проект на стадии «идея» не может перейти в «профинансирован»; можно перейти в: отобран на Игре или закрыт",
            "нельзя отозвать 1\u{00A0}500,00\u{00A0}₽: обещано только 1\u{00A0}000,00\u{00A0}₽",
            "договор ещё не действует: статус «предложен»; нужны подписи всех сторон",
            "по опциону осталось 21\u{00A0}доля, а запрошено 300\u{00A0}долей",
            "этот адрес уже занят другой учётной записью",
            "новое распределение совпадает с текущим",
        ])
    }

    @Test func aValidationRefusalPointsAtItsField() throws {
        let problem = ProblemMapping.problem(for: RegistryValidationError(field: "slots/2/minutes", rule: .notInRange(minimum: 5, maximum: 30, unit: .minutes)))
        #expect(problem.status == 422 && problem.code == "out-of-range")
        #expect(problem.errors == [.init(pointer: "/slots/2/minutes", detail: "must be from 5 to 30 minutes")])
        #expect(problem.detail == "slots/2/minutes: must be from 5 to 30 minutes.")
    }
}

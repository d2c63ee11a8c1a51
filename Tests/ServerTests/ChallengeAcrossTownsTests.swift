import Foundation
import Ledger
import TestSupport
import Testing

@testable import Registry
@testable import Server

/// A Challenge across towns on three towns' nodes on loopback, each witnessing the other
/// two: Kurgan hosts it with Glazov's and Astrakhan's towns, mirrored from their nodes;
/// each of those nodes nominates its team in its own log; Kurgan takes each team from
/// the entry its mirror verified once registration opens, refuses a late one with the
/// reason, judges and seals; the nominating nodes see their teams taken and the sealed
/// results match.
@Suite struct ChallengeAcrossTownsTests {
    @Test func aChallengeTakesEachTownsTeamsFromItsNode() async throws {
        let towns = try await LoopbackTown.witnessingEachOther(["kurgan", "glazov", "astrakhan"])
        defer { for town in towns { town.app.remove() } }
        let (kurgan, glazov, astrakhan) = (towns[0].node, towns[1].node, towns[2].node)
        let kurganCity = try await kurgan.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let glazovCity = try await glazov.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let sarapul = try await glazov.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let astrakhanCity = try await astrakhan.cities.register(name: "Астрахань", region: "Астраханская область", population: nil)
        for town in towns { _ = try await town.node.ledger.checkpoint() }
        try await kurgan.federation.follow(url: towns[1].url, verifierKey: glazov.ledger.noteVerifier.verifierKey)
        try await kurgan.federation.follow(url: towns[2].url, verifierKey: astrakhan.ledger.noteVerifier.verifierKey)
        #expect(try await FederationFollower(node: kurgan).round().count == 2)

        // Kurgan announces the Challenge with its own town and the two towns mirrored from the others' nodes.
        let day = try #require(CalendarDate(rfc3339: "2026-12-10"))
        let event = try await kurgan.events.create(EventDraft(kind: .challenge, title: "Glocal City Challenge — Урал и Поволжье",
                                                              cityIDs: [kurganCity.id, glazovCity.id, astrakhanCity.id], startsOn: day, endsOn: day))
        #expect(event.cityIDs == [kurganCity.id])
        #expect(Set(event.townsElsewhere) == [TownElsewhere(origin: glazov.ledger.origin, cityID: glazovCity.id),
                                             TownElsewhere(origin: astrakhan.ledger.origin, cityID: astrakhanCity.id)])
        let announced = await kurgan.ledger.size - 1
        let announcement = try await kurgan.database.read { try LedgerRecords($0).entry(announced) }.entry
        #expect(announcement.kind.name == "event.create" && announcement.payload["towns_elsewhere"]?.arrayValue?.count == 2)
        // Only a Challenge takes towns of other nodes.
        await #expect(throws: RegistryValidationError(field: "city_ids/0", rule: .onlyChallengeTakesOtherNodesTowns)) {
            try await kurgan.events.create(EventDraft(kind: .game, title: "Игра", cityIDs: [glazovCity.id], startsOn: day, endsOn: day))
        }
        let judge = try await kurgan.members.setStatus(.admitted, of: try await kurgan.members.apply(
            MemberApplication(kind: .person, name: "Ирина Пушкарёва", cityID: kurganCity.id)).id)
        _ = try await kurgan.challenges.setRules(ChallengeRules(criteria: [ChallengeCriterion(id: "impact", name: "Влияние", weight: 1)],
                                                                judgesPerTeam: 1), chair: judge.id, of: event.id)
        try await kurgan.challenges.addJudge(judge.id, to: event.id)
        _ = try await kurgan.ledger.checkpoint()

        // Glazov and Astrakhan follow Kurgan and see the Challenge their town takes part in.
        for (index, node) in [(1, glazov), (2, astrakhan)] {
            try await node.federation.follow(url: towns[0].url, verifierKey: kurgan.ledger.noteVerifier.verifierKey)
            #expect(try await FederationFollower(node: node).round() == [kurgan.ledger.origin], "\(towns[index].url)")
        }
        let seen = try await glazov.federation.challengesTakingPart()
        #expect(seen.map(\.challenge.eventID) == [event.id.rawValue] && seen.first?.cityIDs == [glazovCity.id])
        #expect(seen.first?.challenge.title == "Glocal City Challenge — Урал и Поволжье")

        // Glazov's staff nominate a team through the API; the page shows it with its form.
        _ = try await glazov.accounts.createAccount(email: "staff@glazov.example", password: "correct horse battery", roles: [.unionStaff])
        let staff = try APIClient(port: towns[1].server.port)
        _ = try await staff.logIn(email: "staff@glazov.example", password: "correct horse battery")
        let request = #"{"origin":"kurgan.glocal.example/log","event_id":"\#(event.id)","name":"Глазовские мастера","city_id":"\#(glazovCity.id)"}"#
        let nominated = try await staff.send("POST", "/api/v1/federation/challenge-nominations", json: request)
        #expect(nominated.status == 201, "\(nominated.text)")
        let again = try await staff.send("POST", "/api/v1/federation/challenge-nominations", json: request)
        #expect(again.status == 409 && again.text.contains("team-name-taken"), "\(again.text)")
        let notTakingPart = try await staff.send("POST", "/api/v1/federation/challenge-nominations", json: request
            .replacingOccurrences(of: glazovCity.id.rawValue, with: sarapul.id.rawValue).replacingOccurrences(of: "мастера", with: "ремёсла"))
        #expect(notTakingPart.status == 422 && notTakingPart.text.contains("city_id"), "\(notTakingPart.text)")
        let unknown = try await staff.send("POST", "/api/v1/federation/challenge-nominations", json: request
            .replacingOccurrences(of: event.id.rawValue, with: try EventID.generate().rawValue))
        #expect(unknown.status == 404, "\(unknown.text)")
        let page = try await staff.send("GET", "/federation/challenges").text
        #expect(page.contains("Glocal City Challenge — Урал и Поволжье") && page.contains("«Глазовские мастера» — Глазов")
                && page.contains("action=\"/federation/challenges/nominations\"") && page.contains("ждёт узел-организатор"))
        let glazovTeam = try #require(try await glazov.challenges.nominations().first)
        // Astrakhan's staff nominate theirs through the page's form.
        _ = try await astrakhan.accounts.createAccount(email: "staff@astrakhan.example", password: "correct horse battery", roles: [.unionStaff])
        let astrakhanStaff = try APIClient(port: towns[2].server.port)
        _ = try await astrakhanStaff.logIn(email: "staff@astrakhan.example", password: "correct horse battery")
        let form = "origin=kurgan.glocal.example%2Flog&event_id=\(event.id)&city_id=\(astrakhanCity.id)&name="
            + "Астраханский дельта-парк".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        #expect(try await astrakhanStaff.submit("/federation/challenges/nominations", form).status == 303)
        for town in towns { _ = try await town.node.ledger.checkpoint() }

        // Kurgan reads both nominations while the Challenge is a draft: they wait.
        _ = try await FederationFollower(node: kurgan).round()
        #expect(try await kurgan.challenges.teams(of: event.id).isEmpty)
        #expect(Set(try await kurgan.challenges.nominationsReceived(for: event.id).map(\.name)) == ["Глазовские мастера", "Астраханский дельта-парк"])
        _ = try await kurgan.events.move(event.id, to: .open)
        _ = try await FederationFollower(node: kurgan).round()
        let teams = try await kurgan.challenges.teams(of: event.id)
        #expect(Set(teams.map(\.name)) == ["Глазовские мастера", "Астраханский дельта-парк"] && teams.allSatisfy(\.memberIDs.isEmpty))
        let taken = try #require(teams.first { $0.name == "Глазовские мастера" })
        // The host gives the team an id of its own, and keeps the one Glazov gave it beside the entry.
        #expect(taken.id != glazovTeam.teamID)
        let nominationEntry = try await glazov.database.read { try LedgerRecords($0).entry(glazovTeam.ledgerSeq) }
        #expect(nominationEntry.entry.kind.name == "challenge.nomination" && taken.cityID == glazovCity.id)
        #expect(taken.nominatedElsewhere == TeamNominatedElsewhere(origin: glazov.ledger.origin, seq: glazovTeam.ledgerSeq,
                                                                    entrySHA256: SHA256.hash(nominationEntry.canonicalBytes).hex,
                                                                    teamID: glazovTeam.teamID.rawValue))
        let kurganSize = await kurgan.ledger.size
        let teamEntry = try await kurgan.database.read { connection in
            try (0..<kurganSize).map { try LedgerRecords(connection).entry($0).entry }
                .first { $0.kind.name == "challenge.team" && $0.payload["team_id"]?.stringValue == taken.id.rawValue }
        }
        #expect(teamEntry?.payload["source"]?.objectValue?["entry_sha256"]?.stringValue == taken.nominatedElsewhere?.entrySHA256)

        // A nomination arriving after registration closed is kept with the reason; nothing is registered.
        _ = try await kurgan.events.move(event.id, to: .running)
        let late = try await glazov.challenges.nominate("Поздние", of: glazovCity.id, project: nil, to: event.id, hostedBy: kurgan.ledger.origin)
        _ = try await glazov.ledger.checkpoint()
        _ = try await FederationFollower(node: kurgan).round()
        let received = try await kurgan.challenges.nominationsReceived(for: event.id)
        #expect(received.first { $0.teamID == late.teamID.rawValue }?.refusal == .registrationClosed)
        #expect(try await kurgan.challenges.teams(of: event.id).count == 2)

        // Judged and sealed on Kurgan; the board names the towns of the other nodes.
        _ = try await kurgan.challenges.assignJudges(in: event.id)
        for (team, value) in zip(teams, [8, 6]) { _ = try await kurgan.challenges.mark(team.id, on: "impact", value: value, by: judge.id, in: event.id) }
        _ = try await kurgan.events.move(event.id, to: .closed)
        _ = try await kurgan.challenges.seal(event.id)
        _ = try await kurgan.ledger.checkpoint()
        let board = try await APIClient(port: towns[0].server.port).send("GET", "/challenges/\(event.id)/board").text
        #expect(board.contains("Глазовские мастера") && board.contains("Глазов") && board.contains("Астрахань"))
        _ = try await kurgan.accounts.createAccount(email: "staff@kurgan.example", password: "correct horse battery", roles: [.unionStaff])
        let kurganStaff = try APIClient(port: towns[0].server.port)
        _ = try await kurganStaff.logIn(email: "staff@kurgan.example", password: "correct horse battery")
        let desk = try await kurganStaff.send("GET", "/staff/challenges/\(event.id)").text
        #expect(desk.contains("включена в Challenge") && desk.contains("не принята: регистрация команд уже закрыта")
                && desk.contains("glazov.glocal.example/log, запись № \(glazovTeam.ledgerSeq)"))

        // Glazov reads Kurgan's log again: its team is marked taken, and the sealed results match their seal.
        _ = try await FederationFollower(node: glazov).round()
        let mine = try await glazov.challenges.nominations()
        #expect(mine.first { $0.teamID == glazovTeam.teamID }?.takenSeq != nil && mine.first { $0.teamID == late.teamID }?.takenSeq == nil)
        #expect(try await glazov.federation.events().first { $0.eventID == event.id.rawValue }?.resultsCheck == .match)
        #expect(try await staff.send("GET", "/federation/challenges").text.contains("принята организатором"))
        for town in towns { await town.server.stop() }
    }
}

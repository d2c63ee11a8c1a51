import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// The public pages over HTTP: Russian first with an English switch that sticks, hostile
/// text escaped, the Atlas of Happiness drawn as SVG, the projector board, HTML 404s.
@Suite struct PageRoutesTests {
    @Test func pagesSpeakRussianFirstAndEnglishOnRequest() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        _ = try await app.node.cities.register(name: "Глазов", region: "Удмуртская Республика", population: 90_000)
        let client = try APIClient(port: server.port)
        let home = try await client.send("GET", "/")
        #expect(home.status == 200 && home.header("Content-Type") == "text/html; charset=utf-8")
        #expect(home.text.hasPrefix("<!DOCTYPE html>") && home.text.contains("<html lang=\"ru\">") && home.text.contains("Города"))
        #expect(home.text.contains("Глазов"))
        let english = try await client.send("GET", "/?lang=en")
        #expect(english.text.contains("<html lang=\"en\">") && english.text.contains("Towns"))
        #expect(english.header("Set-Cookie")?.hasPrefix("lang=en;") == true)
        let remembered = try await client.send("GET", "/", headers: [("Cookie", "lang=en")])
        #expect(remembered.text.contains("<html lang=\"en\">"))
        let missing = try await client.send("GET", "/towns/cty_\(String(repeating: "0", count: 32))")
        #expect(missing.status == 404 && missing.text.contains("Такой страницы нет."))
        for (path, type) in [("/assets/site.css", "text/css; charset=utf-8"), ("/assets/board.js", "text/javascript; charset=utf-8")] {
            #expect(try await client.send("GET", path).header("Content-Type") == type)
        }
        await server.stop()
    }

    @Test func aTownPageEscapesWhatTheRegistryHoldsAndDrawsItsAtlas() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Курган", region: "Курганская область", population: 300_000)
        let lead = try await app.node.members.setStatus(
            .admitted, of: try await app.node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        _ = try await app.node.projects.create(ProjectDraft(title: "<script>alert('x')</script>", summary: "Проба.",
                                                            direction: "туризм", cityID: town.id), lead: lead.id)
        for (day, value) in [("2025-06-01", Int64(120)), ("2026-06-01", 180)] {
            _ = try await app.node.cityProfiles.recordFigure(of: town.id, indicator: .youngReturning, value: value,
                                                            measuredOn: try #require(CalendarDate(rfc3339: day)))
        }
        let page = try await APIClient(port: server.port).send("GET", "/towns/\(town.id)")
        #expect(page.status == 200)
        #expect(!page.text.contains("<script>alert") && page.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(page.text.contains("<svg") && page.text.contains("Вернувшаяся молодёжь") && page.text.contains("<polyline"))
        #expect(page.text.contains("300\u{00A0}000"), "numbers grouped the Russian way")
        await server.stop()
    }

    @Test func aTownPageListsAFewProjectsPerStageAndLinksTheRestToTheSearch() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let other = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let lead = try await app.node.members.setStatus(
            .admitted, of: try await app.node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        let count = PageRoutes.projectsPerStage + 3
        for index in 0..<count {
            _ = try await app.node.projects.create(ProjectDraft(title: "Идея номер \(index)", summary: "Проба.", direction: "туризм",
                                                                cityID: town.id), lead: lead.id)
        }
        let selected = try await app.node.projects.create(ProjectDraft(title: "Отобранная идея", summary: "Проба.", direction: "туризм",
                                                                       cityID: town.id), lead: lead.id)
        _ = try await app.node.projects.moveStage(of: selected.id, to: .selected)
        _ = try await app.node.projects.create(ProjectDraft(title: "Идея из Сарапула", summary: "Проба.", direction: "туризм",
                                                            cityID: other.id), lead: lead.id)
        let client = try APIClient(port: server.port)
        let page = try await client.send("GET", "/towns/\(town.id)")
        #expect(page.text.contains("идея — \(PageFormat(language: .russian).count(Int64(count), .projects))")
                && page.text.contains("отобран на Игре — 1\u{00A0}проект") && page.text.contains("Отобранная идея"))
        #expect(page.text.components(separatedBy: "Идея номер").count - 1 == PageRoutes.projectsPerStage)
        let rest = "/search?in=projects&amp;town=\(town.id)&amp;stage=idea"
        #expect(page.text.contains("href=\"\(rest)\"") && !page.text.contains("stage=selected"), "only a stage with more links on")
        let all = try await client.send("GET", "/search?in=projects&town=\(town.id)&stage=idea")
        #expect(all.text.components(separatedBy: "Идея номер").count - 1 == count)
        #expect(!all.text.contains("Отобранная идея") && !all.text.contains("Сарапула"), "only the town's projects at that stage")
        #expect(all.text.contains("<option value=\"\(town.id)\" selected=\"selected\">") && all.text.contains("<option value=\"idea\" selected=\"selected\">"),
                "the form keeps the town and the stage chosen")
        await server.stop()
    }

    @Test func theLedgerExplorerShowsEntriesWithWhatItTakesToCheckThem() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        _ = try await app.node.cities.register(name: "Астрахань", region: "Астраханская область", population: nil)
        let client = try APIClient(port: server.port)
        let list = try await client.send("GET", "/ledger")
        #expect(list.status == 200 && list.text.contains("key.register") && list.text.contains("city.register"))
        #expect(list.text.contains("href=\"/ledger/0\""))
        let first = try await app.node.ledger.entry(0)
        let entry = try await client.send("GET", "/ledger/0?lang=en")
        #expect(entry.status == 200 && entry.text.contains(first.hash.hex) && entry.text.contains("Inclusion proof"))
        #expect(entry.text.contains(try await app.node.ledger.rootHash(treeSize: await app.node.ledger.size).hex))
        #expect(try await client.send("GET", "/ledger/999999").status == 404)
        #expect(try await client.send("GET", "/ledger/seven").status == 404)
        await server.stop()
    }

    @Test func viewingTheLedgerSignsNothing() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        _ = try await app.node.cities.register(name: "Астрахань", region: "Астраханская область", population: nil)
        let ledger = app.node.ledger
        let size = await ledger.size
        let checkpoints = { @Sendable in
            try await app.node.database.read { connection in
                (try LedgerRecords(connection).latestCheckpoint()?.checkpoint.size,
                 try connection.queryOne("SELECT count(*) AS n FROM ledger_checkpoint") { row throws(StorageError) in try row.int("n") })
            }
        }
        var (covered, _) = try await checkpoints()
        for _ in 0..<100 where covered != size {
            try await Task.sleep(for: .milliseconds(50))
            (covered, _) = try await checkpoints()
        }
        #expect(covered == size, "the writer signed a checkpoint of the grown log by itself")
        let before = try await checkpoints().1
        let client = try APIClient(port: server.port)
        for _ in 0..<5 { #expect(try await client.send("GET", "/ledger").text.contains("\n\(size)\n")) }
        #expect(try await checkpoints().1 == before)
        await server.stop()
    }

    @Test func aProjectPageShowsItsCapTableOnlyAtTheDetailTheProjectChose() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let lead = try await app.node.members.setStatus(
            .admitted, of: try await app.node.members.apply(MemberApplication(kind: .person, name: "Анна Ёлкина")).id)
        let project = try await app.node.projects.create(ProjectDraft(title: "Умная остановка", summary: "Табло прибытия.",
                                                                      direction: "транспорт", cityID: town.id), lead: lead.id)
        let day = try #require(CalendarDate(rfc3339: "2026-01-15"))
        _ = try await app.node.capTables.record(.createShareClass(ShareClassCreation(
            id: "c1", date: day, shareClass: "common", name: "Common", kind: .common, authorised: try #require(ShareCount(1_000)))),
            in: project.id)
        _ = try await app.node.capTables.record(.issueShares(ShareIssuance(
            id: "i1", date: day, holder: StakeholderID(lead.id.rawValue), shareClass: "common",
            units: try #require(ShareCount(750)), pricePerUnit: Kopecks(0))), in: project.id)
        _ = try await app.node.capTables.record(.issueShares(ShareIssuance(
            id: "i2", date: day, holder: "union", shareClass: "common", units: try #require(ShareCount(250)), pricePerUnit: Kopecks(0))),
            in: project.id)
        _ = try await app.node.projects.moveStage(of: project.id, to: .selected)
        let moved = try #require(try await app.node.projects.stageMoves(of: project.id).first)
        let client = try APIClient(port: server.port)
        let timeline = try await client.send("GET", "/projects/\(project.id)")
        #expect(timeline.text.contains("Стадии проекта") && timeline.text.contains("идея → отобран на Игре")
                && timeline.text.contains("href=\"/ledger/\(moved.ledgerSeq)\""))
        let summary = try await client.send("GET", "/projects/\(project.id)")
        #expect(summary.status == 200 && summary.text.contains("Умная остановка") && summary.text.contains("Таблица долей"))
        #expect(!summary.text.contains("Анна") && !summary.text.contains("75,00 %"), "no names; holders hidden at summary")
        try await app.node.capTables.setVisibility(.holders, of: project.id)
        let holders = try await client.send("GET", "/projects/\(project.id)")
        #expect(holders.text.contains("75,00\u{00A0}%") && holders.text.contains("25,00\u{00A0}%") && holders.text.contains("<svg"))
        #expect(holders.text.contains("Союз умных городов") && holders.text.contains("участник Союза")
                && !holders.text.replacingOccurrences(of: #"href="[^"]*""#, with: "", options: .regularExpression).contains("mem_"),
                "holders are named: the Union by name, a person as a Union member to the public")
        #expect(try await client.send("GET", "/projects/prj_\(String(repeating: "0", count: 32))").status == 404)
        let found = try await client.send("GET", "/search?q=\("остановк".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&in=projects")
        #expect(found.status == 200 && found.text.contains("href=\"/projects/\(project.id)\"") && found.text.contains("<label for=\"q\">"))
        let none = try await client.send("GET", "/search?q=zzzz&in=practices")
        #expect(none.text.contains("Ничего не найдено."))
        let long = try await client.send("GET", "/search?q=\(String(repeating: "a", count: 201))")
        #expect(long.status == 200 && long.text.contains("role=\"alert\"") && long.text.contains("не больше 200 знаков"))
        await server.stop()
    }

    @Test func signingInAndOutWithFormsKeepsCSRFOnTheSignedInForm() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let created = try await app.node.accounts.createAccount(email: "anna@example.org", password: "correct horse battery staple",
                                                                roles: [.resident])
        let member = try await app.node.members.setStatus(.admitted, of: try await app.node.members.apply(
            MemberApplication(kind: .person, name: "Анна", accountID: created.id)).id)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let project = try await app.node.projects.create(ProjectDraft(title: "Моя идея", summary: "Проба.", direction: "туризм",
                                                                      cityID: town.id), lead: member.id)
        let client = try APIClient(port: server.port)
        let form = try await client.send("GET", "/login")
        #expect(form.status == 200 && form.text.contains("<label for=\"email\">") && form.text.contains("<label for=\"password\">"))
        let wrong = try await client.send("POST", "/login", json: "email=anna%40example.org&password=nope",
                                          contentType: "application/x-www-form-urlencoded")
        #expect(wrong.status == 401 && wrong.text.contains("Неверная почта или пароль.") && wrong.text.contains("anna@example.org"))
        let rightPassword = "email=anna%40example.org&password=correct+horse+battery+staple"
        for foreign in [[("Origin", "https://evil.example")], [("Origin", "null")], [("Sec-Fetch-Site", "cross-site")]] {
            let forged = try await client.send("POST", "/login", json: rightPassword, contentType: "application/x-www-form-urlencoded",
                                               headers: foreign)
            #expect(forged.status == 403 && forged.header("Set-Cookie") == nil && forged.text.contains("только со страницы этого сайта"),
                    "a page of another site cannot sign the browser in (\(foreign))")
        }
        let sameSite = try await client.send("POST", "/login", json: rightPassword, contentType: "application/x-www-form-urlencoded",
                                             headers: [("Origin", "http://127.0.0.1"), ("Sec-Fetch-Site", "same-origin")])
        #expect(sameSite.status == 303)
        let right = try await client.send("POST", "/login", json: "email=anna%40example.org&password=correct+horse+battery+staple",
                                          contentType: "application/x-www-form-urlencoded")
        #expect(right.status == 303 && right.header("Location") == "/account")
        let cookie = try #require(right.header("Set-Cookie")?.split(separator: ";").first.map(String.init))
        let account = try await client.send("GET", "/account", headers: [("Cookie", cookie)])
        #expect(account.text.contains("anna@example.org") && account.text.contains("name=\"csrf_token\""))
        #expect(account.text.contains("href=\"/my/ideas\""))
        let mine = try await client.send("GET", "/my/ideas", headers: [("Cookie", cookie)])
        #expect(mine.text.contains("href=\"/projects/\(project.id)\"") && mine.text.contains("моя роль: руководитель"))
        let noToken = try await client.send("POST", "/logout", json: "", contentType: "application/x-www-form-urlencoded",
                                            headers: [("Cookie", cookie)], csrf: false)
        #expect(noToken.status == 403)
        let token = try #require(account.text.range(of: "name=\"csrf_token\" value=\"").map { account.text[$0.upperBound...].prefix { $0 != "\"" } })
        let out = try await client.send("POST", "/logout", json: "csrf_token=\(token)", contentType: "application/x-www-form-urlencoded",
                                        headers: [("Cookie", cookie)], csrf: false)
        #expect(out.status == 303 && out.header("Set-Cookie")?.contains("Max-Age=0") == true)
        await server.stop()
    }

    @Test func staffAdmitApplicantsFromTheAdmissionsPageAndNobodyElseSeesIt() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: "correct horse battery staple",
                                                      roles: [.unionStaff])
        _ = try await app.node.accounts.createAccount(email: "anna@example.org", password: "correct horse battery staple",
                                                      roles: [.resident])
        let applicant = try await app.node.members.apply(MemberApplication(kind: .person, name: "Вера <b>", email: "vera@example.org"))
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: "correct horse battery staple")
        let resident = try APIClient(port: server.port)
        _ = try await resident.logIn(email: "anna@example.org", password: "correct horse battery staple")
        #expect(try await resident.send("GET", "/staff/admissions").status == 403)
        #expect(try await APIClient(port: server.port).send("GET", "/staff/admissions").status == 401)
        let desk = try await staff.send("GET", "/staff/admissions")
        #expect(desk.status == 200 && desk.text.contains("Вера &lt;b&gt;") && desk.text.contains("vera@example.org"))
        let admitted = try await staff.send("POST", "/staff/admissions", json: "member_id=\(applicant.id)",
                                            contentType: "application/x-www-form-urlencoded")
        #expect(admitted.status == 303)
        #expect(try await app.node.members.member(id: applicant.id)?.status == .admitted)
        #expect(try await staff.send("GET", "/staff/admissions?admitted=1").text.contains("Новых заявок нет."))
        await server.stop()
    }

    @Test func aGamesPageTakesIdeasFromParticipantsAndApprovalsFromTheCommission() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        func person(_ email: String, roles: Set<Role>) async throws -> (APIClient, Member) {
            let account = try await node.accounts.createAccount(email: email, password: "correct horse battery staple", roles: roles)
            let member = try await node.members.setStatus(.admitted, of: try await node.members.apply(
                MemberApplication(kind: .person, name: "Участник", cityID: town.id, accountID: account.id)).id)
            let client = try APIClient(port: server.port)
            _ = try await client.logIn(email: email, password: "correct horse battery staple")
            return (client, member)
        }
        let (resident, residentMember) = try await person("anna@example.org", roles: [.resident])
        let (judge, _) = try await person("sergey@example.org", roles: [.committee])
        let day = try #require(CalendarDate(rfc3339: "2026-12-01"))
        let game = try await node.events.create(EventDraft(kind: .game, title: "Игра в Глазове", cityIDs: [town.id], startsOn: day, endsOn: day))
        _ = try await node.games.configure(game.id, GameSettings(directions: ["туризм"], teamSizeLimit: 5, selection: .top(1)))
        _ = try await node.events.move(game.id, to: .open)
        try await node.games.register(residentMember.id, for: game.id)
        _ = try await node.events.move(game.id, to: .running)

        let page = try await resident.send("GET", "/games/\(game.id)")
        #expect(page.status == 200 && page.text.contains("<label for=\"title\">") && page.text.contains("name=\"csrf_token\""))
        let submitted = try await resident.send("POST", "/games/\(game.id)/ideas",
                                                json: "title=%D0%93%D0%B8%D0%B4&summary=x&direction=%D1%82%D1%83%D1%80%D0%B8%D0%B7%D0%BC&city_id=\(town.id)&text=secret",
                                                contentType: "application/x-www-form-urlencoded")
        #expect(submitted.status == 303, "\(submitted.text)")
        let idea = try #require(try await node.games.ideas(of: game.id).first)
        #expect(idea.assetID != nil, "the text was deposited by its hash")
        let empty = try await resident.send("POST", "/games/\(game.id)/ideas", json: "title=&summary=&direction=&city_id=\(town.id)",
                                            contentType: "application/x-www-form-urlencoded")
        #expect(empty.status == 422 && empty.text.contains("role=\"alert\""))
        #expect(try await resident.send("POST", "/games/\(game.id)/approvals", json: "project_id=\(idea.projectID)",
                                        contentType: "application/x-www-form-urlencoded").status == 403, "residents do not vote")
        #expect(try await judge.send("GET", "/games/\(game.id)").text.contains("name=\"project_id\""))
        #expect(try await judge.send("POST", "/games/\(game.id)/approvals", json: "project_id=\(idea.projectID)",
                                     contentType: "application/x-www-form-urlencoded").status == 303)
        #expect(try await node.games.ideas(of: game.id).first?.approvals == 1)
        let twice = try await judge.send("POST", "/games/\(game.id)/approvals", json: "project_id=\(idea.projectID)",
                                         contentType: "application/x-www-form-urlencoded")
        #expect(twice.status == 409 && twice.text.contains("role=\"alert\""))
        await server.stop()
    }

    @Test func aMentorLogsAConsultationAndTheLeadConfirmsItOnTheCohortsPage() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        func person(_ email: String) async throws -> (APIClient, Member) {
            let account = try await node.accounts.createAccount(email: email, password: "correct horse battery staple", roles: [.resident])
            let member = try await node.members.setStatus(.admitted, of: try await node.members.apply(
                MemberApplication(kind: .person, name: "Участник", cityID: town.id, accountID: account.id)).id)
            let client = try APIClient(port: server.port)
            _ = try await client.logIn(email: email, password: "correct horse battery staple")
            return (client, member)
        }
        let (mentor, mentorMember) = try await person("marina@example.org")
        let (lead, leadMember) = try await person("anna@example.org")
        _ = try await node.profiles.setMentorProfile(of: mentorMember.id, competencies: ["маркетинг"], weeklyHours: 6, cityIDs: [town.id])
        let project = try await node.projects.create(ProjectDraft(title: "Умный двор", summary: "Двор.", direction: "городская среда",
                                                                  cityID: town.id), lead: leadMember.id)
        _ = try await node.projects.moveStage(of: project.id, to: .selected)
        let day = try #require(CalendarDate(rfc3339: "2026-01-01"))
        let cohort = try await node.events.create(EventDraft(kind: .accelerator, title: "Поток 1", cityIDs: [town.id], startsOn: day, endsOn: day))
        _ = try await node.events.move(cohort.id, to: .open)
        _ = try await node.accelerators.admit(project.id, needs: ["маркетинг"], to: cohort.id)
        _ = try await node.accelerators.confirmMatch(mentor: mentorMember.id, for: project.id, in: cohort.id)
        _ = try await node.events.move(cohort.id, to: .running)

        let form = try await mentor.send("GET", "/accelerators/\(cohort.id)")
        #expect(form.status == 200 && form.text.contains("Умный двор") && form.text.contains("name=\"held_on\""))
        let logged = try await mentor.send("POST", "/accelerators/\(cohort.id)/consultations",
                                           json: "project_id=\(project.id)&held_on=2026-01-02&hours=3&topic=%D0%A6%D0%B5%D0%BD%D1%8B",
                                           contentType: "application/x-www-form-urlencoded")
        #expect(logged.status == 303, "\(logged.text)")
        let tooLong = try await mentor.send("POST", "/accelerators/\(cohort.id)/consultations",
                                            json: "project_id=\(project.id)&held_on=2026-01-02&hours=20&topic=x",
                                            contentType: "application/x-www-form-urlencoded")
        #expect(tooLong.status == 422 && tooLong.text.contains("role=\"alert\""))
        let waiting = try await lead.send("GET", "/accelerators/\(cohort.id)")
        #expect(waiting.text.contains("ждёт подтверждения лидера команды") && waiting.text.contains("name=\"consultation_id\""))
        let consultation = try #require(try await node.accelerators.consultations(of: project.id, in: cohort.id).first)
        let confirmed = try await lead.send("POST", "/accelerators/\(cohort.id)/confirmations", json: "consultation_id=\(consultation.id)",
                                            contentType: "application/x-www-form-urlencoded")
        #expect(confirmed.status == 303)
        #expect(try await node.accelerators.projects(of: cohort.id).first?.confirmedHours == 3)
        #expect(try await lead.send("GET", "/accelerators/\(cohort.id)").text.contains("3\u{00A0}подтверждённых часа"))
        await server.stop()
    }

    @Test func aRegisteredInvestorPledgesFromTheSessionsPage() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Астрахань", region: "Астраханская область", population: nil)
        let account = try await node.accounts.createAccount(email: "kirill@example.org", password: "correct horse battery staple",
                                                            roles: [.investor])
        let investor = try await node.members.setStatus(.admitted, of: try await node.members.apply(
            MemberApplication(kind: .person, name: "Кирилл", cityID: town.id, accountID: account.id)).id)
        _ = try await node.profiles.setInvestorProfile(of: investor.id, kind: .businessAngel,
                                                       ticket: try TicketRange(minimumKopecks: 100_000_00, maximumKopecks: 5_000_000_00),
                                                       directions: ["туризм"])
        let lead = try await node.members.setStatus(.admitted, of: try await node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        let project = try await node.projects.create(ProjectDraft(title: "Гид по Астрахани", summary: "Аудиогид.", direction: "туризм",
                                                                  cityID: town.id), lead: lead.id)
        for stage in [ProjectStage.selected, .accelerating, .accelerated] { _ = try await node.projects.moveStage(of: project.id, to: stage) }
        let day = try #require(CalendarDate(rfc3339: "2026-12-01"))
        let session = try await node.events.create(EventDraft(kind: .investmentSession, title: "Питч-сессия", cityIDs: [town.id],
                                                              startsOn: day, endsOn: day))
        _ = try await node.investmentSessions.setAgenda([PitchSlot(projectID: project.id, startsAt: LedgerTime(millisecondsSinceEpoch: 1_795_000_000_000),
                                                                   minutes: 10)], of: session.id)
        _ = try await node.events.move(session.id, to: .open)
        try await node.investmentSessions.registerInvestor(investor.id, in: session.id)
        _ = try await node.events.move(session.id, to: .running)
        let client = try APIClient(port: server.port)
        _ = try await client.logIn(email: "kirill@example.org", password: "correct horse battery staple")
        let page = try await client.send("GET", "/investment-sessions/\(session.id)")
        #expect(page.status == 200 && page.text.contains("Гид по Астрахани") && page.text.contains("name=\"pre_money\""))
        let pledged = try await client.send("POST", "/investment-sessions/\(session.id)/pledges",
                                            json: "project_id=\(project.id)&amount=1+500+000&pre_money=10000000&conditions=",
                                            contentType: "application/x-www-form-urlencoded")
        #expect(pledged.status == 303, "\(pledged.text)")
        #expect(try await node.investmentSessions.pledges(of: session.id).first?.amount == Kopecks(150_000_000))
        #expect(try await client.send("GET", "/investment-sessions/\(session.id)").text.contains("1\u{00A0}500\u{00A0}000,00\u{00A0}₽"))
        let bad = try await client.send("POST", "/investment-sessions/\(session.id)/pledges",
                                        json: "project_id=\(project.id)&amount=много&pre_money=1", contentType: "application/x-www-form-urlencoded")
        #expect(bad.status == 422 && bad.text.contains("role=\"alert\""))
        await server.stop()
    }

    @Test func formatsMoneyAndDatesTheRussianWayAndBothCataloguesAreComplete() throws {
        let russian = PageFormat(language: .russian)
        #expect(russian.money(kopecks: 123_456_789) == "1\u{00A0}234\u{00A0}567,89\u{00A0}₽")
        #expect(russian.money(kopecks: -5) == "−0,05\u{00A0}₽")
        #expect(PageFormat(language: .english).money(kopecks: 123_456_789) == "1,234,567.89\u{00A0}₽")
        #expect(russian.date(try #require(CalendarDate(rfc3339: "2026-11-23"))) == "23.11.2026")
        for (value, places, written) in [(75.0, 2, "75,00"), (0.005, 2, "0,01"), (33.333, 2, "33,33"), (-1.25, 1, "-1,3"),
                                         (12.96, 1, "13,0"), (7.0, 0, "7"), (0.04, 1, "0,0")] {
            #expect(russian.decimal(value, places: places) == written, "\(value) to \(places) places")
        }
        #expect(PageFormat(language: .english).decimal(1234.5) == "1234.50")
        for phrase in Phrase.allCases {
            #expect(Phrase.russian[phrase] != nil && Phrase.english[phrase] != nil, "\(phrase) in both catalogues")
        }
        #expect(HTML.tag("a", [("title", "\"><img src=x>")], .text("<b>&</b>")).rendered
            == "<a title=\"&quot;&gt;&lt;img src=x&gt;\">&lt;b&gt;&amp;&lt;/b&gt;</a>")
        #expect(HTML.tag("p", [("title", "Ёж'😀")], .text("Ёлка <b>😀</b> «₽»")).rendered
            == "<p title=\"Ёж&#39;😀\">Ёлка &lt;b&gt;😀&lt;/b&gt; «₽»</p>", "escaping byte by byte keeps every other character whole")
    }
}

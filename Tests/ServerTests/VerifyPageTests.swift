import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// The public verification page checks receipts itself: a real IP deposit or
/// accelerator certificate checks out, one whose registry row was changed behind the
/// ledger's back does not, an unknown id is not found, and a pasted text is compared
/// by its SHA-256.
@Suite struct VerifyPageTests {
    @Test func anIPDepositChecksOutUntilItsRowIsTamperedWith() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (_, member) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let deposited = try await node.ipAssets.deposit(IPDeposit(kind: .idea, title: "Идея <i>", contentSHA256: SHA256.hash(Array("секрет".utf8)),
                                                              holders: [IPHolding(memberID: member.id, units: .whole)]),
                                                    by: member.id).done?.asset
        let asset = try #require(deposited)
        let anyone = try APIClient(port: server.port)
        let form = try await anyone.send("GET", "/verify")
        #expect(form.status == 200 && form.text.contains("<label for=\"receipt\">") && form.text.contains("<label for=\"text\">"))
        let checked = try await anyone.send("GET", "/verify?receipt=\(asset.id)")
        #expect(checked.status == 200 && checked.text.contains("Сходится:") && !checked.text.contains("Не сходится"))
        #expect(checked.text.contains("href=\"/ledger/\(asset.depositSeq)\"") && checked.text.contains(asset.contentSHA256.hex))
        #expect(checked.text.contains("участник Союза (100,00\u{00A0}%)") && !checked.text.contains(member.id.rawValue),
                "the public reads a person as a Union member, not by name or id")
        #expect(checked.text.contains("Идея &lt;i&gt;"))
        // The text is posted in the body, never put in an address; a text in the query is ignored.
        #expect(form.text.contains(#"<form method="post" action="/verify">"#))
        let matching = try await anyone.submit("/verify", FormEncoding.body([("receipt", asset.id.rawValue), ("text", "секрет")]))
        #expect(matching.status == 200 && matching.text.contains("Текст совпадает") && matching.header("Cache-Control") == "no-store")
        #expect(try await anyone.submit("/verify", FormEncoding.body([("receipt", asset.id.rawValue), ("text", "other")]))
            .text.contains("Текст не совпадает"))
        #expect(!(try await anyone.send("GET", "/verify?receipt=\(asset.id)&text=other").text.contains("Текст не совпадает")))

        let unknown = try await anyone.send("GET", "/verify?receipt=ipa_\(String(repeating: "0", count: 32))")
        #expect(unknown.text.contains("Такой квитанции нет") && !unknown.text.contains("Сходится"))
        let hostile = try await anyone.send("GET", "/verify?receipt=%22%3E%3Cscript%3E")
        #expect(hostile.text.contains("&quot;&gt;&lt;script&gt;") && !hostile.text.contains("\"><script>"))

        let database = try SQLiteConnection(path: DataFolder(path: app.directory.path("node")).databasePath)
        _ = try database.run("UPDATE ip_asset SET content_sha256 = ? WHERE id = ?",
                             [.text(SHA256.hash(Array("подмена".utf8)).hex), .text(asset.id.rawValue)])
        let tampered = try await anyone.send("GET", "/verify?receipt=\(asset.id)")
        #expect(tampered.text.contains("Не сходится") && !tampered.text.contains("Сходится:"))
        await server.stop()
    }

    @Test func anAcceleratorCertificateChecksOutAndTheProjectPageLinksItsGameDeposit() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let (_, member) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let day = try #require(CalendarDate(rfc3339: "2026-12-01"))
        let game = try await node.events.create(EventDraft(kind: .game, title: "Игра", cityIDs: [town.id], startsOn: day, endsOn: day))
        _ = try await node.games.configure(game.id, GameSettings(directions: [], teamSizeLimit: 5, selection: .top(1)))
        _ = try await node.events.move(game.id, to: .open)
        try await node.games.register(member.id, for: game.id)
        _ = try await node.events.move(game.id, to: .running)
        let idea = try await node.games.submit(IdeaSubmission(title: "Гид", summary: "Аудиогид.", direction: "туризм", cityID: town.id,
                                                              contentSHA256: SHA256.hash(Array("текст идеи".utf8))), by: member.id, to: game.id)
        let assetID = try #require(idea.assetID)
        let anyone = try APIClient(port: server.port)
        let projectPage = try await anyone.send("GET", "/projects/\(idea.projectID)")
        #expect(projectPage.text.contains("НМА с квитанциями") && projectPage.text.contains("href=\"/verify?receipt=\(assetID)\""))

        _ = try await node.projects.moveStage(of: idea.projectID, to: .selected)
        let cohort = try await node.events.create(EventDraft(kind: .accelerator, title: "Поток", cityIDs: [town.id], startsOn: day, endsOn: day))
        _ = try await node.accelerators.configure(cohort.id, AcceleratorSettings(requiredHours: 2, requiredMilestones: 0))
        let (_, mentor) = try await SignedInMember.make("marina@example.org", in: town, app: app, port: server.port)
        _ = try await node.profiles.setMentorProfile(of: mentor.id, competencies: ["маркетинг"], weeklyHours: 6, cityIDs: [town.id])
        _ = try await node.events.move(cohort.id, to: .open)
        _ = try await node.accelerators.admit(idea.projectID, needs: ["маркетинг"], to: cohort.id)
        _ = try await node.accelerators.confirmMatch(mentor: mentor.id, for: idea.projectID, in: cohort.id)
        _ = try await node.events.move(cohort.id, to: .running)
        let consultation = try await node.accelerators.log(ConsultationDraft(mentorID: mentor.id, heldOn: try #require(CalendarDate(rfc3339: "2026-01-02")), hours: 2, topic: "Цены"),
                                                           for: idea.projectID, in: cohort.id)
        for confirmer in [mentor.id, member.id] { _ = try await node.accelerators.confirm(consultation.id, by: confirmer, in: cohort.id) }
        _ = try await node.accelerators.complete(idea.projectID, in: cohort.id)
        #expect(try await anyone.send("GET", "/accelerators/\(cohort.id)").text.contains("href=\"/verify?receipt=\(cohort.id)/\(idea.projectID)\""))
        let checked = try await anyone.send("GET", "/verify?receipt=\(cohort.id)/\(idea.projectID)")
        #expect(checked.status == 200 && checked.text.contains("Сходится:") && checked.text.contains("Сертификат акселератора: Гид"))
        #expect(checked.text.contains("/api/v1/accelerators/\(cohort.id)/projects/\(idea.projectID)/certificate"))
        let none = try await anyone.send("GET", "/verify?receipt=\(game.id)/\(idea.projectID)")
        #expect(none.text.contains("Такой квитанции нет"))

        let database = try SQLiteConnection(path: DataFolder(path: app.directory.path("node")).databasePath)
        _ = try database.run("UPDATE accelerator_project SET certified_on = '2020-01-01' WHERE project_id = ?", [.text(idea.projectID.rawValue)])
        let tampered = try await anyone.send("GET", "/verify?receipt=\(cohort.id)/\(idea.projectID)")
        #expect(tampered.text.contains("Не сходится") && tampered.text.contains("certified_on"))
        await server.stop()
    }
}

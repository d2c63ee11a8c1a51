import Foundation
import Registry
import Testing

@testable import Server

/// A browser meets failures as pages in the site's language; a reader who must sign in is
/// taken to the form and brought back; API clients keep problem+json.
@Suite struct ErrorPagesTests {
    private let browser = [("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")]

    @Test func aSignedOutReaderIsSentToSignInAndBroughtBack() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        _ = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let visitor = try APIClient(port: server.port)

        let asked = try await visitor.send("GET", "/my/ideas", headers: browser)
        #expect(asked.status == 303 && asked.header("Location") == "/login?next=/my/ideas")
        let form = try await visitor.send("GET", "/login?next=%2Fmy%2Fideas", headers: browser)
        #expect(form.text.contains(#"<input type="hidden" name="next" value="/my/ideas">"#))
        let signedIn = try await visitor.submit("/login", FormEncoding.body([
            ("email", "anna@example.org"), ("password", SignedInMember.password), ("next", "/my/ideas"),
        ]))
        #expect(signedIn.status == 303 && signedIn.header("Location") == "/my/ideas")
        let elsewhere = try await visitor.submit("/login", FormEncoding.body([
            ("email", "anna@example.org"), ("password", SignedInMember.password), ("next", "//evil.example/"),
        ]))
        #expect(elsewhere.status == 303 && elsewhere.header("Location") == "/account", "never sent to another site")

        let api = try await visitor.send("GET", "/api/v1/account", headers: browser)
        #expect(api.status == 401 && api.header("Content-Type") == "application/problem+json", "the API keeps problem+json")
        await server.stop()
    }

    @Test func refusalsAndMistypedAddressesArePagesInTheReadersLanguage() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (resident, _) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)

        let missing = try await resident.send("GET", "/towns/nowhere", headers: browser)
        #expect(missing.status == 404 && missing.header("Content-Type") == "text/html; charset=utf-8")
        #expect(missing.text.contains("<h1>Такой страницы нет.</h1>") && missing.text.contains(#"<html lang="ru">"#))
        let mistyped = try await resident.send("GET", "/tovns", headers: browser + [("Accept-Language", "en")])
        #expect(mistyped.status == 404 && mistyped.text.contains(#"<html lang="en">"#))
        let staffOnly = try await resident.send("GET", "/staff/admissions", headers: browser)
        #expect(staffOnly.status == 403 && staffOnly.text.contains("<h1>Нет доступа</h1>") && !staffOnly.text.contains("\"type\""))
        let plain = try await resident.send("GET", "/staff/admissions")
        #expect(plain.status == 403 && plain.header("Content-Type") == "application/problem+json", "no Accept: text/html, no page")
        await server.stop()
    }
}

/// A member's public page, where its name links: roles and profiles in words, projects,
/// and its name only to signed-in readers.
@Suite struct MemberPageTests {
    @Test func aMembersPageShowsItsRolesProfileAndProjectsByTheNameRule() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (reader, member) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        _ = try await app.node.profiles.setMentorProfile(of: member.id, competencies: ["туризм"], weeklyHours: 3, cityIDs: [town.id])
        let project = try await app.node.projects.create(
            ProjectDraft(title: "Гид по малым городам", summary: "Аудиогид", direction: "туризм", cityID: town.id), lead: member.id)

        let name = try #require(member.name)
        let signedIn = try await reader.send("GET", "/members/\(member.id)")
        #expect(signedIn.status == 200 && signedIn.text.contains("<h1>\(name)</h1>"))
        #expect(signedIn.text.contains("3\u{00A0}часа в неделю") && signedIn.text.contains("href=\"/projects/\(project.id)\""))
        #expect(signedIn.text.contains("Гид по малым городам</a> — руководитель, идея") && !signedIn.text.contains("@example.org"))
        let projectPage = try await reader.send("GET", "/projects/\(project.id)")
        #expect(projectPage.text.contains("<a href=\"/members/\(member.id)\">\(name)</a>"), "names link to the page")

        let anonymous = try await APIClient(port: server.port).send("GET", "/members/\(member.id)")
        #expect(anonymous.status == 200 && anonymous.text.contains("<h1>участник Союза</h1>") && !anonymous.text.contains(name))
        #expect(try await reader.send("GET", "/members/mem_\(String(repeating: "0", count: 32))").status == 404)
        await server.stop()
    }
}

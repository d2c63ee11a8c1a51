import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// A person joins in the browser: signs up with the consent to the processing of personal
/// data, signs in, applies for membership, and is admitted by Union staff.
@Suite struct JoiningPagesTests {
    @Test func aPersonSignsUpWithConsentAppliesAndIsAdmitted() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let visitor = try APIClient(port: server.port)

        let form = try await visitor.send("GET", "/signup")
        #expect(form.status == 200 && form.text.contains("152-ФЗ") && form.text.contains("value=\"\(PersonalDataConsent.current.version)\""))
        let withoutConsent = try await visitor.submit("/signup", FormEncoding.body([
            ("email", "vera@example.org"), ("password", "correct horse battery staple"), ("display_name", "Вера"),
        ]))
        #expect(withoutConsent.status == 422 && withoutConsent.text.contains("отметьте согласие на обработку персональных данных"))
        #expect(withoutConsent.text.contains(#"value="vera@example.org""#) && !withoutConsent.text.contains("correct horse"),
                "the email is kept, the password never sent back")
        #expect(try await accountID("vera@example.org", app) == nil, "a refused sign-up writes nothing")

        let signedUp = try await visitor.submit("/signup", FormEncoding.body([
            ("email", "vera@example.org"), ("password", "correct horse battery staple"), ("display_name", "Вера"),
            ("consent", PersonalDataConsent.current.version),
        ]))
        #expect(signedUp.status == 303 && signedUp.header("Location") == "/login?next=/my/membership&done=signUpFormSubmit")
        let id = try #require(try await accountID("vera@example.org", app))
        let account = try #require(try await app.node.accounts.account(id: id))
        let consents = try await app.node.accounts.consents(of: account.id)
        #expect(consents.map(\.version) == [PersonalDataConsent.current.version] && consents.first?.textSHA256 == PersonalDataConsent.current.textSHA256)
        #expect(account.roles.isEmpty)

        _ = try await visitor.logIn(email: "vera@example.org", password: "correct horse battery staple")
        #expect(try await visitor.send("GET", "/account").text.contains("href=\"/my/membership\""))
        let withoutHours = try await visitor.submit("/my/membership", FormEncoding.body([
            ("name", "Вера Шкляева"), ("kind", "person"), ("city_id", town.id.rawValue), ("role_resident", "on"), ("role_mentor", "on"),
            ("competencies", "маркетинг, финансы"),
        ]))
        #expect(withoutHours.status == 422 && withoutHours.text.contains(#"value="маркетинг, финансы""#), "a mentor says its hours")
        #expect(try await app.node.members.member(account: account.id) == nil)
        let applied = try await visitor.submit("/my/membership", FormEncoding.body([
            ("name", "Вера Шкляева"), ("kind", "person"), ("city_id", town.id.rawValue), ("role_resident", "on"), ("role_mentor", "on"),
            ("competencies", "маркетинг, финансы"), ("weekly_hours", "6"), ("motivation", "Хочу помогать проектам родного города"),
        ]))
        #expect(applied.status == 303 && applied.header("Location") == "/account?done=applyFormSubmit")
        let member = try #require(try await app.node.members.member(account: account.id))
        #expect(member.status == .applied && member.roles == [.resident, .mentor] && member.email == "vera@example.org")
        #expect(try await visitor.send("GET", "/my/membership").text.contains("заявка подана и ждёт решения Союза"))

        // Staff refuse the application with a reason: the applicant reads it, the ledger does not hold it.
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let desk = try await staff.send("GET", "/staff/admissions").text
        #expect(desk.contains("action=\"/staff/admissions/refusals\"") && desk.contains("маркетинг, финансы")
                && desk.contains("Хочу помогать проектам родного города") && desk.contains("6\u{00A0}часов"))
        let refused = try await staff.submit("/staff/admissions/refusals", FormEncoding.body([
            ("member_id", member.id.rawValue), ("reason", "Заявку подаёт житель другого региона"),
        ]))
        #expect(refused.status == 303 && refused.header("Location") == "/staff/admissions?done=refuseFormSubmit")
        #expect(try await app.node.members.member(id: member.id)?.status == .left)
        #expect(try await visitor.send("GET", "/account").text.contains("Заявка на членство отклонена: Заявку подаёт житель другого региона"))
        let ledger = try await app.node.ledger.entries(from: 0, limit: 10_000).map { String(decoding: $0.canonicalBytes, as: UTF8.self) }
        #expect(!ledger.joined().contains("другого региона"), "the reason stays off the ledger")
        #expect(!ledger.joined().contains("родного города") && !ledger.joined().contains("маркетинг"), "so does what the application says")
        // Through the API, staff and the applicant read what the application said and why it was refused; others do not.
        let seenByStaff = try await staff.send("GET", "/api/v1/members/\(member.id)").text
        #expect(seenByStaff.contains("\"motivation\":\"Хочу помогать проектам родного города\"") && seenByStaff.contains("\"weekly_hours\":6")
                && seenByStaff.contains("\"refusal_reason\":\"Заявку подаёт житель другого региона\""))
        #expect(try await visitor.send("GET", "/api/v1/members/\(member.id)").text.contains("\"refusal_reason\""))
        #expect(!(try await APIClient(port: server.port).send("GET", "/api/v1/members/\(member.id)").text.contains("\"application\"")))
        _ = try await app.node.members.erase(member.id)
        #expect(!(try await staff.send("GET", "/api/v1/members/\(member.id)").text.contains("\"application\"")))
        #expect(try await app.node.members.refusal(of: member.id) == nil, "erasure takes the reason too")
        #expect(try await app.node.members.applicationDetails(of: member.id) == nil, "and what the application said")

        // The API's twin refuses the same sign-up without consent, and takes it with consent.
        let api = try await APIClient(port: server.port).send("POST", "/api/v1/signup",
                                                               json: #"{"email":"ivan@example.org","password":"correct horse battery staple"}"#)
        #expect(api.status == 422 && api.text.contains("/consent"))
        await server.stop()
    }

    private func accountID(_ email: String, _ app: TestApplication) async throws -> AccountID? {
        try await app.node.database.read { connection in
            try connection.queryFirst("SELECT id FROM account WHERE email = ?", [.text(email)]) { AccountID(unchecked: try $0.text("id")) }
        }
    }
}

import Foundation
import Registry
import Testing

@testable import Server

/// The registers of people who help projects: `/people` lists mentors, investors and
/// facilitators of the Union or one town, persons by name only to signed-in readers; the
/// API lists the facilitators of a town too.
@Suite struct PeoplePageTests {
    @Test func theRegistersListMentorsInvestorsAndTheFacilitatorsOfATown() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let glazov = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let sarapul = try await node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        func admitted(_ name: String, in town: City, roles: Set<MemberRole>, details: ApplicationDetails = ApplicationDetails()) async throws -> Member {
            try await node.members.setStatus(.admitted, of: try await node.members.apply(
                MemberApplication(kind: .person, name: name, cityID: town.id, roles: roles, details: details)).id)
        }
        let mentor = try await admitted("Марина Волкова", in: glazov, roles: [.mentor],
                                        details: ApplicationDetails(competencies: ["финансы"], weeklyHours: 5))
        let investor = try await admitted("Кирилл Дементьев", in: glazov, roles: [.investor],
                                          details: ApplicationDetails(ticket: try TicketRange(minimumKopecks: 10_000_000, maximumKopecks: 100_000_000)))
        _ = try await node.profiles.setInvestorProfile(of: investor.id, kind: .businessAngel,
                                                       ticket: try TicketRange(minimumKopecks: 10_000_000, maximumKopecks: 100_000_000),
                                                       directions: ["туризм"])
        let inGlazov = try await admitted("Анна Фасилитатор", in: glazov, roles: [.facilitator])
        let inSarapul = try await admitted("Пётр Фасилитатор", in: sarapul, roles: [.facilitator])
        for facilitator in [inGlazov, inSarapul] {
            _ = try await node.profiles.setFacilitatorRecord(of: facilitator.id, trainingCompletedOn: try #require(CalendarDate(rfc3339: "2026-03-01")))
        }

        let reader = try APIClient(port: server.port)
        #expect(try await reader.send("GET", "/").text.contains("href=\"/people\""))
        let all = try await reader.send("GET", "/people")
        #expect(all.status == 200 && all.text.contains("финансы") && all.text.contains("туризм") && all.text.contains("000,00"))
        #expect(all.text.contains("href=\"/members/\(mentor.id)\"") && all.text.contains("href=\"/members/\(inSarapul.id)\""))
        #expect(!all.text.contains("Марина Волкова") && all.text.contains("участник Союза"), "the public reads no person's name")
        #expect(all.text.contains("01.03.2026"))

        let town = try await reader.send("GET", "/people?city_id=\(glazov.id)")
        #expect(town.text.contains("href=\"/members/\(inGlazov.id)\"") && !town.text.contains("href=\"/members/\(inSarapul.id)\""))
        #expect(try await reader.send("GET", "/towns/\(glazov.id)").text.contains("href=\"/people?city_id=\(glazov.id)\""))

        let (member, _) = try await SignedInMember.make("vera@example.org", in: glazov, app: app, port: server.port)
        #expect(try await member.send("GET", "/people").text.contains("Марина Волкова"), "members read names")

        let api = try await reader.send("GET", "/api/v1/facilitators?city_id=\(sarapul.id)")
        #expect(api.status == 200 && api.text.contains(inSarapul.id.rawValue) && !api.text.contains(inGlazov.id.rawValue))
        await server.stop()
    }
}

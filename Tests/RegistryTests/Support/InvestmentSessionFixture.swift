import Ledger
@testable import Registry

/// An investment session in Glazov and Kurgan with one accelerated project from each town,
/// a project still at `idea`, two investors with profiles (ticket 10 000 to 500 000 roubles),
/// an admitted member without an investor profile, and a mentor to attest milestones.
struct InvestmentSessionFixture {
    let test: TestNode
    let event: Event
    let glazov: City
    let kurgan: City
    let glazovLead: Member
    let kurganLead: Member
    let glazovProject: ProjectID
    let kurganProject: ProjectID
    let ideaProject: ProjectID
    let investors: [Member]
    let noProfile: Member
    let mentor: Member

    var sessions: InvestmentSessions { test.node.investmentSessions }

    static func make() async throws -> InvestmentSessionFixture {
        let test = try await TestNode.make()
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let kurgan = try await test.node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let day = CalendarDate(test.clock.now)
        let event = try await test.node.events.create(EventDraft(kind: .investmentSession, title: "Инвестиционная сессия",
                                                                 cityIDs: [glazov.id, kurgan.id], startsOn: day, endsOn: day))
        let glazovLead = try await admitted("Лидер Г", test), kurganLead = try await admitted("Лидер К", test)
        let glazovProject = try await project("Гид", in: glazov, lead: glazovLead, test, stage: .accelerated)
        let kurganProject = try await project("Табло", in: kurgan, lead: kurganLead, test, stage: .accelerated)
        let ideaProject = try await project("Идея", in: kurgan, lead: kurganLead, test, stage: .idea)
        var investors: [Member] = []
        for name in ["Инвестор 1", "Инвестор 2"] {
            let investor = try await admitted(name, test)
            _ = try await test.node.profiles.setInvestorProfile(
                of: investor.id, kind: .businessAngel, ticket: try TicketRange(minimumKopecks: 1_000_000, maximumKopecks: 50_000_000),
                directions: ["туризм"])
            investors.append(investor)
        }
        return InvestmentSessionFixture(test: test, event: event, glazov: glazov, kurgan: kurgan, glazovLead: glazovLead,
                                        kurganLead: kurganLead, glazovProject: glazovProject, kurganProject: kurganProject,
                                        ideaProject: ideaProject, investors: investors, noProfile: try await admitted("Без профиля", test),
                                        mentor: try await admitted("Ментор", test))
    }

    /// Both accelerated projects on the agenda, investors registered, the session running.
    static func running() async throws -> InvestmentSessionFixture {
        let fixture = try await make()
        _ = try await fixture.sessions.setAgenda(fixture.slots([fixture.glazovProject, fixture.kurganProject]), of: fixture.event.id)
        _ = try await fixture.test.node.events.move(fixture.event.id, to: .open)
        for investor in fixture.investors { try await fixture.sessions.registerInvestor(investor.id, in: fixture.event.id) }
        _ = try await fixture.test.node.events.move(fixture.event.id, to: .running)
        return fixture
    }

    /// Ten-minute slots one after another from the session's start.
    func slots(_ projects: [ProjectID]) -> [PitchSlot] {
        projects.enumerated().map { index, project in
            PitchSlot(projectID: project, startsAt: LedgerTime(millisecondsSinceEpoch: test.clock.now.millisecondsSinceEpoch + Int64(index) * 600_000),
                      minutes: 10)
        }
    }

    static func admitted(_ name: String, _ test: TestNode) async throws -> Member {
        let member = try await test.node.members.apply(MemberApplication(kind: .person, name: name))
        return try await test.node.members.setStatus(.admitted, of: member.id)
    }

    private static func project(_ title: String, in city: City, lead: Member, _ test: TestNode,
                                stage: ProjectStage) async throws -> ProjectID {
        let project = try await test.node.projects.create(ProjectDraft(title: title, summary: "Сервис.", direction: "туризм",
                                                                       cityID: city.id), lead: lead.id)
        for next in [ProjectStage.selected, .accelerating, .accelerated] where stage != .idea {
            _ = try await test.node.projects.moveStage(of: project.id, to: next)
        }
        return project.id
    }

    func remove() { test.remove() }
}

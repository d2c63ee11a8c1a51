import Registry

/// The Union's registers of the people who help projects, on one page (`/people`), for
/// the whole Union or one town: mentors (competencies, hours a week, towns served),
/// investors (kind, ticket, directions) and facilitators of the Game (town, the day their
/// training ended). Names follow `PartyNames` (persons by name to signed-in readers), each
/// linked to the member's page. Each register shows its first hundred; the API lists them all.
struct PeoplePage {
    let node: Node
    let layout: PageLayout

    static let shown = 100

    static func route(node: Node) -> Route {
        PageRoutes.page("/people", operationID: "peoplePage",
                        summary: "The registers of mentors, investors and facilitators, of the Union or one town") { context, layout in
            let town: CityID? = try? QueryParameters(context.request).value("city_id")
            return try await PeoplePage(node: node, layout: layout).render(town: town)
        }
    }

    func render(town: CityID?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let codes = CodeNames(language: language)
        let page = try PageRequest(limit: Self.shown)
        let mentors = try await node.profiles.mentorProfiles(MentorFilter(cityID: town), page: page).items
        let investors = town == nil ? try await node.profiles.investorProfiles(page: page).items : []
        let facilitators = try await node.profiles.facilitatorRecords(of: town, page: page).items
        let towns = try await node.cities.all().sorted { $0.name < $1.name }
        let members = try await node.members.members(ids: facilitators.map(\.memberID))
        let names = try await PartyNames.load(mentors.map(\.memberID.rawValue) + investors.map(\.memberID.rawValue)
                                                + facilitators.map(\.memberID.rawValue) + towns.map(\.id.rawValue),
                                              node: node, layout: layout)
        let title = language(.people)
        var body: [HTML] = [
            layout.breadcrumbs([], here: title),
            .tag("h1", [], .text(town.map { "\(title): \(names.name($0.rawValue))" } ?? title)),
            .tag("p", [], .text(language(.peopleLead))),
            .tag("form", [("method", "get"), ("action", "/people")], children: [
                .tag("label", [("for", "people-town")], .text(language(.town))),
                .tag("select", [("id", "people-town"), ("name", "city_id")], children:
                        [.tag("option", [("value", "")], .text(language(.everyTown)))] + towns.map { candidate in
                    var attributes = [("value", candidate.id.rawValue)]
                    if candidate.id == town { attributes.append(("selected", "selected")) }
                    return .tag("option", attributes, .text(candidate.name))
                }),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.showList)))),
            ]),
        ]
        body.append(.tag("h2", [], .text(language(.mentors))))
        body.append(register(mentors.isEmpty, heads: [language(.member), language(.competencies), language(.availability), language(.towns)],
                             rows: mentors.map { mentor in [
                                 names.link(mentor.memberID), .text(mentor.competencies.joined(separator: ", ")),
                                 .text("\(format.count(Int64(mentor.weeklyHours), .hours)) \(language(.perWeek))"),
                                 .text(mentor.cityIDs.map { names.name($0.rawValue) }.joined(separator: ", ")),
                             ] }))
        if town == nil {
            body.append(.tag("h2", [], .text(language(.investors))))
            body.append(register(investors.isEmpty, heads: [language(.member), language(.kind), language(.ticket), language(.directions)],
                                 rows: investors.map { investor in [
                                     names.link(investor.memberID), .text(codes.investorKind(investor.kind)),
                                     .text("\(format.money(kopecks: investor.ticket.minimumKopecks)) — \(format.money(kopecks: investor.ticket.maximumKopecks))"),
                                     .text(investor.directions.joined(separator: ", ")),
                                 ] }))
        }
        body.append(.tag("h2", [], .text(language(.facilitators))))
        body.append(register(facilitators.isEmpty, heads: [language(.member), language(.town), language(.trainingCompletedOn)],
                             rows: facilitators.map { record in [
                                 names.link(record.memberID),
                                 .text(members[record.memberID]?.cityID.map { names.name($0.rawValue) } ?? "—"),
                                 .text(format.date(record.trainingCompletedOn)),
                             ] }))
        return layout.page(title: "\(title) — Glocal", body: body)
    }

    private func register(_ empty: Bool, heads: [String], rows: [[HTML]]) -> HTML {
        guard !empty else { return .tag("p", [("class", "muted")], .text(layout.language(.noneYet))) }
        return .tag("table", [], children: [
            .tag("thead", [], .tag("tr", [], children: heads.map { .tag("th", [("scope", "col")], .text($0)) })),
            .tag("tbody", [], children: rows.map { cells in .tag("tr", [], children: cells.map { .tag("td", [], $0) }) }),
        ])
    }
}

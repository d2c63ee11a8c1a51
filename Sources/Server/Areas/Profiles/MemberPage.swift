import Registry

/// A member's public page, where its name links to: what it is (a resident, an
/// organisation), its town and roles, the profile it offers as a mentor or an investor,
/// and the projects it works on. Only admitted members have one; the name follows the
/// rule of `PartyNames` (persons by name to signed-in readers), and nothing personal
/// beyond it (no email, no phone) is shown.
struct MemberPage {
    let node: Node
    let layout: PageLayout

    static func route(node: Node) -> Route {
        PageRoutes.page("/members/{member_id}", operationID: "memberPage",
                        summary: "A member's public page: its roles, mentor and investor profiles, and projects") { context, layout in
            let member = try await context.record("member_id", notFound: layout.language(.notFound)) { id in
                try await node.members.member(id: id).flatMap { $0.status == .admitted && !$0.isErased ? $0 : nil }
            }
            return try await MemberPage(node: node, layout: layout).render(member)
        }
    }

    func render(_ member: Member) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let codes = CodeNames(language: language)
        let names = try await PartyNames.load([member.id.rawValue] + (member.cityID.map { [$0.rawValue] } ?? []), node: node, layout: layout)
        var town: City?
        if let city = member.cityID { town = try await node.cities.city(id: city) }
        var body: [HTML] = [
            layout.breadcrumbs(town.map { [($0.name, "/towns/\($0.id)")] } ?? [], here: names.name(member.id)),
            .tag("h1", [], .text(names.name(member.id))),
            .tag("p", [("class", "muted")], .text([
                member.kind == .organisation ? language(.organisation) : language(.person),
                "\(language(.roles)): \(member.roles.sorted().map(codes.memberRole).joined(separator: ", "))",
            ].joined(separator: " · "))),
        ]
        if let mentor = try await node.profiles.mentorProfile(of: member.id) {
            let towns = try await PartyNames.load(mentor.cityIDs.map(\.rawValue), node: node, layout: layout)
            body += [
                .tag("h2", [], .text(language(.mentorProfile))),
                .tag("p", [], .text("\(language(.competencies)): \(mentor.competencies.joined(separator: ", "))")),
                .tag("p", [], .text("\(language(.availability)): \(format.count(Int64(mentor.weeklyHours), .hours)) \(language(.perWeek))")),
                .tag("p", [], .text("\(language(.towns)): \(mentor.cityIDs.map { towns.name($0.rawValue) }.joined(separator: ", "))")),
            ]
        }
        if let investor = try await node.profiles.investorProfile(of: member.id) {
            body += [
                .tag("h2", [], .text(language(.investorProfile))),
                .tag("p", [], .text(codes.investorKind(investor.kind))),
                .tag("p", [], .text("\(language(.ticket)): \(format.money(kopecks: investor.ticket.minimumKopecks)) — "
                                    + format.money(kopecks: investor.ticket.maximumKopecks))),
                .tag("p", [], .text("\(language(.directions)): \(investor.directions.joined(separator: ", "))")),
            ]
        }
        let projects = try await node.projects.projects(ProjectFilter(memberID: member.id), matching: nil,
                                                        page: try PageRequest(limit: PageRequest.maximumLimit)).items
        body.append(.tag("h2", [], .text(language(.projects))))
        body.append(projects.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: projects.map { project in
            let role = project.team.first { $0.memberID == member.id }?.role
            return .tag("li", [], .tag("a", [("href", "/projects/\(project.id)")], .text(project.title)),
                        .text(" — \(role.map(codes.teamRole) ?? ""), \(codes.stage(project.stage))"))
        }))
        return layout.page(title: "\(names.name(member.id)) — Glocal", body: body)
    }
}

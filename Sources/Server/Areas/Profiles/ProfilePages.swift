import Registry

/// A member edits the profiles others find it by: as a mentor (competencies, weekly hours,
/// towns served), as an investor (kind, ticket in roubles, directions) and as a facilitator
/// (the day training was completed). Each form runs the operation of the profile's
/// `PUT /api/v1/members/{member_id}/…` route, for the reader's own member.
enum ProfilePages {
    static let path = "/my/profile"

    static func routes(node: Node, operations: ProfileOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let back: @Sendable (RequestContext) -> String = { _ in path }
        return [
            PageRoutes.page(path, operationID: "profilePage", summary: "The reader's mentor, investor and facilitator profiles, to edit",
                            action: .readOwnAccount, access: .signedIn) { context, layout in try await render(context, layout, nil) },
            PageForm.route(path + "/mentor", operationID: "mentorProfileFormSubmit", summary: "Set the reader's mentor profile",
                           running: operations.setMentor, render: render, input: { context, fields in
                               .init(record: try await context.callerMember(node.members),
                                     value: .init(competencies: PageFields.tags(fields["competencies"]),
                                                  weeklyHours: try PageFields.value(fields["weekly_hours"], field: "weekly_hours", as: Int.self),
                                                  cityIDs: try towns(fields)))
                           }, then: { context, _ in back(context) }),
            PageForm.route(path + "/investor", operationID: "investorProfileFormSubmit", summary: "Set the reader's investor profile",
                           running: operations.setInvestor, render: render, input: { context, fields in
                               let ticket = try TicketRange(minimumKopecks: try PageFields.roubles(fields["ticket_min"], field: "ticket_min").value,
                                                            maximumKopecks: try PageFields.roubles(fields["ticket_max"], field: "ticket_max").value)
                               return .init(record: try await context.callerMember(node.members),
                                            value: .init(kind: try PageFields.value(fields["kind"], field: "kind"), ticket: ticket,
                                                         directions: PageFields.tags(fields["directions"])))
                           }, then: { context, _ in back(context) }),
            PageForm.route(path + "/facilitator", operationID: "facilitatorRecordFormSubmit",
                           summary: "Record the day the reader completed facilitation training", running: operations.setFacilitator,
                           render: render, input: { context, fields in
                               .init(record: try await context.callerMember(node.members),
                                     value: try PageFields.value(fields["training_completed_on"], field: "training_completed_on"))
                           }, then: { context, _ in back(context) }),
        ]
    }

    /// The towns ticked in the form (`town_<id>` checkboxes).
    private static func towns(_ fields: [String: String]) throws -> [CityID] {
        try fields.keys.filter { $0.hasPrefix("town_") }.sorted().map {
            try PageFields.value(String($0.dropFirst("town_".count)), field: "city_ids")
        }
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let names = CodeNames(language: language)
        let format = PageFormat(language: language)
        /// An amount as the form takes it back: grouped roubles, kopecks after a comma if any.
        func roubles(_ kopecks: Int64) -> String {
            format.integer(kopecks / 100) + (kopecks % 100 == 0 ? "" : "," + (kopecks % 100 < 10 ? "0" : "") + String(kopecks % 100))
        }
        let member = try await context.callerMember(node.members)
        let mentor = try await node.profiles.mentorProfile(of: member.id)
        let investor = try await node.profiles.investorProfile(of: member.id)
        let facilitator = try await node.profiles.facilitatorRecord(of: member.id)
        let allTowns = try await node.cities.all()
        let csrf = PageForm.csrfField(context)
        func form(_ segment: String, _ title: Phrase, _ children: [HTML]) -> HTML {
            .group([
                .tag("h2", [], .text(language(title))),
                .tag("form", [("method", "post"), ("action", "\(path)/\(segment)")],
                     children: csrf + children + [.tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveProfile))))]),
            ])
        }
        func field(_ id: String, _ label: Phrase, _ input: HTML) -> HTML {
            .tag("p", [], .tag("label", [("for", id)], .text(language(label))), input)
        }
        func input(_ id: String, _ name: String, _ value: String, _ extra: [(String, String)] = []) -> HTML {
            .tag("input", [("id", id), ("name", name), ("value", value)] + extra)
        }
        let served = Set(mentor?.cityIDs ?? [])
        return layout.page(title: "\(language(.profiles)) — Glocal", body: [
            layout.breadcrumbs([(language(.account), "/account")], here: language(.profiles)),
            .tag("h1", [], .text(language(.profiles))),
            .tag("p", [], .tag("a", [("href", "/members/\(member.id)")], .text(language(.publicProfile)))),
            StaffContractPages.problemBeside(problem),
            form("mentor", .mentorProfile, [
                field("competencies", .competencies, input("competencies", "competencies", mentor?.competencies.joined(separator: ", ") ?? "")),
                field("weekly_hours", .weeklyHours, input("weekly_hours", "weekly_hours", String(mentor?.weeklyHours ?? 4),
                                                          [("type", "number"), ("min", "1"), ("max", "60")])),
                .tag("fieldset", [], children: [.tag("legend", [], .text(language(.townsServed)))] + allTowns.map { town in
                    .tag("p", [("class", "choice")], .tag("input", [("type", "checkbox"), ("id", "town_\(town.id)"), ("name", "town_\(town.id)"), ("value", "on")]
                                              + (served.contains(town.id) ? [("checked", "checked")] : [])),
                         .tag("label", [("for", "town_\(town.id)"), ("class", "inline")], .text(town.name)))
                }),
            ]),
            form("investor", .investorProfile, [
                field("kind", .investorKindLabel, .tag("select", [("id", "kind"), ("name", "kind")], children: InvestorKind.allCases.map { kind in
                    .tag("option", [("value", kind.rawValue)] + (investor?.kind == kind ? [("selected", "selected")] : []),
                         .text(names.investorKind(kind)))
                })),
                field("ticket_min", .ticketMinimum, input("ticket_min", "ticket_min",
                                                          investor.map { roubles($0.ticket.minimumKopecks) } ?? "", [("inputmode", "decimal")])),
                field("ticket_max", .ticketMaximum, input("ticket_max", "ticket_max",
                                                          investor.map { roubles($0.ticket.maximumKopecks) } ?? "", [("inputmode", "decimal")])),
                field("directions", .investorDirections, input("directions", "directions", investor?.directions.joined(separator: ", ") ?? "")),
            ]),
            form("facilitator", .facilitatorRecord, [
                field("training_completed_on", .trainingCompletedOn,
                      input("training_completed_on", "training_completed_on", facilitator?.trainingCompletedOn.description ?? "", [("type", "date")])),
            ]),
        ])
    }
}

import Registry

/// Union staff set up a Challenge from nothing on one page: its criteria with weights and
/// scales, judges per team and the committee's chair; its teams from the challenge's towns;
/// its judges; then the assignment of judges to teams, and beside it each judge's conflicts
/// of interest (own town, own team, the project it mentors or invested in), naming the
/// teams they keep it from. Each form runs the operation its JSON route runs.
enum ChallengeDeskPages {
    /// How many criteria the rules form offers (the rules allow up to 20 through the API).
    static let criterionRows = 6
    /// How many teams a judge is kept from, for each reason, the desk names before it counts the rest.
    static let conflictsNamed = 5

    static func routes(node: Node, operations: ChallengeOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let staff = Access.roles([.unionStaff])
        let back: @Sendable (RequestContext, Any) throws -> String = { context, _ in "/staff/challenges/\(try context.parameter("event_id"))" }
        return [
            PageRoutes.page("/staff/challenges/{event_id}", operationID: "challengeDeskPage",
                            summary: "Set up a Challenge: criteria, teams, judges and their assignment", action: .runChallenge,
                            access: staff) { context, layout in try await render(context, layout, nil) },
            PageForm.route("/staff/challenges/{event_id}/rules", operationID: "challengeRulesFormSubmit",
                           summary: "Set a Challenge's criteria, judges per team and chair", running: operations.setRules, access: staff,
                           render: render, input: { context, fields in
                               let event = try await challenge(context, node: node)
                               let rows = (1...criterionRows).filter { !(fields["criterion_\($0)"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
                               var rules = ChallengeRules(criteria: try rows.map { try criterion(fields, row: $0) })
                               rules.judgesPerTeam = try PageFields.value(fields["judges_per_team"], field: "judges_per_team", as: Int.self)
                               do { _ = try rules.validated() } catch let refusal as RegistryValidationError { throw onTheForm(refusal, rows: rows) }
                               let chair = fields["chair"].flatMap { $0.isEmpty ? nil : $0 }
                               return .init(event: event.id, rules: rules, chair: try chair.map { try PageFields.value($0, field: "chair") })
                           }, then: { context, output in try back(context, output) }),
            PageForm.route("/staff/challenges/{event_id}/teams", operationID: "challengeTeamFormSubmit",
                           summary: "Register a team of one of the Challenge's towns", running: operations.registerTeam, access: staff,
                           render: render, input: { context, fields in
                               let event = try await challenge(context, node: node)
                               let project = fields["project_id"].flatMap { $0.isEmpty ? nil : $0 }
                               return .init(event: event.id, name: fields["name"] ?? "", city: try PageFields.value(fields["city_id"], field: "city_id"),
                                            project: try project.map { try PageFields.value($0, field: "project_id") }, members: [])
                           }, then: { context, output in try back(context, output) }),
            PageForm.route("/staff/challenges/{event_id}/judges", operationID: "challengeJudgeFormSubmit",
                           summary: "Add a member to the Challenge's judges", running: operations.addJudge, access: staff,
                           render: render, input: { context, fields in
                               .init(record: try await challenge(context, node: node).id,
                                     value: try PageFields.value(fields["member_id"], field: "member_id"))
                           }, then: { context, output in try back(context, output) }),
            PageForm.route("/staff/challenges/{event_id}/assignments", operationID: "challengeAssignmentsFormSubmit",
                           summary: "Assign judges to teams without conflicts of interest", running: operations.assignJudges, access: staff,
                           render: render, input: { context, _ in try await challenge(context, node: node).id },
                           then: { context, output in try back(context, output) }),
        ]
    }

    /// The refusal of the rules as the form names its fields: `criteria/1/weight` is the
    /// weight of the second filled row.
    private static func onTheForm(_ refusal: RegistryValidationError, rows: [Int]) -> RegistryValidationError {
        let parts = refusal.fieldName.split(separator: "/")
        guard parts.first == "criteria" else { return refusal }
        guard parts.count == 3, let index = Int(parts[1]), rows.indices.contains(index) else {
            return RegistryValidationError(field: "criterion_1", rule: refusal.rule)
        }
        let name = switch parts[2] {
        case "weight": "weight"
        case "scale_maximum", "scale_minimum": "scale"
        default: "criterion"
        }
        return RegistryValidationError(field: "\(name)_\(rows[index])", rule: refusal.rule)
    }

    /// The criterion a filled row of the rules form names.
    private static func criterion(_ fields: [String: String], row: Int) throws -> ChallengeCriterion {
        let name = (fields["criterion_\(row)"] ?? "").trimmingCharacters(in: .whitespaces)
        return ChallengeCriterion(id: "c\(row)", name: name,
                                  weight: try PageFields.value(fields["weight_\(row)"], field: "weight_\(row)", as: Int.self),
                                  scaleMinimum: 0,
                                  scaleMaximum: try PageFields.value(fields["scale_\(row)"], field: "scale_\(row)", as: Int.self))
    }

    private static func challenge(_ context: RequestContext, node: Node) async throws -> Event {
        try await context.event(.challenge, in: node.events, notFound: "No such challenge.")
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let event = try await challenge(context, node: node)
        let settings = try await node.challenges.rules(of: event.id)
        let teams = try await node.challenges.teams(of: event.id)
        let judges = try await node.challenges.judges(of: event.id)
        let assignments = try await node.challenges.assignments(in: event.id)
        let admitted = try await node.members.all(status: .admitted)
        let towns = try await node.cities.all().filter { event.cityIDs.contains($0.id) }
        let townNames = try await TownNames.load(node: node)
        let received = try await node.challenges.nominationsReceived(for: event.id)
        let names = try await PartyNames.load(judges.map(\.rawValue) + (settings?.chair.map { [$0.rawValue] } ?? []), node: node, layout: layout)
        let csrf = PageForm.csrfField(context)
        let base = "/staff/challenges/\(event.id)"
        func form(_ segment: String, _ children: [HTML]) -> HTML {
            .tag("form", [("method", "post"), ("action", "\(base)/\(segment)")], children: csrf + children)
        }
        func field(_ id: String, _ label: String, _ input: HTML) -> HTML {
            .tag("p", [], .tag("label", [("for", id)], .text(label)), input)
        }
        func memberOptions(selected: MemberID?) -> [HTML] {
            [.tag("option", [("value", "")], .text("—"))] + admitted.map { member in
                .tag("option", [("value", member.id.rawValue)] + (member.id == selected ? [("selected", "selected")] : []),
                     .text(member.name ?? "—"))
            }
        }

        var body: [HTML] = [
            layout.breadcrumbs([(language(.eventDesk), EventDeskPages.path)], here: event.title),
            .tag("h1", [], .text(event.title)),
            .tag("p", [("class", "muted")], .text("\(language(.status)): \(language(event.status.phrase)) · "),
                 .tag("a", [("href", event.kind.pagePath(event.id))], .text(language(.leaderboard)))),
            StaffContractPages.problemBeside(problem),
        ]

        let criteria = settings?.rules.criteria ?? []
        var rows: [HTML] = []
        for row in 1...criterionRows {
            let given = row <= criteria.count ? criteria[row - 1] : nil
            rows.append(.tag("fieldset", [], children: [
                .tag("legend", [], .text("\(language(.criterion)) \(row)")),
                field("criterion_\(row)", language(.criterionName),
                      .tag("input", [("id", "criterion_\(row)"), ("name", "criterion_\(row)"), ("value", given?.name ?? "")])),
                field("weight_\(row)", language(.criterionWeight),
                      .tag("input", [("id", "weight_\(row)"), ("name", "weight_\(row)"), ("type", "number"), ("min", "1"), ("max", "100"),
                                     ("value", String(given?.weight ?? 1))])),
                field("scale_\(row)", language(.criterionScale),
                      .tag("input", [("id", "scale_\(row)"), ("name", "scale_\(row)"), ("type", "number"), ("min", "1"), ("max", "1000"),
                                     ("value", String(given?.scaleMaximum ?? 10))])),
            ]))
        }
        body += [
            .tag("h2", [], .text(language(.challengeRules))),
            form("rules", rows + [
                field("judges_per_team", language(.judgesPerTeam),
                      .tag("input", [("id", "judges_per_team"), ("name", "judges_per_team"), ("type", "number"), ("min", "1"), ("max", "50"),
                                     ("value", String(settings?.rules.judgesPerTeam ?? 3))])),
                field("chair", language(.committeeChair), .tag("select", [("id", "chair"), ("name", "chair")],
                                                                children: memberOptions(selected: settings?.chair))),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveRules)))),
            ]),
        ]

        body.append(.tag("h2", [], .text(language(.teams))))
        body.append(teams.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: teams.map { team in
            .tag("li", [], .text("\(team.name) — \(townNames[team.cityID.rawValue] ?? "")"),
                 team.nominatedElsewhere.map { nominated in
                     .tag("span", [("class", "muted")], .text(" · \(language(.fromNode)) \(nominated.origin), \(language(.entryNumber)) № \(nominated.seq)"))
                 } ?? .group([]))
        }))
        if !event.townsElsewhere.isEmpty || !received.isEmpty {
            body.append(.tag("h3", [("id", "teams-elsewhere")], .text(language(.teamsFromOtherNodes))))
            body.append(.tag("p", [("class", "muted")], .text("\(language(.townsOfOtherNodesTakingPart)): "
                + event.townsElsewhere.map { "\(townNames[$0.cityID.rawValue] ?? $0.cityID.rawValue) (\($0.origin))" }.joined(separator: ", "))))
            body.append(received.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: received.map { nomination in
                let state: Phrase = if nomination.taken { .nominationTaken } else {
                    switch nomination.refusal {
                    case nil: .nominationWaitsForRegistration
                    case .noSuchChallenge?: .nominationNoSuchChallenge
                    case .registrationClosed?: .nominationRegistrationClosed
                    case .townNotTakingPart?: .nominationTownNotTakingPart
                    case .nameTaken?: .nominationNameTaken
                    }
                }
                return .tag("li", [], .text("«\(nomination.name ?? language(.nameNotReadYet))» — \(townNames[nomination.cityID.rawValue] ?? "") · "),
                            .tag("span", [("class", "muted")], .text("\(language(.fromNode)) \(nomination.origin), \(language(.entryNumber)) № \(nomination.entrySeq) · ")),
                            .text(language(state)))
            }))
        }
        body.append(form("teams", [
            field("team-name", language(.teamName), .tag("input", [("id", "team-name"), ("name", "name"), ("required", "required")])),
            field("team-city", language(.town), .tag("select", [("id", "team-city"), ("name", "city_id")], children: towns.map {
                .tag("option", [("value", $0.id.rawValue)], .text($0.name))
            })),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.registerTeam)))),
        ]))

        body.append(.tag("h2", [], .text(language(.judges))))
        body.append(judges.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: judges.map {
            .tag("li", [], names.link($0))
        }))
        body.append(form("judges", [
            field("judge", language(.member), .tag("select", [("id", "judge"), ("name", "member_id")], children: memberOptions(selected: nil))),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.addJudge)))),
        ]))

        body.append(.tag("h2", [], .text(language(.assignments))))
        let teamNames = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0.name) })
        body.append(assignments.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("table", [], children: [
            .tag("thead", [], .tag("tr", [], .tag("th", [("scope", "col")], .text(language(.judge))),
                                   .tag("th", [("scope", "col")], .text(language(.team))))),
            .tag("tbody", [], children: assignments.map { assignment in
                .tag("tr", [], .tag("td", [], names.link(assignment.judge)), .tag("td", [], .text(teamNames[assignment.team] ?? "")))
            }),
        ]))
        body.append(form("assignments", [.tag("p", [], .tag("button", [("type", "submit")], .text(language(.assignJudges))))]))
        body.append(.tag("h2", [], .text(language(.conflictsOfInterest))))
        var conflicts: [HTML] = []
        for judge in judges {
            let kept = try await node.challenges.conflicts(of: judge, in: event.id).filter { !$0.conflicts.isEmpty }
            guard !kept.isEmpty else { continue }
            let reasons: [String] = ConflictOfInterest.allCases.compactMap { conflict in
                let teamsKept = kept.filter { $0.conflicts.contains(conflict) }.map { teamNames[$0.team] ?? "" }.sorted()
                guard !teamsKept.isEmpty else { return nil }
                let shown = teamsKept.prefix(Self.conflictsNamed).map { "«\($0)»" }.joined(separator: ", ")
                let more = teamsKept.count > Self.conflictsNamed ? " (+\(teamsKept.count - Self.conflictsNamed))" : ""
                return "\(language(conflict.phrase)): \(shown)\(more)"
            }
            conflicts.append(.tag("li", [], names.link(judge), .text(" — \(reasons.joined(separator: "; "))")))
        }
        body.append(conflicts.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noConflicts))) : .tag("ul", [], children: conflicts))
        return layout.page(title: "\(event.title) — Glocal", body: body)
    }
}

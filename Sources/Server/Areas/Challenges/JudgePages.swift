import Registry

/// The committee's scoring form at a Challenge: the signed-in judge's assigned teams,
/// each with a mark per criterion, the judge's progress, and every team's conflicts of
/// interest shown beside it, so the rules are seen at work. Marks are saved by a plain
/// form carrying the session's CSRF token; refusals come back beside the form.
enum JudgePages {
    static func routes(node: Node, operations: ChallengeOperations) -> [Route] {
        [
            PageRoutes.page("/challenges/{event_id}/judge", operationID: "judgePage",
                            summary: "The signed-in judge's scoring form, progress and conflicts") { context, layout in
                try await render(context, layout, node: node, problem: nil)
            },
            PageForm.route("/challenges/{event_id}/judge", operationID: "judgeFormSubmit",
                           summary: "Save a judge's marks for one team from the scoring form", running: operations.mark,
                           render: { context, layout, problem in try await render(context, layout, node: node, problem: problem) },
                           inputs: { context, fields in
                               let event = try ChallengeRoutes.eventID(context)
                               let team = try PageFields.value(fields["team_id"], field: "team_id", as: ChallengeTeamID.self)
                               // Every mark of the sheet is read and put on its scale before any is saved,
                               // so that a sheet refused for one of its marks saves none.
                               return try await (node.challenges.rules(of: event)?.rules.criteria ?? []).compactMap { criterion in
                                   let field = "mark_\(criterion.id)"
                                   guard let text = fields[field], !text.isEmpty else { return nil }
                                   guard let value = Int(text) else { throw RegistryValidationError(field: field, rule: .notAWholeNumber) }
                                   return .init(event: event, team: team, criterionID: criterion.id,
                                                value: try criterion.onScale(value, field: field))
                               }
                           },
                           then: { context, _ in "/challenges/\(try ChallengeRoutes.eventID(context))/judge" }),
        ]
    }

    private static func render(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let eventID = try ChallengeRoutes.eventID(context)
        guard let event = try await node.events.event(id: eventID), event.kind == .challenge,
              let rules = try await node.challenges.rules(of: eventID)?.rules else {
            throw APIError.notFound(detail: language(.notFound))
        }
        guard context.actor != nil else { throw APIError.unauthenticated(detail: language(.logIn)) }
        let judge = try await context.callerMember(node.members).id
        guard try await node.challenges.judges(of: eventID).contains(judge) else {
            return layout.page(title: event.title, body: [.tag("h1", [], .text(event.title)), .tag("p", [], .text(language(.notAJudge)))])
        }
        let teams = Dictionary(try await node.challenges.teams(of: eventID).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let progress = try await node.challenges.progress(of: judge, in: eventID)
        let conflicts = try await node.challenges.conflicts(of: judge, in: eventID)
        let marks = try await node.challenges.marks(by: judge, in: eventID)
        let csrf = PageForm.csrfField(context)
        var body: [HTML] = [
            layout.breadcrumbs([(event.title, "/challenges/\(event.id)/board")], here: language(.scoringForm)),
            .tag("h1", [], .text("\(event.title): \(language(.scoringForm))")),
            .tag("p", [], .text("\(language(.progress)): \(progress.complete.count) / \(progress.assigned.count)")),
        ]
        // Marks are taken while the Challenge runs and until it is sealed (as the registry
        // takes them); otherwise the marks are shown, and the form cannot be sent.
        let taking = [EventStatus.running, .closed].contains(event.status)
        if !taking { body.append(.tag("p", [("class", "notice"), ("role", "status")], .text(language(.judgingClosed)))) }
        if let problem { body.append(.tag("p", [("class", "error"), ("role", "alert")], .text(problem))) }
        body.append(.tag("h2", [], .text(language(.assignedTeams))))
        for teamID in progress.assigned {
            let team = teams[teamID]
            let fields: [HTML] = rules.criteria.flatMap { criterion -> [HTML] in
                let current = marks.first { $0.team == teamID && $0.criterionID == criterion.id }?.value
                let id = "mark-\(teamID)-\(criterion.id)"
                return [
                    .tag("label", [("for", id)], .text("\(criterion.name) (\(criterion.scaleMinimum)–\(criterion.scaleMaximum), ×\(criterion.weight))")),
                    .tag("input", [("id", id), ("name", "mark_\(criterion.id)"), ("type", "number"), ("min", String(criterion.scaleMinimum)),
                                   ("max", String(criterion.scaleMaximum)), ("step", "1"), ("value", current.map(String.init) ?? "")]),
                ]
            }
            body.append(.tag("form", [("method", "post"), ("action", "/challenges/\(eventID)/judge")], children: [
                .tag("h3", [], .text(team?.name ?? teamID.rawValue)),
                .tag("input", [("type", "hidden"), ("name", "team_id"), ("value", teamID.rawValue)]),
            ] + csrf + (taking ? fields + [.tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveMarks))))]
                         : [.tag("fieldset", [("disabled", "disabled")], children: fields)])))
        }
        body.append(.tag("h2", [], .text(language(.conflictsOfInterest))))
        body.append(.tag("ul", [], children: conflicts.map { entry in
            let name = teams[entry.team]?.name ?? entry.team.rawValue
            let text = entry.conflicts.isEmpty ? language(.noConflicts) : entry.conflicts.map { language($0.phrase) }.joined(separator: "; ")
            return .tag("li", [], .text("\(name): \(text)"))
        }))
        return layout.page(title: "\(event.title) — \(language(.scoringForm))", body: body)
    }
}

extension ConflictOfInterest {
    /// The conflict's name in the catalogue.
    var phrase: Phrase {
        switch self {
        case .ownTown: .conflictOwnTown
        case .ownTeam: .conflictOwnTeam
        case .mentor: .conflictMentor
        case .investor: .conflictInvestor
        }
    }
}

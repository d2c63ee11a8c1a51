import Registry

/// The Challenges other towns' nodes host in which this node's towns take part
/// (`/federation/challenges`), mirrored from their logs: each with its host, the towns of
/// this node in it, and the teams nominated for it from here with whether the host has
/// taken them; and, for Union staff, a form to nominate a team. The form runs the
/// operation `POST /api/v1/federation/challenge-nominations` runs.
enum FederationChallengesPage {
    static let path = "/federation/challenges"

    static func routes(node: Node, operations: FederationOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        return [
            PageRoutes.page(path, operationID: "otherNodesChallengesPage",
                            summary: "Challenges other towns' nodes host with towns of this node, and the teams nominated for them") { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/nominations", operationID: "nominateTeamFormSubmit",
                           summary: "Nominate a team of one of this node's towns for a Challenge another node hosts (staff)",
                           running: operations.nominateTeam, access: .roles([.unionStaff]), render: render, input: { _, fields in
                               .init(origin: fields["origin"] ?? "", eventID: try PageFields.value(fields["event_id"], field: "event_id"),
                                     name: fields["name"] ?? "", cityID: try PageFields.value(fields["city_id"], field: "city_id"),
                                     projectID: nil)
                           }, then: { _, nomination in path + "#challenge-\(nomination.eventID)" }),
        ]
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let challenges = try await node.federation.challengesTakingPart()
        let nominations = try await node.challenges.nominations()
        let townNames = Dictionary(try await node.cities.all().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let nominates = Policy.decide(actor: context.actor, action: .runChallenge) == .allow
        let csrf = PageForm.csrfField(context)
        var body: [HTML] = [
            layout.breadcrumbs([(language(.unionNodes), FederationPage.path)], here: language(.otherNodesChallenges)),
            .tag("h1", [], .text(language(.otherNodesChallenges))),
            .tag("p", [], .text(language(.otherNodesChallengesLead))),
            StaffContractPages.problemBeside(problem),
        ]
        if challenges.isEmpty { body.append(.tag("p", [("class", "muted")], .text(language(.noneYet)))) }
        for (index, entry) in challenges.enumerated() {
            let challenge = entry.challenge
            let page = EventID(rawValue: challenge.eventID).map { challenge.provenance.url + EventKind.challenge.pagePath($0) }
                ?? challenge.provenance.url
            let ours = nominations.filter { $0.hostOrigin == challenge.provenance.origin && $0.eventID.rawValue == challenge.eventID }
            var section: [HTML] = [
                .tag("h2", [("id", "challenge-\(challenge.eventID)")], .tag("a", [("href", page)], .text(challenge.title ?? language(EventKind.challenge.phrase)))),
                .tag("p", [], ProvenanceLine.html(challenge.provenance, language: language)),
                .tag("p", [], .text("\(language(.ourTownsTakingPart)): \(entry.cityIDs.compactMap { townNames[$0] }.joined(separator: ", "))")),
                .tag("h3", [], .text(language(.teamsNominatedFromHere))),
                ours.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: ours.map { nomination in
                    .tag("li", [], .text("«\(nomination.name)» — \(townNames[nomination.cityID] ?? "") · "),
                         .tag("a", [("href", "/ledger/\(nomination.ledgerSeq)")], .text("\(language(.entryNumber)) № \(nomination.ledgerSeq)")),
                         .text(" · "),
                         nomination.takenSeq.map { seq in
                             .tag("a", [("href", challenge.provenance.url + "/ledger/\(seq)")], .text(language(.takenByTheHost)))
                         } ?? .tag("span", [("class", "muted")], .text(language(.waitingForTheHost))))
                }),
            ]
            if nominates && !entry.cityIDs.isEmpty && challenge.sealedSeq == nil {
                section.append(.tag("form", [("method", "post"), ("action", path + "/nominations")], children: csrf + [
                    .tag("input", [("type", "hidden"), ("name", "origin"), ("value", challenge.provenance.origin)]),
                    .tag("input", [("type", "hidden"), ("name", "event_id"), ("value", challenge.eventID)]),
                    .tag("p", [], .tag("label", [("for", "team-name-\(index)")], .text(language(.teamName))),
                         .tag("input", [("id", "team-name-\(index)"), ("name", "name"), ("required", "required"), ("maxlength", "200")])),
                    .tag("p", [], .tag("label", [("for", "team-town-\(index)")], .text(language(.town))),
                         .tag("select", [("id", "team-town-\(index)"), ("name", "city_id")], children: entry.cityIDs.map { city in
                             .tag("option", [("value", city.rawValue)], .text(townNames[city] ?? ""))
                         })),
                    .tag("p", [], .tag("button", [("type", "submit")], .text(language(.nominateTeam)))),
                ]))
            }
            body.append(.tag("section", [("aria-labelledby", "challenge-\(challenge.eventID)")], children: section))
        }
        return layout.page(title: "\(language(.otherNodesChallenges)) — Glocal", body: body)
    }
}

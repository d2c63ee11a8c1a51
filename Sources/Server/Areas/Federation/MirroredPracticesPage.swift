import Registry

/// The practices proven in other towns of the Union (`/federation/practices`), mirrored
/// from their nodes: each with its town, summary and where it comes from; and, for Union
/// staff, a form to record that one of this node's towns adopted it. The form runs the
/// operation `POST /api/v1/federation/practice-adoptions` runs, which cites the practice's
/// report in its town's log with an inclusion proof. Below, the adoptions made so far.
enum MirroredPracticesPage {
    static let path = "/federation/practices"

    static func routes(node: Node, operations: FederationOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, _ in try await page(context, layout, node: node) }
        return [
            PageRoutes.page(path, operationID: "mirroredPracticesPage",
                            summary: "Practices proven in other towns of the Union, mirrored from their nodes") { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/adoptions", operationID: "adoptMirroredPracticeFormSubmit",
                           summary: "Record that a town of this node adopted another node's practice (staff)",
                           running: operations.adoptPractice, access: .roles([.unionStaff]), render: render, input: { _, fields in
                               .init(origin: fields["origin"] ?? "", practiceID: fields["practice_id"] ?? "",
                                     cityID: try PageFields.value(fields["city_id"], field: "city_id"))
                           }, then: { _, _ in path + "#adoptions" }),
        ]
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let practices = try await node.federation.practices(limit: PageRequest.maximumLimit)
        let adoptions = try await node.federation.adoptionsElsewhere()
        let towns = try await node.cities.all().sorted { $0.name < $1.name }
        let townNames = Dictionary(towns.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let adopts = Policy.decide(actor: context.actor, action: .recordPracticeAdoption) == .allow
        let csrf = PageForm.csrfField(context)
        var body: [HTML] = [
            layout.breadcrumbs([(language(.unionNodes), FederationPage.path)], here: language(.otherTownsPractices)),
            .tag("h1", [], .text(language(.otherTownsPractices))),
            .tag("p", [], .text(language(.otherTownsPracticesLead))),
        ]
        if practices.isEmpty { body.append(.tag("p", [("class", "muted")], .text(language(.noneYet)))) }
        body.append(.tag("ul", [("class", "hits")], children: practices.enumerated().map { index, practice in
            var item: [HTML] = [
                .tag("strong", [], .text(practice.title ?? "")),
                .tag("span", [("class", "muted")], .text(practice.townName.map { " · \($0)" } ?? "")),
                .tag("p", [], .text(practice.summary ?? "")),
                .tag("p", [], ProvenanceLine.html(practice.provenance, language: language)),
            ]
            if adopts && !towns.isEmpty {
                item.append(.tag("form", [("method", "post"), ("action", path + "/adoptions")], children: csrf + [
                    .tag("input", [("type", "hidden"), ("name", "origin"), ("value", practice.provenance.origin)]),
                    .tag("input", [("type", "hidden"), ("name", "practice_id"), ("value", practice.practiceID)]),
                    .tag("label", [("for", "adopting-town-\(index)")], .text(language(.adoptingTown))),
                    .tag("select", [("id", "adopting-town-\(index)"), ("name", "city_id")], children: towns.map {
                        .tag("option", [("value", $0.id.rawValue)], .text($0.name))
                    }),
                    .tag("p", [], .tag("button", [("type", "submit")], .text(language(.adoptPractice)))),
                ]))
            }
            return .tag("li", [], children: item)
        }))
        body.append(.tag("h2", [("id", "adoptions")], .text(language(.practicesAdoptedFromOtherTowns))))
        body.append(adoptions.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: adoptions.map { adoption in
            .tag("li", [], .text("\(townNames[adoption.cityID] ?? "") — «\(adoption.title)» (\(adoption.origin), \(language(.entryNumber)) № \(adoption.sourceSeq)) · "),
                 .tag("a", [("href", "/ledger/\(adoption.ledgerSeq)")], .text("\(language(.entryNumber)) № \(adoption.ledgerSeq)")),
                 .tag("span", [("class", "muted")], .text(" · \(format.moment(adoption.adoptedAt))")))
        }))
        return layout.page(title: "\(language(.otherTownsPractices)) — Glocal", body: body)
    }
}

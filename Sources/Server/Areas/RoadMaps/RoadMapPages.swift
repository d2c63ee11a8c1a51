import Registry

/// A town's road map (`/towns/{id}/road-map`): its fourteen steps on a time line and one
/// by one, with who answers for each, the planned dates, where it stands, the event that
/// completed it and the documents deposited for it. Union staff and the organising
/// committee start it and keep it here: each form runs the operation its API route runs.
/// A document is deposited by its SHA-256, which the page computes from the chosen file in
/// the browser (`/assets/file-hash.js`), so the document itself never leaves the town.
enum RoadMapPages {
    static func path(_ town: CityID) -> String { "/towns/\(town)/road-map" }

    static func routes(node: Node, operations: RoadMapOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, _ in try await page(context, layout, node: node) }
        let keepers = Access.roles([.unionStaff, .committee])
        let base = "/towns/{city_id}/road-map"
        return [
            PageRoutes.page(base, operationID: "roadMapPage",
                            summary: "A town's road map: fourteen steps with owners, planned dates, status and evidence",
                            sameForEveryMember: true, judging: .notShown) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(base, operationID: "startRoadMapFormSubmit", summary: "Start a town's road map from its page (staff, committee)",
                           running: operations.start, access: keepers, render: render, input: { context, fields in
                               Change(record: try context.parameter("city_id", notFound: RoadMapRoutes.noSuchStep),
                                      value: try PageFields.value(fields["starts_on"], field: "starts_on"))
                           }, then: { _, roadMap in path(roadMap.cityID) }),
            PageForm.route(base + "/steps/{step}", operationID: "roadMapStepFormSubmit",
                           summary: "Change a road-map step from the town's road map (staff, committee)",
                           running: operations.changeStep, access: keepers, render: render, input: { context, fields in
                               Change(record: try RoadMapOperations.step(context, notFound: RoadMapRoutes.noSuchStep),
                                      value: RoadMapStepChange(owner: fields["owner"] ?? "",
                                                               plannedStart: try PageFields.value(fields["planned_start"], field: "planned_start"),
                                                               plannedEnd: try PageFields.value(fields["planned_end"], field: "planned_end"),
                                                               status: try PageFields.value(fields["status"], field: "status")))
                           }, then: { _, step in "\(path(step.cityID))#step-\(step.step.rawValue)" }),
            PageForm.route(base + "/steps/{step}/evidence", operationID: "roadMapEvidenceFormSubmit",
                           summary: "Deposit a document for a road-map step by its SHA-256 (staff, committee)",
                           running: operations.deposit, access: keepers, render: render, input: { context, fields in
                               Change(record: try RoadMapOperations.step(context, notFound: RoadMapRoutes.noSuchStep),
                                      value: .init(sha256: try RoadMapOperations.sha256(fields["sha256"] ?? ""), title: fields["title"] ?? ""))
                           }, then: { context, _ in
                               let step = try RoadMapOperations.step(context, notFound: RoadMapRoutes.noSuchStep)
                               return "\(path(step.town))#step-\(step.step.rawValue)"
                           }),
        ]
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node) async throws -> HTML {
        let language = layout.language
        let names = CodeNames(language: language)
        let format = names.format
        let town = try await context.record("city_id", notFound: language(.notFound)) { try await node.cities.city(id: $0) }
        let roadMap = try await node.roadMaps.roadMap(of: town.id)
        let today = node.roadMaps.today
        let keeper = Policy.decide(actor: context.actor, action: .keepRoadMap) == .allow
        let csrf = PageForm.csrfField(context)
        var body: [HTML] = [
            layout.breadcrumbs([(language(.towns), "/"), (town.name, "/towns/\(town.id)"), (language(.roadMaps), "/road-maps")],
                               here: language(.roadMap)),
            .tag("h1", [], .text("\(language(.roadMap)): \(town.name)")),
            .tag("p", [("class", "muted")], .text(language(.roadMapLead))),
        ]
        guard let roadMap else {
            body.append(.tag("p", [], .text(language(.roadMapNotStarted))))
            if keeper {
                body.append(.tag("form", [("method", "post"), ("action", path(town.id))], children: csrf + [
                    .tag("label", [("for", "starts_on")], .text(language(.roadMapStartsOn))),
                    .tag("input", [("id", "starts_on"), ("name", "starts_on"), ("type", "date"), ("required", "required"),
                                   ("aria-describedby", "starts_on-hint"), ("value", today.rfc3339)]),
                    .tag("p", [("id", "starts_on-hint"), ("class", "muted")], .text(language(.startRoadMapHint))),
                    .tag("p", [], .tag("button", [("type", "submit")], .text(language(.startRoadMap)))),
                ]))
            }
            return layout.page(title: "\(language(.roadMap)): \(town.name) — Glocal", body: body)
        }
        body.append(.tag("p", [], .text(summary(roadMap, today: today, language: language))))
        body.append(RoadMapTimeline.draw(roadMap.steps.map { RoadMapTimeline.Row(label: "\($0.step.rawValue)", steps: [$0]) },
                                         labelWidth: 28, today: today, describedAs: "\(language(.roadMap)): \(town.name)", language: language))
        let events = try await eventTitles(roadMap.steps.compactMap(\.eventID), node: node)
        body.append(.tag("ol", [("class", "road-map")], children: roadMap.steps.map { step in
            var item: [HTML] = [
                .tag("h2", [("id", "step-\(step.step.rawValue)")], .text(language(step.step.phrase))),
                .tag("p", [("class", step.isLate(on: today) ? "state late" : "state")], .text(names.roadMapState(step, today: today))),
                .tag("p", [], .text("\(language(.plannedDates)): \(format.date(step.plannedStart)) — \(format.date(step.plannedEnd))")),
                .tag("p", [], .text("\(language(.roadMapOwner)): \(step.owner)")),
            ]
            if let event = step.eventID, let title = events[event] {
                item.append(.tag("p", [], .text("\(language(.completedByEvent)): "), .tag("a", [("href", title.path)], .text(title.title))))
            }
            item.append(.tag("p", [], .tag("a", [("href", "/ledger/\(step.ledgerSeq)")], .text(language(.ledgerRecord)))))
            if !step.evidence.isEmpty {
                item.append(.tag("h3", [], .text(language(.evidence))))
                item.append(.tag("ul", [], children: step.evidence.map { evidence in
                    .tag("li", [], .text("\(evidence.title) · SHA-256 "), Identifier.shown(evidence.sha256.hex, language: language),
                         .text(" · "), .tag("a", [("href", "/ledger/\(evidence.ledgerSeq)")], .text(format.date(CalendarDate(evidence.depositedAt)))))
                }))
            }
            if keeper { item += forms(step, town: town.id, csrf: csrf, language: language) }
            return .tag("li", [], children: item)
        }))
        return layout.page(title: "\(language(.roadMap)): \(town.name) — Glocal", body: body, scripts: keeper ? ["/assets/file-hash.js"] : [])
    }

    /// «Выполнено шагов: 5 из 14 · Сейчас: Бизнес-акселератор, до 04.06.2027 · Просрочено: 1».
    static func summary(_ roadMap: TownRoadMap, today: CalendarDate, language: Language) -> String {
        let format = PageFormat(language: language)
        var parts = ["\(language(.stepsDone)): \(roadMap.doneCount) \(language(.outOf)) \(roadMap.steps.count)"]
        if let current = roadMap.current {
            parts.append("\(language(.currentStep)): \(language(current.step.phrase)), \(language(.until)) \(format.date(current.plannedEnd))")
        }
        let late = roadMap.steps.filter { $0.isLate(on: today) }.count
        if late > 0 { parts.append("\(language(.stepsLate)): \(late)") }
        return parts.joined(separator: " · ")
    }

    private static func forms(_ step: RoadMapStepRecord, town: CityID, csrf: [HTML], language: Language) -> [HTML] {
        let number = step.step.rawValue
        let action = "\(path(town))/steps/\(number)"
        func field(_ name: String, _ label: Phrase, _ input: HTML) -> HTML {
            .tag("p", [], .tag("label", [("for", "\(name)-\(number)")], .text(language(label))), input)
        }
        let change = HTML.tag("details", [], .tag("summary", [], .text(language(.changeStep))),
            .tag("form", [("method", "post"), ("action", action)], children: csrf + [
                field("owner", .roadMapOwner, .tag("input", [("id", "owner-\(number)"), ("name", "owner"), ("required", "required"),
                                                               ("maxlength", "200"), ("value", step.owner)])),
                field("planned_start", .plannedStart, .tag("input", [("id", "planned_start-\(number)"), ("name", "planned_start"), ("type", "date"),
                                                                      ("required", "required"), ("value", step.plannedStart.rfc3339)])),
                field("planned_end", .plannedEnd, .tag("input", [("id", "planned_end-\(number)"), ("name", "planned_end"), ("type", "date"),
                                                                  ("required", "required"), ("value", step.plannedEnd.rfc3339)])),
                field("status", .status, .tag("select", [("id", "status-\(number)"), ("name", "status")], children: RoadMapStatus.allCases.map { status in
                    .tag("option", [("value", status.rawValue)] + (status == step.status ? [("selected", "selected")] : []), .text(language(status.phrase)))
                })),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveStep)))),
            ]))
        let deposit = HTML.tag("details", [], .tag("summary", [], .text(language(.depositEvidence))),
            .tag("form", [("method", "post"), ("action", action + "/evidence")], children: csrf + [
                field("title", .evidenceTitle, .tag("input", [("id", "title-\(number)"), ("name", "title"), ("required", "required"),
                                                               ("maxlength", "200")])),
                field("file", .evidenceFile, .tag("input", [("id", "file-\(number)"), ("type", "file"), ("data-hash-into", "sha256-\(number)")])),
                field("sha256", .evidenceHash, .tag("input", [("id", "sha256-\(number)"), ("name", "sha256"), ("required", "required"),
                                                               ("pattern", "[0-9a-fA-F]{64}"), ("aria-describedby", "sha256-\(number)-hint"),
                                                               ("autocomplete", "off"), ("spellcheck", "false")])),
                .tag("p", [("id", "sha256-\(number)-hint"), ("class", "muted")], .text(language(.evidenceHashHint))),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.depositEvidence)))),
            ]))
        return [change, deposit]
    }

    /// The title and page of each event that moved a step.
    private static func eventTitles(_ ids: [EventID], node: Node) async throws -> [EventID: (title: String, path: String)] {
        var titles: [EventID: (title: String, path: String)] = [:]
        for id in Set(ids) {
            if let event = try await node.events.event(id: id) { titles[id] = (event.title, event.kind.pagePath(event.id)) }
        }
        return titles
    }
}

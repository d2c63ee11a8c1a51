import Registry

/// An accelerator cohort's page: its projects with their confirmed hours and
/// certificates; for the signed-in mentor or team lead, the consultations waiting for
/// their confirmation (hours count only once both have confirmed), and for a mentor
/// matched to a project, the form to log a consultation.
enum AcceleratorPages {
    static func routes(node: Node, operations: AcceleratorOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let back: @Sendable (RequestContext) throws -> String = { "/accelerators/\(try $0.parameter("event_id"))" }
        return [
            PageRoutes.page("/accelerators/{event_id}", operationID: "acceleratorPage",
                            summary: "A cohort's projects, hours and certificates; a mentor's and lead's consultations") { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route("/accelerators/{event_id}/confirmations", operationID: "confirmConsultationFormSubmit",
                           summary: "Confirm a consultation (its mentor or the project's team lead)", running: operations.confirm,
                           render: render, input: { context, fields in
                               let cohort = try cohortID(context)
                               let consultation = try await PageFields.record(fields["consultation_id"], field: "consultation_id",
                                                                              notFound: AcceleratorRoutes.noSuchConsultation) {
                                   try await node.accelerators.consultation($0, in: cohort)
                               }
                               return .init(cohort: cohort, consultation: consultation)
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/accelerators/{event_id}/consultations", operationID: "logConsultationFormSubmit",
                           summary: "Log a consultation the signed-in mentor held, confirmed by the mentor at once",
                           running: operations.log, render: render, input: { context, fields in
                               let member = try await context.callerMember(node.members).id
                               let project = try await AcceleratorRoutes.requireProject(
                                   try PageFields.value(fields["project_id"], field: "project_id"), node.projects)
                               let day = try PageFields.value(fields["held_on"], field: "held_on", as: CalendarDate.self)
                               guard let hours = fields["hours"].flatMap({ Int($0) }) else {
                                   throw RegistryValidationError(field: "hours", rule: .notAWholeNumber)
                               }
                               let draft = ConsultationDraft(mentorID: member, heldOn: day, hours: hours, topic: fields["topic"] ?? "")
                               return .init(cohort: try cohortID(context), project: project, draft: draft)
                           }, then: { context, logged in
                               _ = try await operations.confirm.run(context, .init(cohort: logged.cohortID, consultation: logged))
                               return try back(context)
                           }),
        ]
    }

    private static func cohortID(_ context: RequestContext) throws -> EventID {
        try context.parameter("event_id", notFound: "No such cohort.")
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let event = try await context.event(.accelerator, in: node.events, notFound: language(.notFound))
        let id = event.id
        var me: Member?
        if let actor = context.actor { me = try await node.members.member(account: AccountID(unchecked: actor.accountID)) }
        let csrf = PageForm.csrfField(context)
        var body: [HTML] = [.tag("h1", [], .text(language.titled(event.title, as: .accelerator)))]
        if let problem { body.append(.tag("p", [("class", "error"), ("role", "alert")], .text(problem))) }
        body.append(.tag("h2", [], .text(language(.cohort))))
        let format = PageFormat(language: language)
        var pending: [HTML] = []
        var logForms: [HTML] = []
        var rows: [HTML] = []
        for entry in try await node.accelerators.projects(of: id) {
            guard let project = try await node.projects.project(id: entry.projectID) else { continue }
            rows.append(.tag("li", [], .tag("a", [("href", "/projects/\(project.id)")], .text(project.title)),
                             .text(" — \(format.count(Int64(entry.confirmedHours), .confirmedHours))"),
                             entry.certifiedOn == nil ? .group([]) : .group([
                                 .text(", "), .tag("a", [("href", "/verify?receipt=\(id)/\(project.id)")], .text(language(.certified))),
                             ])))
            guard let me else { continue }
            let isLead = project.lead == me.id
            for consultation in try await node.accelerators.consultations(of: project.id, in: id) where !consultation.isConfirmed {
                let mine = (consultation.mentorID == me.id && !consultation.mentorConfirmed) || (isLead && !consultation.leadConfirmed)
                let waiting = consultation.mentorConfirmed ? language(.waitingForLead) : language(.waitingForMentor)
                var item: [HTML] = [.text("\(project.title): \(consultation.topic), \(format.count(Int64(consultation.hours), .hours)) — \(waiting)")]
                if mine {
                    item.append(.tag("form", [("method", "post"), ("action", "/accelerators/\(id)/confirmations")], children: csrf + [
                        .tag("input", [("type", "hidden"), ("name", "consultation_id"), ("value", consultation.id.rawValue)]),
                        .tag("button", [("type", "submit")], .text(language(.confirm))),
                    ]))
                }
                pending.append(.tag("li", [], children: item))
            }
            if try await node.accelerators.matches(of: project.id, in: id).contains(where: { $0.mentorID == me.id }) {
                logForms.append(logForm(project, cohort: id, csrf: csrf, language: language))
            }
        }
        body.append(rows.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: rows))
        if !pending.isEmpty {
            body.append(.tag("h2", [], .text(language(.consultations))))
            body.append(.tag("ul", [], children: pending))
        }
        body += logForms
        return layout.page(title: "\(event.title) — Glocal", body: body)
    }

    private static func logForm(_ project: Project, cohort: EventID, csrf: [HTML], language: Language) -> HTML {
        let prefix = "log-\(project.id)"
        return .tag("form", [("method", "post"), ("action", "/accelerators/\(cohort)/consultations")], children: csrf + [
            .tag("h2", [], .text("\(language(.logConsultation)): \(project.title)")),
            .tag("input", [("type", "hidden"), ("name", "project_id"), ("value", project.id.rawValue)]),
            .tag("label", [("for", "\(prefix)-date")], .text(language(.heldOn))),
            .tag("input", [("id", "\(prefix)-date"), ("name", "held_on"), ("type", "date"), ("required", "required")]),
            .tag("label", [("for", "\(prefix)-hours")], .text(language(.hours))),
            .tag("input", [("id", "\(prefix)-hours"), ("name", "hours"), ("type", "number"), ("min", "1"), ("max", "24"), ("required", "required")]),
            .tag("label", [("for", "\(prefix)-topic")], .text(language(.topic))),
            .tag("input", [("id", "\(prefix)-topic"), ("name", "topic"), ("required", "required")]),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.submit)))),
        ])
    }
}

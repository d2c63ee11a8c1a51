import Registry

/// Union staff's admissions desk: the members who applied, with the personal data staff
/// may see, and forms to admit each (the same decision as `PUT …/members/{id}/status`) or
/// refuse it with a reason the applicant reads (`POST …/members/{id}/refusal`).
enum StaffPages {
    static func routes(node: Node, operations: MemberOperations) -> [Route] {
        [
            PageRoutes.page("/staff/admissions", operationID: "admissionsPage", summary: "Membership applications waiting for a decision",
                            action: .decideMembership, access: .roles([.unionStaff])) { context, layout in
                try await page(context, layout, node: node, admitted: try QueryParameters(context.request)["admitted"] != nil)
            },
            PageForm.route("/staff/admissions", operationID: "admitFormSubmit", summary: "Admit an applicant from the admissions form",
                           running: operations.decide, access: .roles([.unionStaff]),
                           render: { context, layout, _ in try await page(context, layout, node: node, admitted: false) },
                           input: { _, fields in .init(record: try await applicant(fields, node: node), value: .admitted) },
                           then: { _, _ in "/staff/admissions?admitted=1" }),
            PageForm.route("/staff/admissions/refusals", operationID: "refuseFormSubmit",
                           summary: "Refuse an application from the admissions form, with its reason",
                           running: operations.refuse, access: .roles([.unionStaff]),
                           render: { context, layout, _ in try await page(context, layout, node: node, admitted: false) },
                           input: { _, fields in .init(record: try await applicant(fields, node: node), value: fields["reason"] ?? "") },
                           then: { _, _ in "/staff/admissions" }),
        ]
    }

    /// The applicant a form is about, named by its hidden `member_id`.
    private static func applicant(_ fields: [String: String], node: Node) async throws -> Member {
        try await PageFields.record(fields["member_id"], field: "member_id", notFound: "No such member.") {
            try await node.members.member(id: $0)
        }
    }

    /// The roles an applicant asks for and what its application says: motivation,
    /// a mentor's competencies and hours, an investor's ticket.
    private static func details(_ details: ApplicationDetails?, of member: Member, codes: CodeNames) -> [HTML] {
        let language = codes.language
        let format = PageFormat(language: language)
        var lines = ["\(language(.rolesAsked)): \(member.roles.sorted().map(codes.memberRole).joined(separator: ", "))"]
        if let details {
            if !details.competencies.isEmpty { lines.append("\(language(.competencies)): \(details.competencies.joined(separator: ", "))") }
            if let hours = details.weeklyHours { lines.append("\(language(.availability)): \(format.count(Int64(hours), .hours)) \(language(.perWeek))") }
            if let ticket = details.ticket {
                lines.append("\(language(.ticket)): \(format.money(kopecks: ticket.minimumKopecks)) — \(format.money(kopecks: ticket.maximumKopecks))")
            }
        }
        var said: [HTML] = [.tag("p", [("class", "muted")], .text(lines.joined(separator: " · ")))]
        if let motivation = details?.motivation {
            said.append(.tag("blockquote", [], .text(motivation)))
        }
        return said
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, admitted: Bool) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let applicants = try await node.members.all(status: .applied)
        let codes = CodeNames(language: language)
        var said: [MemberID: [HTML]] = [:]
        for applicant in applicants {
            said[applicant.id] = details(try await node.members.applicationDetails(of: applicant.id), of: applicant, codes: codes)
        }
        let csrf = PageForm.csrfField(context)
        return layout.page(title: "\(language(.admissions)) — Glocal", body: [
            .tag("h1", [], .text(language(.admissions))),
            admitted ? .tag("p", [("role", "status")], .text(language(.memberAdmitted))) : .group([]),
            .tag("h2", [], .text(language(.applicants))),
            applicants.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noApplicants))) : .tag("ul", [], children: applicants.map { member in
                .tag("li", [], children: [
                    .text("\(member.name ?? member.id.rawValue) · \(member.email ?? "—") · \(format.date(CalendarDate(member.createdAt)))"),
                    .group(said[member.id] ?? []),
                    .tag("form", [("method", "post"), ("action", "/staff/admissions")], children: csrf + [
                        .tag("input", [("type", "hidden"), ("name", "member_id"), ("value", member.id.rawValue)]),
                        .tag("button", [("type", "submit")], .text(language(.admit))),
                    ]),
                    .tag("details", [], .tag("summary", [], .text(language(.refuse))),
                         .tag("form", [("method", "post"), ("action", "/staff/admissions/refusals")], children: csrf + [
                            .tag("input", [("type", "hidden"), ("name", "member_id"), ("value", member.id.rawValue)]),
                            .tag("label", [("for", "reason-\(member.id)")], .text(language(.refusalReason))),
                            .tag("textarea", [("id", "reason-\(member.id)"), ("name", "reason"), ("required", "required"),
                                              ("maxlength", "1000")]),
                            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.refuse)))),
                         ])),
                ])
            }),
        ])
    }
}

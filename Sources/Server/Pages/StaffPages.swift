import Registry

/// Union staff's admissions desk: the members who applied, with the personal data staff
/// may see, and a form to admit each (the same decision as `PUT …/members/{id}/status`).
enum StaffPages {
    static func routes(node: Node) -> [Route] {
        [
            Route(.get, "/staff/admissions", operationID: "admissionsPage", summary: "Membership applications waiting for a decision",
                  tag: "pages", action: .decideMembership, access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(responseContentType: "text/html")) { context in
                let layout = PageLayout(language: Language(context.request), path: String(context.request.path))
                let admitted = (try? QueryParameters(context.request))?["admitted"] != nil
                return layout.response(try await page(context, layout, node: node, admitted: admitted), switched: false)
            },
            Route(.post, "/staff/admissions", operationID: "admitFormSubmit", summary: "Admit an applicant from the admissions form",
                  tag: "pages", action: .decideMembership, access: .roles([.unionStaff]), bodyLimit: 1024,
                  documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded",
                                                    responseContentType: "text/html", success: .seeOther)) { context in
                guard let member = FormBody.value(of: "member_id", in: context.request).flatMap(MemberID.init(rawValue:)) else {
                    throw APIError.validation([.init(pointer: "/member_id", detail: "member_id is not a member id.")])
                }
                _ = try await node.members.setStatus(.admitted, of: member)
                var response = HTTPResponse(status: .seeOther)
                response.headers.set("Location", "/staff/admissions?admitted=1")
                return response
            },
        ]
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, admitted: Bool) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let applicants = try await node.members.all().filter { $0.status == .applied }
        var csrf: [HTML] = []
        if case let .session(token)? = context.actor?.credential {
            csrf = [.tag("input", [("type", "hidden"), ("name", CSRFMiddleware.formField), ("value", token)])]
        }
        return layout.page(title: "\(language(.admissions)) — Glocal", body: [
            .tag("h1", [], .text(language(.admissions))),
            admitted ? .tag("p", [("role", "status")], .text(language(.memberAdmitted))) : .group([]),
            .tag("h2", [], .text(language(.applicants))),
            applicants.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noApplicants))) : .tag("ul", [], children: applicants.map { member in
                .tag("li", [], children: [
                    .text("\(member.name ?? member.id.rawValue) · \(member.email ?? "—") · \(format.date(CalendarDate(member.createdAt)))"),
                    .tag("form", [("method", "post"), ("action", "/staff/admissions")], children: csrf + [
                        .tag("input", [("type", "hidden"), ("name", "member_id"), ("value", member.id.rawValue)]),
                        .tag("button", [("type", "submit")], .text(language(.admit))),
                    ]),
                ])
            }),
        ])
    }
}

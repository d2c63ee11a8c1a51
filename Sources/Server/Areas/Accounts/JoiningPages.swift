import Registry

/// How a person joins, in the browser: signs up with an email, a password and the consent
/// to the processing of personal data (`/signup`), signs in, and applies for membership of
/// the Union (`/my/membership`), which Union staff then decide at the admissions desk.
/// Each form runs the operation of its JSON twin (`POST /api/v1/signup`, `POST /api/v1/members`).
enum JoiningPages {
    static func routes(node: Node, accounts: AccountOperations, members: MemberOperations) -> [Route] {
        let signUpForm: PageForm.Render = { _, layout, problem in signUp(layout, problem: problem) }
        let confirmationForm: PageForm.Render = { context, layout, problem in
            confirmEmail(context, layout, token: FormBody.fields(of: context.request)["token"] ?? "", problem: problem)
        }
        let applicationForm: PageForm.Render = { context, layout, problem in
            try await application(context, layout, node: node, problem: problem)
        }
        return [
            PageRoutes.page("/signup", operationID: "signUpPage",
                            summary: "Sign up: email, password and the consent to the processing of personal data") { _, layout in
                signUp(layout, problem: nil)
            },
            PageForm.route("/signup", operationID: "signUpFormSubmit", summary: "Sign up from the form; then sign in",
                           running: accounts.signUp, access: .anyone, render: signUpForm, input: { _, fields in
                               .init(email: fields["email"] ?? "", password: fields["password"] ?? "",
                                     displayName: fields["display_name"], consentVersion: fields["consent"])
                           }, then: { _, _ in "/login?next=/my/membership" }),
            PageRoutes.page("/confirm-email", operationID: "confirmEmailPage",
                            summary: "The link mailed to a new account's address: a button that confirms it") { context, layout in
                confirmEmail(context, layout, token: (try? QueryParameters(context.request))?["token"] ?? "", problem: nil)
            },
            PageForm.route("/confirm-email", operationID: "confirmEmailFormSubmit",
                           summary: "Confirm the account's email address from the form; then the account page",
                           running: accounts.confirmEmail, access: .anyone, render: confirmationForm,
                           input: { _, fields in fields["token"] ?? "" }, then: { _, _ in "/account" }),
            PageRoutes.page("/my/membership", operationID: "membershipPage",
                            summary: "Apply for membership of the Union, for the signed-in account", action: .readOwnAccount,
                            access: .signedIn, render: { context, layout in try await application(context, layout, node: node, problem: nil) }),
            PageForm.route("/my/membership", operationID: "applyFormSubmit",
                           summary: "Apply for membership of the Union from the form (the signed-in account)",
                           running: members.apply, render: applicationForm, input: { context, fields in
                               let account = try await node.accounts.account(id: AccountID(unchecked: try context.signedIn.accountID))
                               let roles = Set(MemberRole.applicable.filter { fields["role_\($0.rawValue)"] != nil })
                               return MemberApplication(
                                   kind: fields["kind"] == MemberKind.organisation.rawValue ? .organisation : .person,
                                   name: fields["name"] ?? "", email: account?.email.rawValue,
                                   phone: (fields["phone"] ?? "").isEmpty ? nil : fields["phone"],
                                   cityID: try PageFields.value(fields["city_id"], field: "city_id"),
                                   roles: roles.isEmpty ? [.resident] : roles, accountID: account?.id,
                                   details: try details(fields, roles: roles))
                           }, then: { _, _ in "/account" }),
        ]
    }

    /// The application's motivation and the offers of the roles asked for, from the form:
    /// competencies separated by commas, hours as a number, a ticket in roubles.
    private static func details(_ fields: [String: String], roles: Set<MemberRole>) throws -> ApplicationDetails {
        var details = ApplicationDetails(motivation: fields["motivation"])
        if roles.contains(.mentor) {
            details.competencies = (fields["competencies"] ?? "").split(separator: ",").map(\.trimmingSpaces).filter { !$0.isEmpty }.map(String.init)
            let hours = String((fields["weekly_hours"] ?? "")[...].trimmingSpaces)
            details.weeklyHours = hours.isEmpty ? nil : try PageFields.value(hours, field: "weekly_hours", as: Int.self)
        }
        if roles.contains(.investor) {
            let minimum = try PageFields.roubles(fields["ticket_min"], field: "ticket_min_kopecks")
            let maximum = try PageFields.roubles(fields["ticket_max"], field: "ticket_max_kopecks")
            details.ticket = try TicketRange(minimumKopecks: minimum.value, maximumKopecks: maximum.value)
        }
        return details
    }

    private static func signUp(_ layout: PageLayout, problem: String?) -> HTML {
        let language = layout.language
        let consent = PersonalDataConsent.current
        return layout.page(title: "\(language(.signUp)) — Glocal", body: [
            .tag("h1", [], .text(language(.signUp))),
            .tag("form", [("method", "post"), ("action", "/signup")], children: [
                problem.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                .tag("label", [("for", "signup-email")], .text(language(.email))),
                .tag("input", [("id", "signup-email"), ("name", "email"), ("type", "email"), ("autocomplete", "email"),
                               ("required", "required")]),
                .tag("label", [("for", "signup-name")], .text(language(.displayName))),
                .tag("input", [("id", "signup-name"), ("name", "display_name"), ("autocomplete", "name"), ("maxlength", "100")]),
                .tag("label", [("for", "signup-password")], .text(language(.password))),
                .tag("input", [("id", "signup-password"), ("name", "password"), ("type", "password"), ("autocomplete", "new-password"),
                               ("minlength", "12"), ("required", "required"), ("aria-describedby", "signup-password-hint")]),
                .tag("p", [("id", "signup-password-hint"), ("class", "muted")], .text(language(.passwordHint))),
                .tag("details", [], .tag("summary", [], .text(language(.consentText))),
                     .tag("p", [], .text(language == .russian ? consent.russian : consent.english)),
                     .tag("p", [("class", "muted")], .text("\(language(.consentVersion)) \(consent.version)"))),
                .tag("p", [("class", "choice")],
                     .tag("input", [("type", "checkbox"), ("id", "signup-consent"), ("name", "consent"), ("value", consent.version),
                                    ("required", "required")]),
                     .tag("label", [("for", "signup-consent"), ("class", "inline")], .text(language(.consentAgree)))),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.signUp)))),
            ]),
            .tag("p", [], .tag("a", [("href", "/login")], .text(language(.haveAccount)))),
        ])
    }

    /// The page the confirmation link opens: following a link must not change anything by
    /// itself (mail scanners follow links), so the reader confirms with a button.
    private static func confirmEmail(_ context: RequestContext, _ layout: PageLayout, token: String, problem: String?) -> HTML {
        let language = layout.language
        return layout.page(title: "\(language(.confirmEmail)) — Glocal", body: [
            .tag("h1", [], .text(language(.confirmEmail))),
            .tag("form", [("method", "post"), ("action", "/confirm-email")], children: PageForm.csrfField(context) + [
                problem.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                .tag("p", [], .text(language(.confirmEmailLead))),
                .tag("input", [("type", "hidden"), ("name", "token"), ("value", token)]),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.confirmEmailButton)))),
            ]),
        ])
    }

    private static func application(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let codes = CodeNames(language: language)
        let accountID = AccountID(unchecked: try context.signedIn.accountID)
        var body: [HTML] = [
            layout.breadcrumbs([(language(.account), "/account")], here: language(.applyForMembership)),
            .tag("h1", [], .text(language(.applyForMembership))),
        ]
        if let member = try await node.members.member(account: accountID) {
            body.append(.tag("p", [("class", "notice"), ("role", "status")],
                             .text("\(language(.membershipStatus)): \(codes.membership(member.status))")))
            return layout.page(title: "\(language(.applyForMembership)) — Glocal", body: body)
        }
        let towns = try await node.cities.all().sorted { $0.name < $1.name }
        body.append(.tag("form", [("method", "post"), ("action", "/my/membership")], children: PageForm.csrfField(context) + [
            problem.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
            .tag("label", [("for", "apply-name")], .text(language(.fullName))),
            .tag("input", [("id", "apply-name"), ("name", "name"), ("required", "required"), ("maxlength", "200"), ("autocomplete", "name")]),
            .tag("label", [("for", "apply-kind")], .text(language(.kind))),
            .tag("select", [("id", "apply-kind"), ("name", "kind")], children: [
                .tag("option", [("value", MemberKind.person.rawValue)], .text(language(.person))),
                .tag("option", [("value", MemberKind.organisation.rawValue)], .text(language(.organisation))),
            ]),
            .tag("label", [("for", "apply-town")], .text(language(.town))),
            .tag("select", [("id", "apply-town"), ("name", "city_id"), ("required", "required")],
                 children: [.tag("option", [("value", "")], .text("—"))] + towns.map { .tag("option", [("value", $0.id.rawValue)], .text($0.name)) }),
            .tag("label", [("for", "apply-phone")], .text(language(.phone))),
            .tag("input", [("id", "apply-phone"), ("name", "phone"), ("type", "tel"), ("autocomplete", "tel")]),
            .tag("fieldset", [], children: [.tag("legend", [], .text(language(.rolesAsked)))] + MemberRole.applicable.map { role in
                let id = "apply-role-\(role.rawValue)"
                var box: [(String, String)] = [("type", "checkbox"), ("id", id), ("name", "role_\(role.rawValue)"), ("value", "on")]
                if role == .resident { box.append(("checked", "checked")) }
                return .tag("p", [("class", "choice")], .tag("input", box), .tag("label", [("for", id), ("class", "inline")], .text(codes.memberRole(role))))
            }),
            .tag("fieldset", [], children: [
                .tag("legend", [], .text(language(.ifMentor))),
                .tag("label", [("for", "apply-competencies")], .text(language(.competencies))),
                .tag("input", [("id", "apply-competencies"), ("name", "competencies"), ("aria-describedby", "apply-competencies-hint")]),
                .tag("p", [("id", "apply-competencies-hint"), ("class", "muted")], .text(language(.competenciesHint))),
                .tag("label", [("for", "apply-hours")], .text(language(.weeklyHours))),
                .tag("input", [("id", "apply-hours"), ("name", "weekly_hours"), ("type", "number"), ("min", "1"), ("max", "60"),
                               ("inputmode", "numeric")]),
            ]),
            .tag("fieldset", [], children: [
                .tag("legend", [], .text(language(.ifInvestor))),
                .tag("label", [("for", "apply-ticket-min")], .text(language(.ticketFromRoubles))),
                .tag("input", [("id", "apply-ticket-min"), ("name", "ticket_min"), ("inputmode", "decimal")]),
                .tag("label", [("for", "apply-ticket-max")], .text(language(.ticketToRoubles))),
                .tag("input", [("id", "apply-ticket-max"), ("name", "ticket_max"), ("inputmode", "decimal")]),
            ]),
            .tag("label", [("for", "apply-motivation")], .text(language(.motivation))),
            .tag("textarea", [("id", "apply-motivation"), ("name", "motivation"), ("maxlength", "2000"), ("rows", "4")]),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.applyForMembership)))),
        ]))
        return layout.page(title: "\(language(.applyForMembership)) — Glocal", body: body)
    }
}

extension MemberRole {
    /// The roles a person may ask for when it applies; the Union's own roles (staff, the
    /// committee) are given, not asked for.
    static let applicable: [MemberRole] = [.resident, .entrepreneur, .mentor, .investor, .facilitator]
}

import Registry

/// The administrators' desk of accounts (`/admin/accounts`): the newest accounts with their
/// roles in words and whether their address is confirmed, a form per account to grant a
/// role and a button per role to take it back — the operations of the API's
/// `PUT` and `DELETE /api/v1/accounts/{id}/roles/{role}`, so the last administrator's
/// role is refused here as there.
enum AdminAccountPages {
    static let path = "/admin/accounts"
    /// How many accounts the desk lists, newest first.
    static let listed = 200

    static func routes(node: Node, operations: AccountOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let admin = Access.roles([.admin])
        let change: @Sendable (RequestContext, [String: String]) throws -> AccountOperations.RoleChange = { context, fields in
            guard let role = Role(rawValue: fields["role"] ?? "") else { throw RegistryValidationError(field: "role", rule: .chooseFromList) }
            return .init(account: try context.parameter("account_id", notFound: "No such account."), role: role)
        }
        return [
            PageRoutes.page(path, operationID: "adminAccountsPage", summary: "Accounts and their roles (administrators)",
                            action: .listAccounts, access: admin) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/{account_id}/roles", operationID: "grantRoleFormSubmit",
                           summary: "Grant an account a role from the accounts desk (administrators)", running: operations.grantRole,
                           access: admin, render: render, input: { context, fields in try change(context, fields) },
                           then: { _, _ in path }),
            PageForm.route(path + "/{account_id}/roles/revocations", operationID: "revokeRoleFormSubmit",
                           summary: "Take a role from an account from the accounts desk (administrators)", running: operations.revokeRole,
                           access: admin, render: render, input: { context, fields in try change(context, fields) },
                           then: { _, _ in path }),
        ]
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let codes = CodeNames(language: language)
        let csrf = PageForm.csrfField(context)
        let rows: [HTML] = try await node.accounts.newest(limit: listed).map { account in
            let grantable = Role.allCases.filter { !account.holds($0) }
            return .tag("tr", [], children: [
                .tag("td", [], .text(account.email.rawValue), .text(account.displayName.map { " (\($0))" } ?? "")),
                .tag("td", [], .text(account.emailConfirmedAt == nil ? language(.emailUnconfirmed) : language(.emailConfirmed))),
                .tag("td", [], children: account.roles.sorted().map { role in
                    .tag("form", [("method", "post"), ("action", "\(path)/\(account.id)/roles/revocations"), ("class", "inline")],
                         children: csrf + [
                            .tag("input", [("type", "hidden"), ("name", "role"), ("value", role.rawValue)]),
                            .tag("button", [("type", "submit"), ("aria-label", "\(language(.revokeRole)): \(codes.role(role))")],
                                 .text("\(codes.role(role)) ✕")),
                         ])
                }),
                .tag("td", [], grantable.isEmpty ? .text("—") : .tag("form", [("method", "post"), ("action", "\(path)/\(account.id)/roles")],
                    children: csrf + [
                        .tag("select", [("id", "grant-\(account.id)"), ("name", "role"), ("aria-label", language(.grantRole))],
                             children: grantable.map {
                            .tag("option", [("value", $0.rawValue)], .text(codes.role($0)))
                        }),
                        .tag("button", [("type", "submit")], .text(language(.grantRole))),
                    ])),
                .tag("td", [], .text(format.date(CalendarDate(account.createdAt)))),
            ])
        }
        return layout.page(title: "\(language(.accounts)) — Glocal", body: [
            layout.breadcrumbs([(language(.account), "/account")], here: language(.accounts)),
            .tag("h1", [], .text(language(.accounts))),
            problem.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
            .tag("table", [], .tag("thead", [], .tag("tr", [], children: [Phrase.email, .emailConfirmed, .roles, .grantRole, .date].map {
                .tag("th", [("scope", "col")], .text(language($0)))
            })), .tag("tbody", [], children: rows)),
        ])
    }
}

import Registry

/// The signed-in account's page: who is signed in with which roles, the member's signing
/// keys (and the button for a key the node holds, while it has none), the way to the
/// member's ideas and projects, the account's API tokens with the forms to create and
/// revoke them, and signing out. A new token's secret is shown on its own page, once.
struct AccountPage {
    let node: Node
    let context: RequestContext
    let layout: PageLayout

    /// The working pages of each role, linked from the account page of those who hold it.
    static let desks: [(path: String, name: Phrase, roles: Set<Role>)] = [
        ("/staff/admissions", .admissions, [.unionStaff]), ("/staff/projects", .staffProjects, [.unionStaff]),
        ("/staff/contracts", .staffContracts, [.unionStaff]), ("/staff/csv", .csvDesk, [.unionStaff]),
        (EventDeskPages.path, .eventDesk, [.unionStaff]), (StaffTownPages.path, .townsDesk, [.unionStaff]), (AdminAccountPages.path, .accounts, [.admin]), (MailPages.path, .mailOutbox, [.admin]), (NodePages.path, .nodeDesk, [.admin]),
    ]

    func render(problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let accountID = AccountID(unchecked: try context.signedIn.accountID)
        guard let account = try await node.accounts.account(id: accountID) else { return AccountPages.form(layout, email: "", next: nil, problem: nil) }
        let member = try await node.members.member(account: account.id)
        let keys: [MemberKey] = if let member { await node.memberKeys.keys(of: member.id) } else { [] }
        let tokens = try await node.accounts.apiTokens(of: account.id)
        let csrf = PageForm.csrfField(context)
        var body: [HTML] = [
            .tag("h1", [], .text(language(.account))),
            .tag("p", [], .text("\(language(.signedInAs)) \(account.email.rawValue)")),
        ]
        if account.emailConfirmedAt == nil, try await node.accounts.awaitsEmailConfirmation(account.id) {
            body.append(.tag("p", [("class", "notice"), ("role", "status")], .text(language(.emailNotConfirmed))))
        }
        if !account.roles.isEmpty {
            body.append(.tag("p", [], .text("\(language(.roles)): \(CodeNames(language: language).roles(account.roles))")))
        }
        if let problem { body.append(.tag("p", [("class", "error"), ("role", "alert")], .text(problem))) }
        let desks = Self.desks.filter { !account.roles.isDisjoint(with: $0.roles) }
        if !desks.isEmpty {
            body.append(.tag("h2", [], .text(language(.desks))))
            body.append(.tag("ul", [], children: desks.map { .tag("li", [], .tag("a", [("href", $0.path)], .text(language($0.name)))) }))
        }
        if let member {
            if let reason = try await node.members.refusal(of: member.id) {
                body.append(.tag("p", [("class", "notice")], .text("\(language(.applicationRefused)): \(reason)")))
            } else if member.status != .admitted {
                body.append(.tag("p", [("class", "notice")],
                                 .text("\(language(.membershipStatus)): \(CodeNames(language: language).membership(member.status))")))
            }
            body += try await waiting(for: member, csrf: csrf)
            if member.status == .admitted {
                body.append(.tag("p", [], .tag("a", [("href", ProfilePages.path)], .text(language(.profiles)))))
            }
            if try await node.profiles.facilitatorRecord(of: member.id) != nil {
                body.append(.tag("p", [], .tag("a", [("href", FacilitatorSessionsPage.path)], .text(language(.mySessions)))))
            }
        } else {
            body.append(.tag("p", [], .tag("a", [("href", "/my/membership")], .text(language(.joinUnion)))))
        }
        body.append(.tag("h2", [("id", "keys")], .text(language(.signingKeys))))
        body.append(keys.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet)))
            : .tag("ul", [], children: keys.map { key in
                .tag("li", [], .tag("code", [], .text(key.keyID.hex)), .text(key.revokedAtSeq == nil ? "" : " (\(language(.revoked)))"))
            }))
        // Only admitted members hold signing keys.
        if member?.status == .admitted && !keys.contains(where: { $0.revokedAtSeq == nil }) {
            body.append(.tag("form", [("method", "post"), ("action", "/account/keys")], children: csrf + [
                .tag("p", [("class", "muted")], .text(language(.custodialKeyHint))),
                .tag("button", [("type", "submit")], .text(language(.createCustodialKey))),
            ]))
        }
        body.append(.tag("h2", [], .text(language(.myProjects))))
        body.append(.tag("p", [], .tag("a", [("href", "/my/ideas")], .text(language(.myIdeas)))))
        body += MailPages.preferences(try await node.outbox.preferences(of: account.id), context: context, language: language)
        body.append(.tag("h2", [], .text(language(.apiTokens))))
        body.append(tokens.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: tokens.map { token in
            let created = "\(language(.createdOn)) \(format.date(CalendarDate(token.createdAt)))"
            guard !token.isRevoked else { return .tag("li", [], .text("\(token.name) — \(created), \(language(.revoked))")) }
            return .tag("li", [], .text("\(token.name) — \(created)"),
                        .tag("form", [("method", "post"), ("action", "/account/tokens/\(token.id)/revoke"), ("class", "inline")], children: csrf + [
                            .tag("button", [("type", "submit")], .text(language(.revoke))),
                        ]))
        }))
        body.append(.tag("form", [("method", "post"), ("action", "/account/tokens")], children: csrf + [
            .tag("label", [("for", "token-name")], .text(language(.tokenName))),
            .tag("input", [("id", "token-name"), ("name", "name"), ("required", "required"), ("maxlength", "100")]),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.createToken)))),
        ]))
        body.append(.tag("form", [("method", "post"), ("action", "/logout")], children: csrf + [
            .tag("button", [("type", "submit")], .text(language(.logOut))),
        ]))
        return layout.page(title: "\(language(.account)) — Glocal", body: body)
    }

    /// What waits for the member: the Challenges it judges, and the IP acts that need its
    /// signature, each with the forms to sign or decline it.
    private func waiting(for member: Member, csrf: [HTML]) async throws -> [HTML] {
        let language = layout.language
        var items: [HTML] = []
        for challenge in try await node.events.events(kind: .challenge, page: try PageRequest(limit: PageRequest.maximumLimit)).items
        where [.open, .running].contains(challenge.status) {
            guard try await node.challenges.judges(of: challenge.id).contains(member.id) else { continue }
            items.append(.tag("li", [], .tag("a", [("href", "/challenges/\(challenge.id)/judge")],
                                             .text("\(language(.scoringForm)): \(challenge.title)"))))
        }
        let requests = try await node.ipAssets.consentRequests(concerning: member.id).filter { $0.waitingFor.contains(member.id) }
        let names = try await PartyNames.load(requests.flatMap { $0.holders.map(\.memberID.rawValue) + ($0.proposedBy.map { [$0.rawValue] } ?? []) },
                                              node: node, layout: layout)
        let format = PageFormat(language: language)
        for request in requests {
            let split = request.holders.map { "\(names.name($0.memberID)) \(format.decimal(Double($0.units.value) / 100))\u{00A0}%" }
                .joined(separator: ", ")
            let asked = request.proposedBy.map { " (\(language(.askedBy)) \(names.name($0)))" } ?? ""
            items.append(.tag("li", [], children: [
                .text("\(language(request.act == .deposit ? .consentDeposit : .consentSplit)) «\(request.title)»\(asked): \(split). "),
                .tag("form", [("method", "post"), ("action", "/account/ip-consents/\(request.id)/signatures"), ("class", "inline")],
                     children: csrf + [.tag("button", [("type", "submit")], .text(language(.signConsent)))]),
                .tag("form", [("method", "post"), ("action", "/account/ip-consents/\(request.id)/declines"), ("class", "inline")],
                     children: csrf + [.tag("button", [("type", "submit")], .text(language(.declineConsent)))]),
            ]))
        }
        guard !items.isEmpty else { return [] }
        return [.tag("h2", [], .text(language(.waitingForYou))), .tag("ul", [], children: items)]
    }

    /// The page answering a token's creation: its secret, this once.
    func secret(_ created: NewAPIToken) -> HTML {
        let language = layout.language
        return layout.page(title: "\(language(.tokenSecret)) — Glocal", body: [
            .tag("h1", [], .text(language(.tokenSecret))),
            .tag("p", [], .text(created.token.name)),
            .tag("p", [("class", "notice")], .tag("code", [("class", "secret")], .text(created.secret))),
            .tag("p", [("class", "muted")], .text(language(.tokenSecretOnce))),
            .tag("p", [], .tag("a", [("href", "/account")], .text(language(.backToAccount)))),
        ])
    }
}

import Ledger
import Registry

/// Union staff's contract desk: the contracts, a form to propose a revenue share (the
/// same proposal as `POST /api/v1/contracts`), and a contract's page with its parties and
/// who has signed, its balances, distributions and each party's statement, and for staff
/// the forms to sign for the Union and to report the project's costs and revenue (the
/// same calls as the API's `…/signatures`, `…/costs` and `…/revenue`). A contract's page
/// is as public as the API's contract; only its forms are staff's.
enum StaffContractPages {
    /// Party rows on the proposal form; a contract with more parties goes through the API.
    static let partyRows = 4

    static func routes(node: Node, operations: ContractOperations) -> [Route] {
        let renderList: PageForm.Render = { context, layout, problem in try await list(context, layout, node: node, problem: problem) }
        let renderContract: PageForm.Render = { context, layout, problem in
            try await page(context, layout, node: node, problem: problem)
        }
        let back: @Sendable (RequestContext) throws -> String = { "/staff/contracts/\(try $0.parameter("contract_id"))" }
        let staff = Access.roles([.unionStaff])
        return [
            PageRoutes.page("/staff/contracts", operationID: "staffContractsPage",
                            summary: "Contracts, a page at a time, with the form to propose a revenue share (Union staff)",
                            action: .proposeContract, access: staff) { context, layout in
                try await renderList(context, layout, nil)
            },
            PageForm.route("/staff/contracts", operationID: "proposeContractFormSubmit",
                           summary: "Propose a revenue share from the contract desk (Union staff)", running: operations.propose,
                           access: staff, render: renderList, input: { _, fields in
                               let typed = fields["legal_text"] ?? ""
                               let draft = try proposal(fields, legalText: typed)
                               // Without the desk's own words the registry refuses the text, beside its field.
                               guard !typed[...].trimmingSpaces.isEmpty else { return draft }
                               return try proposal(fields, legalText: try await RevenueShareText.compose(draft, typed: typed, node: node))
                           },
                           then: { _, proposed in "/staff/contracts/\(proposed.id)" }),
            PageRoutes.page("/staff/contracts/{contract_id}", operationID: "contractPage",
                            summary: "A contract: parties and signatures, balances, distributions and statements; staff's forms",
                            action: .readContracts) { context, layout in
                try await renderContract(context, layout, nil)
            },
            PageForm.route("/staff/contracts/{contract_id}/signatures", operationID: "signContractForUnionFormSubmit",
                           summary: "Sign a contract for the Union (Union staff, as the API's signature asks of the party)",
                           running: operations.sign, render: renderContract, input: { context, _ in
                               .init(contract: try await ContractRoutes.contract(context, node.contracts), party: .union, signature: nil, act: ())
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/staff/contracts/{contract_id}/costs", operationID: "reportContractCostFormSubmit",
                           summary: "Report the Union's operating costs of a revenue share (Union staff)", running: operations.reportCost,
                           access: staff, render: renderContract, input: { context, fields in
                               .init(record: try await ContractRoutes.contract(context, node.contracts),
                                     value: try PageFields.roubles(fields["amount"], field: "amount").value)
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/staff/contracts/{contract_id}/revenue", operationID: "reportContractRevenueFormSubmit",
                           summary: "Report revenue to split by a revenue share's waterfall (Union staff)", running: operations.reportRevenue,
                           access: staff, render: renderContract, input: { context, fields in
                               .init(record: try await ContractRoutes.contract(context, node.contracts),
                                     value: (amount: try PageFields.roubles(fields["amount"], field: "amount").value, holders: nil))
                           }, then: { context, _ in try back(context) }),
        ]
    }

    /// A revenue share's proposal from the form's fields: the terms are written as the
    /// API's JSON and read by the same reader, so both refuse the same terms.
    private static func proposal(_ fields: [String: String], legalText: String) throws -> ContractProposal {
        func given(_ name: String) -> String? {
            let text = String(Substring(fields[name] ?? "").trimmingSpaces)
            return text.isEmpty ? nil : text
        }
        func party(_ name: String) throws -> PartyID {
            try PageFields.value(given(name), field: name)
        }
        func integer(_ name: String) throws -> Int64 {
            guard let value = given(name).flatMap({ Int64($0) }) else {
                throw RegistryValidationError(field: name, rule: .notAWholeNumber)
            }
            return value
        }
        var parties: [JSONValue] = []
        var shares: [JSONValue] = []
        var representatives: [PartyID: MemberID] = [:]
        for row in 1...partyRows where given("party_\(row)") != nil {
            let id = try party("party_\(row)")
            parties.append(["party": .string(id.rawValue), "role": .string(given("role_\(row)") ?? "")])
            if given("weight_\(row)") != nil { shares.append(["party": .string(id.rawValue), "weight": .integer(try integer("weight_\(row)"))]) }
            representatives[id] = try PageFields.value(given("representative_\(row)"), field: "representative_\(row)", as: MemberID?.self)
        }
        var parameters: JSONObject = ["town_fund": .string(try party("town_fund").rawValue), "town_fund_bp": .integer(try integer("town_fund_bp"))]
        if !shares.isEmpty { parameters["fixed_shares"] = .array(shares) }
        let rule = fields["termination"] == "by_all_parties" ? "by_all_parties" : "by_union"
        let terms: JSONValue = [
            "kind": .string(ContractKind.revenueShare.rawValue), "text_sha256": .string(SHA256.hash(Array(legalText.utf8)).hex),
            "parties": .array(parties), "termination": ["rule": .string(rule)], "parameters": .object(parameters),
        ]
        return ContractProposal(terms: try ContractTerms(json: terms), legalText: legalText,
                                projectID: try PageFields.value(given("project_id"), field: "project_id"), representatives: representatives)
    }

    private static func list(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let listed = try await node.contracts.contracts(ContractFilter(), page: try context.request.pageRequest())
        var titles: [ProjectID: String] = [:]
        for project in Set(listed.items.compactMap(\.projectID)) { titles[project] = try await node.projects.project(id: project)?.title }
        let rows: [HTML] = listed.items.map { contract in
            .tag("tr", [], .tag("td", [], .tag("a", [("href", "/staff/contracts/\(contract.id)")], .text(language(contract.kind.phrase))),
                                .text(" "), Identifier.shown(contract.id.rawValue, language: language)),
                 .tag("td", [], contract.projectID.map { .tag("a", [("href", "/projects/\($0)")], .text(titles[$0] ?? "—")) } ?? .text("—")),
                 .tag("td", [], .text(language(contract.status.phrase))),
                 .tag("td", [], .text(format.date(CalendarDate(contract.createdAt)))))
        }
        var body: [HTML] = [.tag("h1", [], .text(language(.staffContracts)))]
        body.append(rows.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("table", [], children: [
            .tag("thead", [], .tag("tr", [], children: [Phrase.contract, .project, .status, .date].map {
                .tag("th", [("scope", "col")], .text(language($0)))
            })),
            .tag("tbody", [], children: rows),
        ]))
        if let next = listed.next {
            body.append(.tag("p", [], .tag("a", [("href", "/staff/contracts?cursor=\(next.token)")],
                                        .text(language(.nextPage)))))
        }
        body.append(try await proposalForm(context, language: language, node: node, problem: problem))
        return layout.page(title: "\(language(.staffContracts)) — Glocal", body: body)
    }

    /// The proposal form: parties, representatives, the project and the town's fund are
    /// chosen from lists of names (the Union, towns' funds, admitted members, projects),
    /// never typed as ids; the values sent are the ids the API's proposal takes.
    private static func proposalForm(_ context: RequestContext, language: Language, node: Node, problem: String?) async throws -> HTML {
        let fields = context.request.method == .post ? FormBody.fields(of: context.request) : [:]
        let members = try await node.members.all(status: .admitted).filter { !$0.isErased }
            .map { ($0.id.rawValue, $0.name ?? $0.id.rawValue) }.sorted { $0.1 < $1.1 }
        let towns = try await node.cities.all()
        let funds = towns.map { ("town_fund:\($0.id)", language == .russian ? "Фонд развития города \($0.name)" : "\($0.name) development fund") }
        let projects = try await node.projects.projects().map { project in
            (project.id.rawValue, "\(project.title) — \(towns.first { $0.id == project.cityID }?.name ?? "—")")
        }.sorted { $0.1 < $1.1 }
        let union = (PartyID.union.rawValue, language == .russian ? "Союз умных городов" : "Smart-City Union")
        func input(_ name: String, _ label: Phrase, _ attributes: [(String, String)] = []) -> [HTML] {
            [.tag("label", [("for", "propose-\(name)")], .text(language(label))),
             .tag("input", [("id", "propose-\(name)"), ("name", name), ("value", fields[name] ?? "")] + attributes)]
        }
        func select(_ name: String, _ label: Phrase, _ options: [(String, String)], none: Bool) -> [HTML] {
            let chosen = fields[name] ?? ""
            let all = (none ? [("", "—")] : []) + options
            return [.tag("label", [("for", "propose-\(name)")], .text(language(label))),
                    .tag("select", [("id", "propose-\(name)"), ("name", name)], children: all.map { value, words in
                        .tag("option", [("value", value)] + (value == chosen ? [("selected", "selected")] : []), .text(words))
                    })]
        }
        var rows: [HTML] = []
        for row in 1...partyRows {
            rows.append(.tag("fieldset", [], children: [.tag("legend", [], .text("\(language(.party)) \(row)"))]
                + select("party_\(row)", .party, [union] + funds + members, none: true) + input("role_\(row)", .role)
                + input("weight_\(row)", .weight, [("inputmode", "numeric")])
                + select("representative_\(row)", .representative, members, none: true)))
        }
        let chosen = fields["termination"] ?? "by_union"
        return .tag("form", [("method", "post"), ("action", "/staff/contracts")], children: PageForm.csrfField(context) + [
            .tag("h2", [], .text(language(.proposeContract))),
            .tag("p", [("class", "muted")], .text(language(.proposeHint))),
            problemBeside(problem),
        ] + select("project_id", .project, projects, none: true) + [
            .tag("label", [("for", "propose-legal_text")], .text(language(.legalText))),
            .tag("textarea", [("id", "propose-legal_text"), ("name", "legal_text"), ("rows", "8"), ("required", "required")],
                 .text(fields["legal_text"] ?? "")),
        ] + rows + select("town_fund", .townFund, funds, none: false)
            + input("town_fund_bp", .townFundBasisPoints, [("inputmode", "numeric"), ("required", "required")]) + [
            .tag("label", [("for", "propose-termination")], .text(language(.termination))),
            .tag("select", [("id", "propose-termination"), ("name", "termination")], children: [
                ("by_union", Phrase.terminationByUnion), ("by_all_parties", .terminationByAllParties),
            ].map { value, phrase in
                .tag("option", [("value", value)] + (value == chosen ? [("selected", "selected")] : []), .text(language(phrase)))
            }),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.proposeContract)))),
        ])
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let contract = try await context.record("contract_id", notFound: language(.notFound)) { try await node.contracts.contract(id: $0) }
        let state = contract.state
        let names = try await PartyNames.load(contract.signatories.flatMap { [$0.party.id.rawValue] + ($0.actingMember.map { [$0.rawValue] } ?? []) }
                                              + state.balances.parties.map(\.rawValue)
                                              + state.distributions.flatMap { $0.parts.keys.map(\.rawValue) },
                                              node: node, layout: layout)
        var body: [HTML] = [
            layout.breadcrumbs([(language(.staffContracts), "/staff/contracts")], here: language(contract.kind.phrase)),
            .tag("h1", [], .text("\(language(.contract)): \(language(contract.kind.phrase))")),
            .tag("p", [("class", "muted")], Identifier.shown(contract.id.rawValue, language: language),
                 .text(" · \(language(.status)): \(language(contract.status.phrase))")),
        ]
        if let project = contract.projectID {
            let title = try await node.projects.project(id: project)?.title ?? project.rawValue
            body.append(.tag("p", [], .text("\(language(.project)): "), .tag("a", [("href", "/projects/\(project)")], .text(title))))
        }
        body += [
            .tag("p", [], .text("\(language(.legalTextHash)): "), .tag("code", [], .text(contract.terms.textSHA256.hex))),
            .tag("p", [], .text("\(language(.termsHash)): "), .tag("code", [], .text(contract.termsSHA256.hex))),
            .tag("details", [], .tag("summary", [], .text(language(.legalText))), .tag("pre", [], .text(contract.legalText))),
        ]
        body += try await signatures(of: contract, node: node, format: format, names: names)
        let staff = Policy.decide(actor: context.actor, action: .reportContractMoney) == .allow
        let csrf = PageForm.csrfField(context)
        func form(_ segment: String, _ children: [HTML]) -> HTML {
            let action = "/staff/contracts/\(contract.id)/\(segment)"
            return .tag("form", [("method", "post"), ("action", action)],
                        children: csrf + [String(context.request.path) == action ? problemBeside(problem) : .group([])] + children)
        }
        if staff && contract.terms.isParty(.union) && state.signatures[.union] == nil {
            body.append(form("signatures", [.tag("button", [("type", "submit")], .text(language(.signForUnion)))]))
        }
        body.append(.tag("h2", [], .text(language(.balances))))
        body.append(table([.party, .balance], rows: state.balances.parties.map { [.text(names.name($0.rawValue)), .text(format.money(kopecks: state.balances.balance(of: $0)))] },
                               language: language))
        if case .revenueShare = contract.terms.parameters {
            body.append(.tag("p", [], .text("\(language(.outstandingCosts)): \(format.money(kopecks: state.outstandingCosts))")))
        }
        body.append(.tag("h2", [], .text(language(.distributions))))
        body.append(table([.date, .event, .amount, .parts], rows: state.distributions.map { distribution in
            [.text(format.date(distribution.date)), .text(language(phraseOf: distribution.event)), .text(format.money(kopecks: distribution.amount)),
             .tag("ul", [], children: distribution.parts.sorted { $0.key < $1.key }.map {
                 .tag("li", [], .text("\(names.name($0.key.rawValue)): \(format.money(kopecks: $0.value))"))
             })]
        }, language: language))
        if staff, case .revenueShare = contract.terms.parameters {
            for (segment, phrase) in [("costs", Phrase.reportCosts), ("revenue", .reportRevenue)] {
                body.append(form(segment, [
                    .tag("h2", [], .text(language(phrase))),
                    .tag("label", [("for", "\(segment)-amount")], .text(language(.amountRoubles))),
                    .tag("input", [("id", "\(segment)-amount"), ("name", "amount"), ("inputmode", "decimal"), ("required", "required")]),
                    .tag("p", [], .tag("button", [("type", "submit")], .text(language(phrase)))),
                ]))
            }
        }
        body.append(.tag("h2", [], .text(language(.statements))))
        if state.balances.parties.isEmpty { body.append(.tag("p", [("class", "muted")], .text(language(.noneYet)))) }
        for party in state.balances.parties {
            body.append(.tag("h3", [], .text("\(names.name(party.rawValue)) — \(format.money(kopecks: state.balances.balance(of: party)))")))
            body.append(table([.date, .operation, .amount, .balance], rows: state.balances.statement(for: party).map {
                [.text(format.date($0.date)), .text(language(phraseOf: $0.what)), .text(format.money(kopecks: $0.amount)),
                 .text(format.money(kopecks: $0.balance))]
            }, language: language))
            body.append(.tag("p", [("class", "muted")],
                             .tag("a", [("href", "/api/v1/contracts/\(contract.id)/parties/\(party)/statement")], .text("JSON"))))
        }
        return layout.page(title: "\(language(.contract)) \(contract.id) — Glocal", body: body)
    }

    /// The parties with who acts for each, and when each signed (the ledger entry of its
    /// signature) or that it has not yet.
    static func signatures(of contract: Contract, node: Node, format: PageFormat, names: PartyNames) async throws -> [HTML] {
        let language = format.language
        var dates: [Int: CalendarDate] = [:]
        for (seq, event) in try await node.contracts.events(of: contract.id) { dates[seq] = event.date }
        return [
            .tag("h2", [], .text(language(.parties))),
            table([.party, .role, .actingMember, .signatures], rows: contract.signatories.map { signatory in
                let signed: HTML = signatory.signedSeq.map { seq in
                    .group([.text("\(language(.signed)) \(dates[seq].map(format.date) ?? "") · "),
                            .tag("a", [("href", "/ledger/\(seq)")], .text("\(language(.entry)) \(seq)"))])
                } ?? .tag("strong", [], .text(language(.notSignedYet)))
                return [names.link(signatory.party.id.rawValue), .text(CodeNames(language: format.language).contractRole(signatory.party.role)),
                        signatory.actingMember.map(names.link) ?? .text("—"), signed]
            }, language: language),
        ]
    }

    /// A table with a header row, or a word that there is nothing yet.
    private static func table(_ columns: [Phrase], rows: [[HTML]], language: Language) -> HTML {
        guard !rows.isEmpty else { return .tag("p", [("class", "muted")], .text(language(.noneYet))) }
        return .tag("table", [], children: [
            .tag("thead", [], .tag("tr", [], children: columns.map { .tag("th", [("scope", "col")], .text(language($0))) })),
            .tag("tbody", [], children: rows.map { cells in .tag("tr", [], children: cells.map { .tag("td", [], $0) }) }),
        ])
    }

    /// The refusal, said beside the form it answers.
    static func problemBeside(_ problem: String?) -> HTML {
        problem.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([])
    }
}

extension ContractKind {
    /// The kind's name in the catalogue.
    var phrase: Phrase {
        switch self {
        case .revenueShare: .kindRevenueShare
        case .milestoneTranches: .kindMilestoneTranches
        case .crowdfunding: .kindCrowdfunding
        case .subscription: .kindSubscription
        case .optionAgreement: .kindOptionAgreement
        }
    }
}

extension ContractStatus {
    /// The status's name in the catalogue.
    var phrase: Phrase {
        switch self {
        case .proposed: .contractProposed
        case .active: .contractActive
        case .terminated: .contractTerminated
        }
    }
}

extension Language {
    /// A statement line's or distribution's fixed label in words; a label the catalogue
    /// does not know is shown as written.
    func callAsFunction(phraseOf label: String) -> String {
        let phrases: [String: Phrase] = [
            "cost_recovery": .lineCostRecovery, "town_fund_share": .lineTownFundShare, "holder_share": .lineHolderShare,
            "pledge": .linePledge, "withdrawal": .lineWithdrawal, "refund": .lineRefund, "release": .lineRelease,
            "commitment": .lineCommitment, "tranche": .lineTranche, "subscription": .lineSubscription,
            "loyalty_return": .lineLoyaltyReturn, "developer_share": .lineDeveloperShare, "leftover": .lineLeftover,
            "revenue_reported": .lineRevenueReported, "terminated": .lineTerminated,
        ]
        return phrases[label].map { self($0) } ?? label
    }
}

import Registry

/// The pledge forms of an investment session's page and how their fields become a
/// `PledgeDraft`: equity at a pre-money valuation, or up to three tranches, each released
/// by a milestone that the same members attest. Each form sits in a `<details>` element,
/// so a phone shows the agenda first and the forms open without JavaScript.
struct InvestmentPledgeForms {
    let event: EventID
    let language: Language
    let csrf: [HTML]

    static let trancheRows = 3
    /// The class an accepted equity pledge creates on the cap table.
    static let equityClassName = "Привилегированные"

    /// The registry's draft from a submitted pledge form (`form` is `equity` or `tranches`).
    static func draft(from fields: [String: String]) throws -> PledgeDraft {
        let project = try PageFields.value(fields["project_id"], field: "project_id", as: ProjectID.self)
        let conditions = fields["conditions"] ?? ""
        switch fields["form"] {
        case "tranches":
            // One checkbox per member who may attest (`attester_<member id>`).
            let attesters = fields.keys.filter { $0.hasPrefix("attester_") }
                .compactMap { MemberID(rawValue: String($0.dropFirst("attester_".count))) }.sorted { $0.rawValue < $1.rawValue }
            guard !attesters.isEmpty else { throw RegistryValidationError(field: "attesters", rule: .chooseFromList) }
            var tranches: [PledgedTranche] = []
            for row in 1...trancheRows {
                let milestone = (fields["milestone_\(row)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let amount = fields["amount_\(row)"] ?? ""
                guard !milestone.isEmpty || !amount.allSatisfy(\.isWhitespace) else { continue }
                tranches.append(PledgedTranche(milestone: milestone, amount: try PageFields.roubles(amount, field: "amount_\(row)"),
                                               attesters: attesters))
            }
            guard !tranches.isEmpty else { throw RegistryValidationError(field: "milestone_1", rule: .tooFew(minimum: 1)) }
            let total = tranches.reduce(Int64(0)) { $0 + $1.amount.value }
            return PledgeDraft(projectID: project, amount: Kopecks(total), conditions: conditions, form: .tranches(tranches))
        default:
            return PledgeDraft(projectID: project, amount: try PageFields.roubles(fields["amount"], field: "amount"), conditions: conditions,
                               form: .equity(preMoney: try PageFields.roubles(fields["pre_money"], field: "pre_money"),
                                             shareClassName: equityClassName))
        }
    }

    /// Both pledge forms for one project on the agenda.
    /// Both pledge forms for one project on the agenda; the milestones' attesters are chosen
    /// by name among `attesters` (the investor itself, checked, and the project's team).
    func pledgeForms(for project: ProjectID, investor: MemberID?, attesters: [(MemberID, String)]) -> HTML {
        let prefix = "pledge-\(project)"
        let equity: [HTML] = [
            field("\(prefix)-amount", name: "amount", label: .amountRoubles, inputMode: "decimal"),
            field("\(prefix)-pre", name: "pre_money", label: .preMoneyRoubles, inputMode: "decimal"),
        ]
        var tranches: [HTML] = []
        for row in 1...Self.trancheRows {
            tranches.append(.tag("fieldset", [], children: [
                .tag("legend", [], .text("\(language(.tranche)) \(row)")),
                field("\(prefix)-milestone-\(row)", name: "milestone_\(row)", label: .milestone, required: row == 1),
                field("\(prefix)-amount-\(row)", name: "amount_\(row)", label: .amountRoubles, inputMode: "decimal", required: row == 1),
            ]))
        }
        var seen: Set<MemberID> = []
        let choices = attesters.filter { seen.insert($0.0).inserted }
        tranches.append(.tag("fieldset", [], children: [.tag("legend", [], .text(language(.attesters)))]
            + choices.enumerated().map { index, choice in
                let id = "\(prefix)-attester-\(index)"
                var box: [(String, String)] = [("type", "checkbox"), ("id", id), ("name", "attester_\(choice.0)"), ("value", "on")]
                if choice.0 == investor { box.append(("checked", "checked")) }
                return .tag("p", [("class", "choice")], .tag("input", box), .tag("label", [("for", id), ("class", "inline")], .text(choice.1)))
            }))
        tranches.append(.tag("p", [("class", "muted")], .text(language(.attestersHint))))
        return .group([
            form(project, kind: "equity", summary: .pledgeEquity, prefix: "\(prefix)-equity", fields: equity),
            form(project, kind: "tranches", summary: .pledgeTranches, prefix: "\(prefix)-tranches", fields: tranches),
        ])
    }

    /// A one-button form that withdraws or accepts `pledge`.
    func decision(_ pledge: Pledge, action: String, label: Phrase) -> HTML {
        .tag("form", [("method", "post"), ("action", "/investment-sessions/\(event)/\(action)")], children: csrf + [
            .tag("input", [("type", "hidden"), ("name", "pledge_id"), ("value", pledge.id.rawValue)]),
            .tag("button", [("type", "submit")], .text(language(label))),
        ])
    }

    func describe(_ form: PledgeForm, format: PageFormat) -> String {
        switch form {
        case let .equity(preMoney, _): "\(language(.pledgeEquity)), \(language(.preMoneyRoubles)): \(format.money(kopecks: preMoney.value))"
        case let .tranches(tranches):
            "\(language(.pledgeTranches)): " + tranches.map { "\($0.milestone) — \(format.money(kopecks: $0.amount.value))" }.joined(separator: "; ")
        }
    }

    static func phrase(_ status: PledgeStatus) -> Phrase {
        switch status {
        case .pledged: .pledgeStanding
        case .withdrawn: .pledgeWithdrawn
        case .accepted: .accepted
        }
    }

    private func form(_ project: ProjectID, kind: String, summary: Phrase, prefix: String, fields: [HTML]) -> HTML {
        .tag("details", [], .tag("summary", [], .text(language(summary))),
             .tag("form", [("method", "post"), ("action", "/investment-sessions/\(event)/pledges")], children: csrf + [
                .tag("input", [("type", "hidden"), ("name", "project_id"), ("value", project.rawValue)]),
                .tag("input", [("type", "hidden"), ("name", "form"), ("value", kind)]),
             ] + fields + [
                .tag("label", [("for", "\(prefix)-conditions")], .text(language(.conditions))),
                .tag("textarea", [("id", "\(prefix)-conditions"), ("name", "conditions")]),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.pledge)))),
             ]))
    }

    private func field(_ id: String, name: String, label: Phrase, inputMode: String? = nil, required: Bool = true, value: String = "") -> HTML {
        var attributes: [(String, String)] = [("id", id), ("name", name)]
        if let inputMode { attributes.append(("inputmode", inputMode)) }
        if required { attributes.append(("required", "required")) }
        if !value.isEmpty { attributes.append(("value", value)) }
        return .group([.tag("label", [("for", id)], .text(language(label))), .tag("input", attributes)])
    }
}

import Registry

extension StaffProjectDesk {
    /// The desk's forms: plain labelled fields, posted with the session's CSRF token to
    /// `action` + the form's own path, each with its refusal beside it.
    struct Forms {
        let language: Language
        let csrf: [HTML]
        let action: String
        let today: CalendarDate
        /// Whom a grant, a round or a transfer may name: the project's team, its holders
        /// and the Union, each as (id, name), by name.
        let stakeholders: [(String, String)]
        /// Whom a round may name: those and the Union's admitted investors.
        let investors: [(String, String)]

        func stage(_ current: ProjectStage, problem: String?) -> HTML {
            let next = ProjectStage.allCases.filter(current.successors.contains)
            guard !next.isEmpty || problem != nil else { return .tag("p", [("class", "muted")], .text(language(.finalStage))) }
            return form("stage", .moveStage, problem: problem, [
                .tag("label", [("for", "stage-stage")], .text(language(.newStage))),
                .tag("select", [("id", "stage-stage"), ("name", "stage")], children: next.map {
                    .tag("option", [("value", $0.rawValue)], .text(CodeNames(language: language).stage($0)))
                }),
            ])
        }

        func grant(classes: [ShareClassID], problem: String?) -> HTML {
            form("grants", .grantOptions, problem: problem, [
                select("grants", "grantee", .grantee, stakeholders),
                select("grants", "share_class", .shareClass, classes.map { ($0.rawValue, $0.rawValue) }),
                input("grants", "units", .units, numeric: true),
                input("grants", "exercise_price", .exercisePriceRoubles, numeric: true),
                input("grants", "cliff_months", .cliffMonths, value: "12", numeric: true),
                input("grants", "total_months", .totalMonths, value: "48", numeric: true),
                input("grants", "date", .grantDate, type: "date", value: today.rfc3339),
                input("grants", "expiry", .expiry, type: "date", value: today.addingMonths(120).rfc3339),
            ])
        }

        func round(problem: String?) -> HTML {
            var fields: [HTML] = [
                input("rounds", "name", .roundName),
                input("rounds", "share_class", .newShareClass),
                input("rounds", "date", .date, type: "date", value: today.rfc3339),
                input("rounds", "pre_money", .preMoneyRoubles, numeric: true),
            ]
            for row in 0..<StaffProjectDesk.investorRows {
                fields.append(.tag("fieldset", [], children: [
                    .tag("legend", [], .text("\(language(.investor)) \(row + 1)")),
                    select("rounds", "investor_\(row)", .investor, (row == 0 ? [] : [("", "—")]) + investors),
                    input("rounds", "amount_\(row)", .amountRoubles, numeric: true, required: row == 0),
                ]))
            }
            return form("rounds", .pricedRound, problem: problem, fields)
        }

        func transfer(holders: [(String, String)], classes: [ShareClassID], problem: String?) -> HTML {
            .group([
                .tag("p", [("class", "muted")], .text(language(.transferHint))),
                form("transfers", .transferShares, problem: problem, [
                    select("transfers", "from", .transferFrom, holders),
                    select("transfers", "to", .transferTo, stakeholders),
                    select("transfers", "share_class", .shareClass, classes.map { ($0.rawValue, $0.rawValue) }),
                    input("transfers", "units", .units, numeric: true),
                    input("transfers", "date", .date, type: "date", value: today.rfc3339),
                ]),
            ])
        }

        /// A form with its heading, its refusal first (announced), its fields and its button.
        private func form(_ path: String, _ title: Phrase, problem: String?, _ fields: [HTML]) -> HTML {
            .tag("section", [("id", path)], children: [
                .tag("h3", [], .text(language(title))),
                .tag("form", [("method", "post"), ("action", "\(action)/\(path)")], children: csrf + [
                    problem.map { .tag("p", [("id", "\(path)-error"), ("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                ] + fields + [
                    .tag("p", [], .tag("button", [("type", "submit")], .text(language(title)))),
                ]),
            ])
        }

        private func input(_ form: String, _ name: String, _ label: Phrase, type: String = "text", value: String = "",
                           numeric: Bool = false, required: Bool = true) -> HTML {
            var attributes = [("id", "\(form)-\(name)"), ("name", name), ("type", type), ("value", value)]
            if numeric { attributes.append(("inputmode", "numeric")) }
            if required { attributes.append(("required", "required")) }
            return .group([.tag("label", [("for", "\(form)-\(name)")], .text(language(label))), .tag("input", attributes)])
        }

        /// A choice among (value, words) pairs: people by name, never an id to type.
        private func select(_ form: String, _ name: String, _ label: Phrase, _ options: [(String, String)]) -> HTML {
            .group([
                .tag("label", [("for", "\(form)-\(name)")], .text(language(label))),
                .tag("select", [("id", "\(form)-\(name)"), ("name", name)], children: options.map {
                    .tag("option", [("value", $0.0)], .text($0.1))
                }),
            ])
        }
    }
}

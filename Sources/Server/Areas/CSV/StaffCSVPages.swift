import Registry

/// Union staff's CSV desk: a download link for every register the API exports (the
/// API's own routes, which take the session cookie) and, for each register that can be
/// imported, a form to paste CSV into. The import is the API's: every row is checked and
/// all are written or none; the answer is the desk again with the import's report beside
/// its form, the rows written or each refused row's line and reason.
enum StaffCSVPages {
    static func routes(operations: CSVOperations) -> [Route] {
        let staff = Access.roles([.unionStaff])
        return [
            PageRoutes.page("/staff/csv", operationID: "csvDeskPage", summary: "CSV downloads of the registers and import forms (Union staff)",
                            action: .exportRegister, access: staff) { context, layout in
                desk(context, layout, answered: nil)
            },
        ] + RegisterKind.importable.map { kind in
            PageForm.answer("/staff/csv/imports/\(kind.rawValue)", operationID: "import\(CSVRoutes.title(kind))CSVFormSubmit",
                            summary: "Import a register from pasted CSV, all rows or none, and show the report (Union staff)",
                            running: operations.importing(kind), access: staff, bodyLimit: CSVRoutes.importBodyLimit, success: .ok,
                            input: { _, fields in .init(bytes: Array((fields["csv"] ?? "").utf8), dryRun: false) },
                            respond: { context, layout, fields, report in
                                layout.response(desk(context, layout, answered: (kind, fields["csv"] ?? "", report)),
                                                status: report.written ? .ok : .unprocessableContent, switched: false)
                            })
        }
    }

    private static func desk(_ context: RequestContext, _ layout: PageLayout,
                             answered: (kind: RegisterKind, text: String, report: ImportReport)?) -> HTML {
        let language = layout.language
        let csrf = PageForm.csrfField(context)
        var body: [HTML] = [
            .tag("h1", [], .text(language(.csvDesk))),
            .tag("h2", [], .text(language(.csvExports))),
            .tag("ul", [], children: RegisterKind.allCases.map { kind in
                .tag("li", [], .tag("a", [("href", "/api/v1/exports/\(kind.rawValue).csv"), ("download", "\(kind.rawValue).csv")],
                                    .text("\(language(kind.phrase)) — \(kind.rawValue).csv")))
            }),
            .tag("h2", [], .text(language(.csvImports))),
            .tag("p", [("class", "muted")], .text(language(.csvHint))),
        ]
        for kind in RegisterKind.importable {
            let mine = answered?.kind == kind ? answered : nil
            body.append(.tag("form", [("method", "post"), ("action", "/staff/csv/imports/\(kind.rawValue)")], children: csrf + [
                .tag("h3", [], .text(language(kind.phrase))),
                mine.map { report($0.report, language: language) } ?? .group([]),
                .tag("label", [("for", "import-\(kind.rawValue)")], .text(language(.csvText))),
                .tag("textarea", [("id", "import-\(kind.rawValue)"), ("name", "csv"), ("rows", "8"), ("required", "required")],
                     .text(mine?.report.written == false ? mine?.text ?? "" : "")),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.importCSV)))),
            ]))
        }
        return layout.page(title: "\(language(.csvDesk)) — Glocal", body: body)
    }

    /// What the import did: the rows written, or that nothing was and why, row by row.
    private static func report(_ report: ImportReport, language: Language) -> HTML {
        guard !report.written else {
            return .tag("p", [("role", "status")], .text("\(language(.importedRows)): \(report.valid)"))
        }
        return .group([
            .tag("p", [("class", "error"), ("role", "alert")], .text("\(language(.importRefused)) (\(report.rows - report.valid) / \(report.rows))")),
            .tag("table", [], children: [
                .tag("thead", [], .tag("tr", [], children: [Phrase.importLine, .importField, .importReason].map {
                    .tag("th", [("scope", "col")], .text(language($0)))
                })),
                .tag("tbody", [], children: report.problems.map {
                    .tag("tr", [], .tag("td", [("class", "number")], .text(String($0.line))), .tag("td", [], .text($0.field)),
                         .tag("td", [("class", "error")], .text(CodeNames(language: language).rule($0.rule))))
                }),
            ]),
        ])
    }
}

extension RegisterKind {
    /// The register's name in the catalogue.
    var phrase: Phrase {
        switch self {
        case .cities: .towns
        case .members: .registerMembers
        case .projects: .projects
        }
    }
}

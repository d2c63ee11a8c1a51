import Foundation
import Ledger
import Registry

/// The staff desk of one project: its stage and the moves the ledger holds, its cap table
/// in full (classes, holders, option grants with vesting), and the forms that change them.
/// A refusal is shown beside the form that was sent, in the registry's own words.
struct StaffProjectDesk {
    static let investorRows = 3

    let node: Node
    let layout: PageLayout
    let context: RequestContext

    private var language: Language { layout.language }
    private var format: PageFormat { PageFormat(language: layout.language) }

    func render(_ project: Project, problem: String?) async throws -> HTML {
        let sent = problem == nil ? nil : String(context.request.path.split(separator: "/").last ?? "")
        let table = try await node.capTables.table(of: project.id)
        let today = node.capTables.today
        let asOf = max(today, table.latestDate ?? today)
        let stakeholders = Set(table.holdings.keys).union(table.grants.values.map(\.grant.grantee))
            .union(project.team.map { StakeholderID($0.memberID.rawValue) }).union([StakeholderID(PartyID.union.rawValue)])
        // A round may bring in the Union's investors, whether or not they hold a part yet.
        let investors = try await node.members.all(status: .admitted).filter { $0.roles.contains(.investor) }
            .map { StakeholderID($0.id.rawValue) }
        let names = try await PartyNames.load(stakeholders.union(investors).map(\.rawValue), node: node, layout: layout)
        let csrf = PageForm.csrfField(context)
        let forms = Forms(language: language, csrf: csrf, action: "/staff/projects/\(project.id)", today: today,
                          stakeholders: stakeholders.map { ($0.rawValue, names.name($0.rawValue)) }.sorted { $0.1 < $1.1 },
                          investors: stakeholders.union(investors).map { ($0.rawValue, names.name($0.rawValue)) }.sorted { $0.1 < $1.1 })
        var body: [HTML] = [
            layout.breadcrumbs([(language(.staffProjects), "/staff/projects")], here: project.title),
            .tag("h1", [], .text(project.title)),
            .tag("p", [], .tag("a", [("href", "/projects/\(project.id)")], .text(language(.publicPage))),
                 .text(" · "), .tag("a", [("href", "/staff/projects")], .text(language(.staffProjects)))),
            .tag("h2", [], .text(language(.stageTimeline))),
            .tag("p", [], .text("\(language(.stage)): \(CodeNames(language: language).stage(project.stage))")),
            StageTimeline(format: format).render(project, moves: try await node.projects.stageMoves(of: project.id)),
        ]
        body.append(forms.stage(project.stage, problem: sent == "stage" ? problem : nil))
        body.append(.tag("h2", [], .text(language(.capTable))))
        body += capTable(table.asOf(asOf), asOf: asOf, names: names)
        let classes = table.shareClasses.keys.sorted()
        body.append(forms.grant(classes: classes, problem: sent == "grants" ? problem : nil))
        body.append(forms.round(problem: sent == "rounds" ? problem : nil))
        body.append(forms.transfer(holders: table.holdings.keys.map { ($0.rawValue, names.name($0.rawValue)) }.sorted { $0.1 < $1.1 },
                                   classes: classes, problem: sent == "transfers" ? problem : nil))
        return layout.page(title: "\(project.title) — \(language(.staffProjects))", body: body)
    }

    private func capTable(_ table: CapTable, asOf: CalendarDate, names: PartyNames) -> [HTML] {
        let diluted = table.fullyDiluted(asOf: asOf)
        let issued = table.issuedByHolder
        let points = diluted.basisPoints
        return [
            .tag("p", [], .text("\(language(.issuedUnits)): \(format.integer(issued.total.value)) · "
                                + "\(language(.fullyDiluted)): \(format.integer(diluted.total.value)) · \(format.date(asOf))")),
            .tag("h3", [], .text(language(.shareClasses))),
            grid([language(.shareClass), language(.authorisedUnits), language(.issuedUnits), language(.reservedUnits)],
                 table.shareClasses.values.sorted { $0.id < $1.id }.map { state in
                     ["\(state.name) (\(state.id.rawValue), \(state.kind.rawValue))", format.integer(state.authorised.value),
                      format.integer(state.issued.value), format.integer(state.reserved.value)]
                 }),
            .tag("h3", [], .text(language(.holders))),
            grid([language(.holder), language(.issuedUnits), language(.fullyDiluted), language(.share)],
                 diluted.units.keys.sorted().map { holder in
                     [names.name(holder.rawValue), format.integer(issued.units[holder]?.value ?? 0), format.integer(diluted.units[holder]?.value ?? 0),
                      format.decimal(Double(points[holder] ?? 0) / 100) + " %"]
                 }),
            .tag("h3", [], .text(language(.optionGrants))),
            grid([language(.holder), language(.units), language(.exercisePriceRoubles), language(.vesting), language(.vestedUnits),
                  language(.exercisedUnits)],
                 table.grants.values.sorted { ($0.grant.date, $0.grant.id.rawValue) < ($1.grant.date, $1.grant.id.rawValue) }.map { state in
                     let grant = state.grant
                     return ["\(names.name(grant.grantee.rawValue)) (\(grant.shareClass.rawValue), \(format.date(grant.date)))",
                             format.integer(grant.units.value), format.money(kopecks: grant.exercisePrice.value),
                             vesting(grant.vesting) + " · \(language(.expiry)): \(format.date(grant.expiry))",
                             format.integer(state.vested(asOf: asOf).value), format.integer(state.exercised.value)]
                 }),
        ]
    }

    private func vesting(_ schedule: VestingSchedule) -> String {
        switch schedule {
        case let .cliffMonthly(start, cliffMonths, totalMonths):
            "\(format.date(start)): \(language(.cliffMonths)) \(cliffMonths), \(language(.totalMonths)) \(totalMonths)"
        case let .milestones(tranches):
            "\(language(.milestoneVesting)): " + tranches.map { "\($0.milestone.rawValue) \(format.integer($0.units.value))" }
                .joined(separator: ", ")
        }
    }

    /// A table with a header row; numbers (every column but the first) aligned right.
    private func grid(_ headers: [String], _ rows: [[String]]) -> HTML {
        guard !rows.isEmpty else { return .tag("p", [("class", "muted")], .text(language(.noneYet))) }
        return .tag("table", [], .tag("thead", [], .tag("tr", [], children: headers.enumerated().map { index, header in
            .tag("th", [("scope", "col")] + (index == 0 ? [] : [("class", "number")]), .text(header))
        })), .tag("tbody", [], children: rows.map { cells in
            .tag("tr", [], children: cells.enumerated().map { index, cell in
                .tag("td", index == 0 ? [] : [("class", "number")], .text(cell))
            })
        }))
    }
}

import Registry

/// A project's public page: what it is, its way through the stages, its team by role, its MVP plan, the towns that
/// adopted it, its cap table at the detail the project chose (a bar chart and a table of
/// fully diluted shares when it shows holders), and its contracts. Members appear by role
/// and, to signed-in readers, by name (`PartyNames`).
struct ProjectPage {
    let node: Node
    let layout: PageLayout

    /// How many of the project's contracts the page lists.
    static let contractLimit = 50

    func render(_ overview: ProjectOverview) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let (project, town, milestones, adoptions, contracts) = (overview.project, overview.town, overview.milestones,
                                                                 overview.adoptions, overview.contracts)
        let table = overview.capTable
        let shown = overview.capTableVisibility != .summary
        let holders = shown ? table.latestDate.map { Array(table.fullyDiluted(asOf: $0).basisPoints.keys.map(\.rawValue)) } ?? [] : []
        let names = try await PartyNames.load(project.team.map(\.memberID.rawValue) + holders + adoptions.map(\.cityID.rawValue),
                                              node: node, layout: layout)
        let codes = CodeNames(language: language)
        var body: [HTML] = [
            layout.breadcrumbs([(town?.name ?? "—", "/towns/\(project.cityID)")], here: project.title),
            .tag("h1", [], .text(project.title)),
            .tag("p", [("class", "muted")], .text("\(language(.stage)): \(codes.stage(project.stage)) · \(language(.direction)): \(project.direction)")),
            .tag("p", [], .tag("a", [("href", "/towns/\(project.cityID)")], .text(town?.name ?? project.cityID.rawValue))),
            .tag("h2", [], .text(language(.summary))),
            .tag("p", [], .text(project.summary)),
            .tag("h2", [], .text(language(.stageTimeline))),
            StageTimeline(format: format).render(project, moves: overview.stageMoves),
            .tag("p", [], .tag("a", [("href", "/feeds/projects/\(project.id)/changes.atom"), ("type", "application/atom+xml")],
                               .text(language(.projectFeed)))),
            .tag("h2", [], .text(language(.teamRoles))),
            .tag("ul", [], children: project.team.map { .tag("li", [], names.link($0.memberID), .text(" — \(codes.teamRole($0.role))")) }),
            .tag("h2", [], .text(language(.mvpPlan))),
            milestones.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: milestones.map {
                .tag("li", [], .text("\(format.date($0.dueOn)) — \($0.title) (\(codes.milestoneStatus($0.status)))"))
            }),
            .tag("h2", [], .text(language(.adoptions))),
            adoptions.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: adoptions.map {
                .tag("li", [], .tag("a", [("href", "/towns/\($0.cityID)")], .text(names.name($0.cityID.rawValue))))
            }),
        ]
        body += ipDeposits(overview.ideaAsset)
        body += capTable(table, shown: shown, format: format, names: names)
        body.append(.tag("h2", [], .text(language(.contracts))))
        body.append(contracts.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: contracts.map {
            .tag("li", [], .tag("a", [("href", "/staff/contracts/\($0.id)")],
                                .text("\(language($0.kind.phrase)) — \(language(.status)): \(language($0.status.phrase))")))
        }))
        return layout.page(title: "\(project.title) — Glocal", body: body)
    }

    /// The project's deposited IP (its idea's text, when put forward at a Game with one), each with its receipt's check.
    private func ipDeposits(_ idea: IPAsset?) -> [HTML] {
        let language = layout.language
        let assets = idea.map { [$0] } ?? []
        return [
            .tag("h2", [], .text(language(.ipDeposits))),
            assets.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: assets.map { asset in
                .tag("li", [], .text("\(asset.title) — "), .tag("a", [("href", "/verify?receipt=\(asset.id)")], .text(language(.depositReceipt))),
                     .text(" · "), .tag("a", [("href", "/ledger/\(asset.depositSeq)")], .text("\(language(.ledgerEntry)) № \(asset.depositSeq)")))
            }),
        ]
    }

    /// The cap table as the project chose to show it: the fully diluted total, and, unless it
    /// shows only that, each holder's share by name, drawn and as a table.
    private func capTable(_ table: CapTable, shown: Bool, format: PageFormat, names: PartyNames) -> [HTML] {
        let language = layout.language
        guard let date = table.latestDate else { return [] }
        let diluted = table.fullyDiluted(asOf: date)
        var section: [HTML] = [
            .tag("h2", [], .text(language(.capTable))),
            .tag("p", [], .text("\(language(.fullyDiluted)): \(format.count(diluted.total.value, .units))")),
        ]
        guard shown else { return section }
        let shares = diluted.basisPoints.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        section.append(SVGChart.bars(shares.map { holder, points in
            SVGChart.Point(label: names.name(holder.rawValue), value: Double(points) / 100,
                           text: format.decimal(Double(points) / 100) + "\u{00A0}%")
        }, maximum: 100, describedAs: language(.capTable),
           table: .init(summary: language(.figuresAsTable), labelHeading: language(.holder), valueHeading: language(.share))))
        return section
    }
}

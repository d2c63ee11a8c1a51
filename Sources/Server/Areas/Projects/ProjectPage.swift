import Registry

/// A project's public page: what it is, its way through the stages, its team by role, its MVP plan, the towns that
/// adopted it, its cap table at the detail the project chose (a bar chart and a table of
/// fully diluted shares when it shows holders), and its contracts. Names are personal
/// data and stay off the page; members appear by role and id.
struct ProjectPage {
    let node: Node
    let layout: PageLayout

    func render(_ project: Project) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let town = try await node.cities.city(id: project.cityID)
        let milestones = try await node.projects.milestones(of: project.id)
        let adoptions = try await node.projects.adoptions(of: project.id)
        let contracts = try await node.contracts.contracts(ContractFilter(projectID: project.id), page: try PageRequest(limit: 50)).items
        var body: [HTML] = [
            .tag("h1", [], .text(project.title)),
            .tag("p", [("class", "muted")], .text("\(language(.stage)): \(project.stage.rawValue) · \(language(.direction)): \(project.direction)")),
            .tag("p", [], .tag("a", [("href", "/towns/\(project.cityID)")], .text(town?.name ?? project.cityID.rawValue))),
            .tag("h2", [], .text(language(.summary))),
            .tag("p", [], .text(project.summary)),
            .tag("h2", [], .text(language(.stageTimeline))),
            try await StageTimeline(node: node, format: format).render(project),
            .tag("h2", [], .text(language(.teamRoles))),
            .tag("ul", [], children: project.team.map { .tag("li", [], .text("\($0.role.rawValue): \($0.memberID)")) }),
            .tag("h2", [], .text(language(.mvpPlan))),
            milestones.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: milestones.map {
                .tag("li", [], .text("\(format.date($0.dueOn)) — \($0.title) (\($0.status.rawValue))"))
            }),
            .tag("h2", [], .text(language(.adoptions))),
            adoptions.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: adoptions.map {
                .tag("li", [], .tag("a", [("href", "/towns/\($0.cityID)")], .text($0.cityID.rawValue)))
            }),
        ]
        body += try await ipDeposits(of: project)
        body += try await capTable(of: project, format: format)
        body.append(.tag("h2", [], .text(language(.contracts))))
        body.append(contracts.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: contracts.map {
            .tag("li", [], .tag("a", [("href", "/staff/contracts/\($0.id)")],
                                .text("\(language($0.kind.phrase)) — \(language(.status)): \(language($0.status.phrase))")))
        }))
        return layout.page(title: "\(project.title) — Glocal", body: body)
    }

    /// The project's deposited IP (its idea's text, when put forward at a Game with one), each with its receipt's check.
    private func ipDeposits(of project: Project) async throws -> [HTML] {
        let language = layout.language
        var assets: [IPAsset] = []
        if let id = try await node.games.idea(of: project.id)?.assetID, let asset = try await node.ipAssets.asset(id: id) { assets.append(asset) }
        return [
            .tag("h2", [], .text(language(.ipDeposits))),
            assets.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: assets.map { asset in
                .tag("li", [], .text("\(asset.title) — "), .tag("a", [("href", "/verify?receipt=\(asset.id)")], .text(language(.depositReceipt))),
                     .text(" · "), .tag("a", [("href", "/ledger/\(asset.depositSeq)")], .text("\(language(.ledgerEntry)) № \(asset.depositSeq)")))
            }),
        ]
    }

    private func capTable(of project: Project, format: PageFormat) async throws -> [HTML] {
        let language = layout.language
        let table = try await node.capTables.table(of: project.id)
        guard let date = table.latestDate else { return [] }
        let diluted = table.fullyDiluted(asOf: date)
        var section: [HTML] = [
            .tag("h2", [], .text(language(.capTable))),
            .tag("p", [], .text("\(language(.fullyDiluted)): \(format.integer(diluted.total.value))")),
        ]
        guard try await node.capTables.visibility(of: project.id) != .summary else { return section }
        let shares = diluted.basisPoints.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        section.append(SVGChart.bars(shares.map { ($0.key.rawValue, Int(($0.value + 50) / 100)) }, describedAs: language(.capTable)))
        section.append(.tag("table", [], .tag("thead", [], .tag("tr", [], .tag("th", [("scope", "col")], .text(language(.holder))),
                                                           .tag("th", [("scope", "col"), ("class", "number")], .text(language(.share))))),
                            .tag("tbody", [], children: shares.map { holder, points in
                                .tag("tr", [], .tag("td", [], .text(holder.rawValue)),
                                     .tag("td", [("class", "number")], .text(format.decimal(Double(points) / 100) + " %")))
                            })))
        return section
    }
}

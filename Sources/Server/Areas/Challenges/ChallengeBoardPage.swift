import Foundation
import Registry

/// A Challenge's public board in large type for a projector: the team and town tables
/// as they stand (frozen in the last phase if staff froze them), which the board script
/// then keeps live from the event stream.
struct ChallengeBoardPage {
    let node: Node
    let layout: PageLayout

    func render(_ event: Event) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let names = Dictionary(uniqueKeysWithValues: try await node.challenges.teamNames(of: event.id).map { ($0.key.rawValue, $0.value) })
        let townNames = try await TownNames.load(node: node)
        let settings = try await node.challenges.rules(of: event.id)
        let board = settings == nil ? nil : try await node.challenges.leaderboard(of: event.id, respectingFreeze: true)
        let status: Phrase = event.status == .sealed ? .sealed : settings?.frozenAt != nil ? .frozenBoard : .liveBoard
        let teamRows: [HTML] = (board?.teams ?? []).map { standing in
            row([String(standing.rank), names[standing.team.rawValue] ?? standing.team.rawValue,
                 standing.total.map { format.decimal($0) } ?? "—"])
        }
        let townRows: [HTML] = (board?.towns ?? []).map { town in
            row([String(town.rank), townNames[town.cityID.rawValue] ?? town.cityID.rawValue, format.decimal(town.score)])
        }
        return layout.page(title: "\(event.title) — \(language(.leaderboard))", body: [
            .tag("section", [("class", "board"), ("data-stream", "/api/v1/challenges/\(event.id)/leaderboard/stream"),
                             ("data-names", try json(names)), ("data-towns", try json(townNames)),
                             ("data-decimal", language == .russian ? "," : ".")], children: [
                .tag("h1", [], .text(event.title)),
                .tag("p", [("class", "muted")], .text(language(status))),
                .tag("h2", [], .text(language(.teamLeaderboard))),
                table([language(.rank), language(.team), language(.total)], body: "team-rows", rows: teamRows),
                .tag("h2", [], .text(language(.townLeaderboard))),
                table([language(.rank), language(.town), language(.score)], body: "town-rows", rows: townRows),
            ]),
        ], scripts: event.status == .sealed ? [] : ["/assets/board.js"])
    }

    private func row(_ cells: [String]) -> HTML {
        .tag("tr", [], children: cells.enumerated().map { index, cell in
            .tag("td", index == 1 ? [] : [("class", "number")], .text(cell))
        })
    }

    private func table(_ headings: [String], body id: String, rows: [HTML]) -> HTML {
        .tag("table", [], .tag("thead", [], .tag("tr", [], children: headings.enumerated().map { index, heading in
            .tag("th", index == 1 ? [("scope", "col")] : [("scope", "col"), ("class", "number")], .text(heading))
        })), .tag("tbody", [("id", id)], children: rows))
    }

    private func json(_ dictionary: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(dictionary), as: UTF8.self)
    }
}

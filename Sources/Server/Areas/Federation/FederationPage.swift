import Registry

/// The Union as this node sees it (`/federation`): each other town's node it follows,
/// how much of its log is verified and against which checkpoint, which trusted witnesses
/// cosigned it, what was mirrored, why the last round failed if it did; the events of other
/// towns, each sealed one with whether its published results match its seal entry; and the
/// evidence of logs that forked or did not reach their signed root.
enum FederationPage {
    static let path = "/federation"

    static func route(node: Node) -> Route {
        PageRoutes.page(path, operationID: "federationPage", summary: "The other towns' nodes this node follows, verified from their tiles",
                        sameForEveryMember: true) {
            _, layout in
            let language = layout.language
            let format = PageFormat(language: language)
            let followed = try await node.federation.followed()
            let counts = try await node.federation.counts()
            let evidence = try await node.witnessing.evidence()
            let events = try await node.federation.events()
            var body: [HTML] = [
                layout.breadcrumbs([], here: language(.unionNodes)),
                .tag("h1", [], .text(language(.unionNodes))),
                .tag("p", [], .text(language(.unionNodesLead))),
                .tag("p", [], .tag("a", [("href", MirroredPracticesPage.path)], .text(language(.otherTownsPractices))), .text(" · "),
                     .tag("a", [("href", FederationChallengesPage.path)], .text(language(.otherNodesChallenges)))),
            ]
            if followed.isEmpty { body.append(.tag("p", [("class", "muted")], .text(language(.noFollowedNodes)))) }
            for (index, followedNode) in followed.enumerated() {
                let count = counts[followedNode.origin] ?? (0, 0)
                var facts: [HTML] = [
                    .tag("dt", [], .text(language(.nodeAddress))), .tag("dd", [], .tag("a", [("href", followedNode.url)], .text(followedNode.url))),
                    .tag("dt", [], .text(language(.entriesVerified))), .tag("dd", [], .text(format.integer(Int64(followedNode.size)))),
                    .tag("dt", [], .text(language(.witnessesCosigned))),
                    .tag("dd", [], .text(followedNode.cosignedBy.isEmpty ? "—" : followedNode.cosignedBy.joined(separator: ", "))),
                    .tag("dt", [], .text(language(.mirrored))),
                    .tag("dd", [], .text("\(language(.towns)): \(count.towns) · \(language(.projects)): \(count.projects)")),
                ]
                if let verifiedAt = followedNode.verifiedAt {
                    facts += [.tag("dt", [], .text(language(.lastVerified))), .tag("dd", [], .text(format.moment(verifiedAt)))]
                }
                body.append(.tag("section", [("aria-labelledby", "node-\(index)")], children: [
                    .tag("h2", [("id", "node-\(index)")], .text(followedNode.origin)),
                    .tag("dl", [("class", "facts")], children: facts),
                    followedNode.failureCode.map { code in
                        .tag("p", [("class", "notice")], .text(language(FederationFailureWords.phrase(code: code))),
                             .text(followedNode.failedAt.map { " (\(format.moment($0)))" } ?? ""))
                    } ?? .group([]),
                    .tag("p", [], .tag("a", [("href", followedNode.logURL + "/checkpoint")], .text(language(.tiledLogLink)))),
                ]))
            }
            if !events.isEmpty {
                body.append(.tag("h2", [], .text(language(.otherTownsEvents))))
                body.append(.tag("ul", [("class", "hits")], children: events.map { event in
                    let page = EventID(rawValue: event.eventID).map { event.provenance.url + event.kind.pagePath($0) } ?? event.provenance.url
                    let state: Phrase = switch (event.sealedSeq, event.resultsCheck) {
                    case (nil, _): .notSealedYet
                    case (_, nil): .resultsNotReadYet
                    case (_, .match?): .resultsMatchTheSeal
                    case (_, .mismatch?): .resultsDoNotMatchTheSeal
                    }
                    return .tag("li", [], children: [
                        .tag("a", [("href", page)], .text(event.title ?? language(event.kind.phrase))),
                        .tag("span", [("class", "muted")], .text(" · \(language(event.kind.phrase))")),
                        .tag("p", [], .text(language(state))),
                        .tag("p", [], ProvenanceLine.html(event.provenance, language: language)),
                    ])
                }))
            }
            if !evidence.isEmpty {
                body.append(.tag("h2", [], .text(language(.misbehaviourEvidence))))
                body.append(.tag("ul", [], children: evidence.map { item in
                    .tag("li", [], .text("\(item.origin): \(language(FederationFailureWords.phrase(code: item.reason))) "),
                         .tag("span", [("class", "muted")], .text(format.moment(item.recordedAt))))
                }))
            }
            return layout.page(title: "\(language(.unionNodes)) — Glocal", body: body)
        }
    }
}

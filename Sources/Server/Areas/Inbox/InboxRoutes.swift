import Ledger
import Registry

/// «Ждёт вашего действия»: the acts waiting for the signed-in person, as a page with a
/// link to where each is done and as JSON for clients; both read the same list.
enum InboxRoutes {
    static func routes(waitingActs: WaitingActs, members: Members) -> [Route] {
        [
            Route(.get, "/api/v1/waiting-acts", operationID: "listOwnWaitingActs",
                  summary: "The acts waiting for the signed-in account: signatures, decisions, confirmations, marks",
                  tag: "accounts", action: .readOwnWaitingActs, access: .signedIn,
                  documentation: RouteDocumentation(response: "WaitingActs")) { context in
                let acts = try await waitingActs.waiting(for: context.signedIn, members: members)
                return try .json(JSONValue.object(["items": .array(acts.map(view))]))
            },
            PageRoutes.page("/my/inbox", operationID: "inboxPage", summary: "The acts waiting for the signed-in reader",
                            action: .readOwnWaitingActs, access: .signedIn) { context, layout in
                let acts = try await waitingActs.waiting(for: context.signedIn, members: members)
                return page(acts, layout: layout)
            },
        ]
    }

    static func view(_ act: WaitingAct) -> JSONValue {
        var fields: JSONObject = ["kind": .string(act.kind), "href": .string(act.address),
                                  "text": .string(act.words(CodeNames(language: .russian)))]
        if let id = act.recordID { fields["id"] = .string(id) }
        return .object(fields)
    }

    private static func page(_ acts: [WaitingAct], layout: PageLayout) -> HTML {
        let language = layout.language
        let names = CodeNames(language: language)
        let list: HTML = acts.isEmpty
            ? .tag("p", [], .text(language(.nothingWaits)))
            : .tag("ul", [("class", "waiting-acts")], children: acts.map { act in
                .tag("li", [], .tag("a", [("href", act.address)], .text(act.words(names))))
            })
        return layout.page(title: language(.waitingActs), body: [
            layout.breadcrumbs([(language(.account), "/account")], here: language(.waitingActs)),
            .tag("h1", [], .text(language(.waitingActs))),
            list,
        ])
    }
}

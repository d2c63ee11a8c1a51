import Registry

/// The acts that move events along, run alike by the JSON routes and the event desk:
/// Union staff move an event to its next status, and seal a closed one by its kind's own
/// act (a sealed Challenge also tells its live board).
struct EventOperations: Sendable {
    let create: Operation<EventDraft, Event>
    let move: Operation<Change<Event, EventStatus>, Event>
    let sealGame: Operation<EventID, Event>
    let sealCohort: Operation<EventID, Event>
    let sealSession: Operation<EventID, Event>
    let sealChallenge: Operation<EventID, Event>

    init(node: Node, challengeBoards: LiveEventFeed) {
        let events = node.events
        @Sendable func sealed(_ id: EventID) async throws -> Event {
            guard let found = try await events.event(id: id) else { throw APIError.notFound(detail: "No such event.") }
            return found
        }
        create = Operation("createEvent", action: .manageEvents) { _, draft in try await events.create(draft) }
        move = Operation("moveEvent", action: .manageEvents) { _, change in try await events.move(change.record.id, to: change.value) }
        sealGame = Operation("sealGame", action: .manageEvents) { _, id in
            _ = try await node.games.seal(id)
            return try await sealed(id)
        }
        sealCohort = Operation("sealAccelerator", action: .manageEvents) { _, id in
            _ = try await node.accelerators.seal(id)
            return try await sealed(id)
        }
        sealSession = Operation("sealInvestmentSession", action: .runInvestmentSession) { _, id in
            _ = try await node.investmentSessions.seal(id)
            return try await sealed(id)
        }
        sealChallenge = Operation("sealChallenge", action: .runChallenge, perform: { _, id in
            _ = try await node.challenges.seal(id)
            return try await sealed(id)
        }, effect: { id, _ in
            await challengeBoards.changed(id)
        })
    }

    /// The act that seals an event of `kind`.
    func seal(_ kind: EventKind) -> Operation<EventID, Event> {
        switch kind {
        case .game: sealGame
        case .accelerator: sealCohort
        case .investmentSession: sealSession
        case .challenge: sealChallenge
        }
    }
}

import Registry

extension RequestContext {
    /// The event of `kind` that the path's `event_id` names; an id of no event, or of an
    /// event of another kind, is a 404 with `detail`.
    func event(_ kind: EventKind, in events: Events, notFound detail: String) async throws -> Event {
        try await record("event_id", notFound: detail) { id in try await events.event(id: id).flatMap { $0.kind == kind ? $0 : nil } }
    }
}

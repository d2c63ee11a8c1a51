import Registry

extension EventKind {
    /// The catalogue's name for events of this kind, as headings and tables show it.
    var phrase: Phrase {
        switch self {
        case .game: .game
        case .accelerator: .accelerator
        case .investmentSession: .investmentSession
        case .challenge: .challenges
        }
    }

    /// The public page of the event `id` of this kind.
    func pagePath(_ id: EventID) -> String {
        switch self {
        case .game: "/games/\(id)"
        case .accelerator: "/accelerators/\(id)"
        case .investmentSession: "/investment-sessions/\(id)"
        case .challenge: "/challenges/\(id)/board"
        }
    }
}

extension EventStatus {
    /// The catalogue's word for where an event stands.
    var phrase: Phrase {
        switch self {
        case .draft: .statusDraft
        case .open: .statusOpen
        case .running: .statusRunning
        case .closed: .statusClosed
        case .sealed: .statusSealed
        }
    }
}

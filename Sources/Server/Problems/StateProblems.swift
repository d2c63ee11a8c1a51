import Registry

/// The refusals of acts by the state of what they act on, as problems that carry the state
/// (`current`), what was asked (`requested`) and what would be possible (`allowed`), so a
/// page can say it beside the field and a client can offer the allowed choice.
extension EventStateError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case .notFound:
            return ProblemDetails(.notFound, detail: description)
        case let .wrongStatus(_, _, current, allowed, _):
            var problem = ProblemDetails(.eventState, detail: description)
            problem.current = current.rawValue
            problem.allowed = allowed.map(\.rawValue)
            return problem
        case let .cannotMove(_, current, requested, next):
            var problem = ProblemDetails(.eventState, detail: description, errors: [.init(pointer: "/status", detail: description)])
            problem.current = current.rawValue
            problem.requested = requested.rawValue
            problem.allowed = next.map { [$0.rawValue] } ?? []
            return problem
        }
    }
}

extension ProjectStageError: ProblemConvertible {
    public var problem: ProblemDetails {
        var problem = ProblemDetails(.stageMove, detail: description, errors: [.init(pointer: "/stage", detail: description)])
        problem.current = current.rawValue
        problem.requested = requested.rawValue
        problem.allowed = allowed.map(\.rawValue)
        return problem
    }
}

extension IPConsentError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case .nothingChanges:
            ProblemDetails(.validation, detail: description, errors: [.init(pointer: "/holders", detail: description)])
        case .notASigner, .alreadySigned, .otherRequestPending, .splitChanged:
            ProblemDetails(.conflict, detail: description)
        }
    }
}

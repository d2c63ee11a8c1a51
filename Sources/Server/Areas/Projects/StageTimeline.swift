import Registry

/// A project's way through the stages, as its public page and the staff desk show it:
/// its creation as an idea, then each move with the date and a link to the
/// `project.stage` ledger entry that records it.
struct StageTimeline {
    let format: PageFormat

    func render(_ project: Project, moves: [ProjectStageMove]) -> HTML {
        let language = format.language
        let codes = CodeNames(language: language)
        return .tag("ol", [("class", "timeline")], children: [
            .tag("li", [], .text("\(format.date(CalendarDate(project.createdAt))) — \(language(.created)): \(codes.stage(.idea))")),
        ] + moves.map { move in
            .tag("li", [], .text("\(format.date(CalendarDate(move.movedAt))) — \(codes.stage(move.from)) → \(codes.stage(move.to)) "),
                 .tag("a", [("href", "/ledger/\(move.ledgerSeq)")], .text("\(language(.ledgerEntry)) № \(move.ledgerSeq)")))
        })
    }
}

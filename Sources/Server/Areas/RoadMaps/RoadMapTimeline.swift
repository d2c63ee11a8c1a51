import Registry

/// Road maps drawn on a time line in SVG by the server: a row per step of one town, or a
/// row per town with each of its steps a segment, so towns' progress compares at a glance.
/// A step is drawn over its planned dates and coloured by where it stands (done, under way,
/// planned, late); a line marks today. Each shape names itself in its `<title>`, and the
/// pages list the same facts in text beside the drawing.
enum RoadMapTimeline {
    /// One row: its label and its steps, and what the row says as a whole when it names
    /// its steps by one title (a town among many) rather than each step by its own.
    struct Row {
        let label: String
        let steps: [RoadMapStepRecord]
        var summary: String? = nil
    }

    static let width = 640.0
    static let rowHeight = 22.0
    static let top = 18.0
    static let bottom = 20.0
    static let right = 8.0

    /// The time line of `rows`, labelled in a left column `labelWidth` wide, with `today` marked.
    static func draw(_ rows: [Row], labelWidth: Double, today: CalendarDate, describedAs description: String,
                     language: Language) -> HTML {
        let steps = rows.flatMap(\.steps)
        guard let first = steps.map(\.plannedStart).min(), let last = steps.map(\.plannedEnd).max() else { return .group([]) }
        let format = PageFormat(language: language)
        let names = CodeNames(language: language)
        let span = Double(max(last.days(since: first) + 1, 1))
        let plotWidth = width - labelWidth - right
        let height = top + rowHeight * Double(rows.count) + bottom
        func x(_ day: CalendarDate, end: Bool = false) -> Double {
            labelWidth + Double(day.days(since: first) + (end ? 1 : 0)) / span * plotWidth
        }
        var shapes: [HTML] = [.tag("title", [], .text(description))]
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            shapes.append(.tag("text", [("x", number(labelWidth - 6)), ("y", number(y + 15)), ("text-anchor", "end"), ("font-size", "12"),
                                        ("class", "label")], .text(row.label)))
            let bars: [HTML] = row.steps.map { step in
                let left = x(step.plannedStart), right = x(step.plannedEnd, end: true)
                let state = step.isLate(on: today) ? "late" : step.status.rawValue
                let title: [HTML] = row.summary != nil ? [] : [.tag("title", [], .text(
                    "\(row.label): \(step.step.rawValue). \(language(step.step.phrase)) — "
                        + "\(format.date(step.plannedStart))…\(format.date(step.plannedEnd)), \(names.roadMapState(step, today: today))"))]
                return .tag("rect", [("x", number(left)), ("y", number(y + 4)), ("width", number(max(right - left, 2))),
                                     ("height", "14"), ("rx", "2"), ("class", state)], children: title)
            }
            if let summary = row.summary {
                shapes.append(.tag("g", [], children: [.tag("title", [], .text("\(row.label): \(summary)"))] + bars))
            } else {
                shapes += bars
            }
        }
        let axis = top + rowHeight * Double(rows.count)
        shapes.append(.tag("line", [("x1", number(labelWidth)), ("y1", number(axis)), ("x2", number(width - right)), ("y2", number(axis)),
                                    ("class", "axis")]))
        shapes.append(label(format.date(first), x: labelWidth, y: height - 4, anchor: "start"))
        shapes.append(label(format.date(last), x: width - right, y: height - 4, anchor: "end"))
        if first <= today && today <= last {
            let position = x(today)
            shapes.append(.tag("line", [("x1", number(position)), ("y1", number(top - 4)), ("x2", number(position)), ("y2", number(axis)),
                                        ("class", "today")]))
            shapes.append(label(language(.today), x: position, y: top - 6, anchor: position > width - 80 ? "end" : "middle"))
        }
        // On a narrow screen the drawing keeps a readable size and scrolls within its frame.
        return .tag("figure", [("class", "chart-figure")],
                    .tag("div", [("class", "timeline-frame"), ("tabindex", "0"), ("role", "group"), ("aria-label", description)],
                         .tag("svg", [("viewBox", "0 0 \(number(width)) \(number(height))"), ("role", "img"), ("aria-label", description),
                                      ("class", "timeline"), ("xmlns", "http://www.w3.org/2000/svg")], children: shapes)),
                    legend(language))
    }

    /// What each colour means, in words.
    private static func legend(_ language: Language) -> HTML {
        .tag("figcaption", [("class", "legend")], children: [
            ("done", Phrase.stepDone), ("underway", .stepUnderway), ("planned", .stepPlanned), ("late", .stepLate),
        ].map { state, phrase in
            .tag("span", [], .tag("svg", [("viewBox", "0 0 12 12"), ("width", "12"), ("height", "12"), ("aria-hidden", "true"), ("class", "timeline")],
                                   .tag("rect", [("x", "0.5"), ("y", "0.5"), ("width", "11"), ("height", "11"), ("class", state)])),
                 .text(" " + language(phrase)))
        })
    }

    private static func label(_ text: String, x: Double, y: Double, anchor: String) -> HTML {
        .tag("text", [("x", number(x)), ("y", number(y)), ("font-size", "11"), ("text-anchor", anchor), ("class", "label")], .text(text))
    }

    private static func number(_ value: Double) -> String {
        PageFormat.fixed(value, places: 1, separator: ".")
    }
}

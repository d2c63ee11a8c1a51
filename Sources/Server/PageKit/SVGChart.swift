/// Charts drawn by the server as SVG, so a town hall without internet or JavaScript still
/// sees its Atlas of Happiness: a line of dated figures, and bars of audit scores.
enum SVGChart {
    static let width = 320.0
    static let height = 120.0
    static let margin = 8.0

    /// A polyline through `points` (in date order), scaled to the chart, with a dot per
    /// figure and its value as the dot's title.
    static func line(_ points: [(label: String, value: Double)], describedAs description: String) -> HTML {
        guard let low = points.map(\.value).min(), let high = points.map(\.value).max() else { return .group([]) }
        let span = high - low == 0 ? 1 : high - low
        let step = points.count > 1 ? (width - 2 * margin) / Double(points.count - 1) : 0
        let coordinates = points.enumerated().map { index, point in
            (x: margin + Double(index) * step, y: height - margin - (point.value - low) / span * (height - 2 * margin), point: point)
        }
        let polyline = coordinates.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
        return .tag("svg", [("viewBox", "0 0 \(number(width)) \(number(height))"), ("role", "img"), ("aria-label", description),
                            ("class", "chart")], children: [
            .tag("title", [], .text(description)),
            .tag("polyline", [("points", polyline), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "2")]),
        ] + coordinates.map { coordinate in
            .tag("circle", [("cx", number(coordinate.x)), ("cy", number(coordinate.y)), ("r", "3")],
                 .tag("title", [], .text("\(coordinate.point.label): \(coordinate.point.value)")))
        })
    }

    /// Horizontal bars of scores from 0 to 100, one per labelled row.
    static func bars(_ rows: [(label: String, score: Int)], describedAs description: String) -> HTML {
        let rowHeight = 22.0
        let chartHeight = rowHeight * Double(max(rows.count, 1))
        return .tag("svg", [("viewBox", "0 0 \(number(width)) \(number(chartHeight))"), ("role", "img"),
                            ("aria-label", description), ("class", "chart")], children: [.tag("title", [], .text(description))]
            + rows.enumerated().map { index, row in
                .group([
                    .tag("rect", [("x", "120"), ("y", number(Double(index) * rowHeight + 4)), ("height", "14"),
                                  ("width", number(Double(max(0, min(row.score, 100))) * 1.9)), ("fill", "currentColor")]),
                    .tag("text", [("x", "0"), ("y", number(Double(index) * rowHeight + 16)), ("font-size", "12")],
                         .text("\(row.label) — \(row.score)")),
                ])
            })
    }

    private static func number(_ value: Double) -> String {
        PageFormat.fixed(value, places: 1, separator: ".")
    }
}

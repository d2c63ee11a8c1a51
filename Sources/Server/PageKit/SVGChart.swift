/// Charts drawn by the server as SVG, so a town hall without internet or JavaScript still
/// sees its Atlas of Happiness: a line of dated figures, and bars of scores. Each chart
/// names its values and units on its axes, and comes with the same figures as a table
/// (folded under the chart), which screen readers and printouts read instead.
enum SVGChart {
    /// One figure: where it sits on the axis (a date, an area), its value, and the value
    /// written for a person, with its unit.
    struct Point {
        let label: String
        let value: Double
        let text: String
    }

    /// A vertical axis shared by several charts (small multiples), so their lines compare:
    /// its lowest and highest value and how each is written.
    struct Scale {
        let low: Point
        let high: Point

        /// The scale that holds every one of `points`.
        init?(spanning points: [Point]) {
            guard let low = points.min(by: { $0.value < $1.value }), let high = points.max(by: { $0.value < $1.value }) else { return nil }
            self.low = low
            self.high = high
        }
    }

    /// The words of the table beneath a chart: what unfolds it, and its two column headings.
    struct Table {
        let summary: String
        let labelHeading: String
        let valueHeading: String
    }

    static let width = 320.0
    static let height = 150.0
    /// Room for the value labels on the left (at least; a longer label widens it) and the
    /// date labels below.
    static let left = 64.0
    /// The width of a label's character at the labels' 11 px, generously: digits, spaces and ₽.
    static let labelCharacterWidth = 6.4
    static let right = 12.0
    static let top = 12.0
    static let bottom = 24.0

    /// A line through `points` (in date order) with a dot per figure; a single figure is a
    /// dot. The vertical axis is labelled with the lowest and highest value, the horizontal
    /// one with the first and last date. Charts drawn on one `scale` share their vertical axis.
    static func line(_ points: [Point], scale: Scale? = nil, describedAs description: String, table: Table) -> HTML {
        guard let axis = scale ?? Scale(spanning: points), let first = points.first, let last = points.last else { return .group([]) }
        let lowest = axis.low, highest = axis.high
        let low = lowest.value, high = highest.value
        let span = high - low == 0 ? 1 : high - low
        // The axis moves right to leave room for its longest value label ("74 200 000 ₽").
        let left = max(Self.left, 10 + labelCharacterWidth * Double(max(highest.text.count, lowest.text.count)))
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let step = points.count > 1 ? plotWidth / Double(points.count - 1) : 0
        let coordinates = points.enumerated().map { index, point in
            (x: points.count > 1 ? left + Double(index) * step : left + plotWidth / 2,
             y: high == low ? top + plotHeight / 2 : top + (high - point.value) / span * plotHeight, point: point)
        }
        var shapes: [HTML] = [.tag("title", [], .text(description))] + axes(left: left, plotWidth: plotWidth, plotHeight: plotHeight)
        shapes.append(label(highest.text, x: left - 6, y: top + 4, anchor: "end"))
        if high != low { shapes.append(label(lowest.text, x: left - 6, y: top + plotHeight, anchor: "end")) }
        shapes.append(label(first.label, x: left, y: height - 6, anchor: "start"))
        if points.count > 1 { shapes.append(label(last.label, x: width - right, y: height - 6, anchor: "end")) }
        if coordinates.count > 1 {
            shapes.append(.tag("polyline", [("points", coordinates.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")),
                                            ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "2")]))
        }
        shapes += coordinates.map { coordinate in
            .tag("circle", [("cx", number(coordinate.x)), ("cy", number(coordinate.y)), ("r", "3.5"), ("fill", "currentColor")],
                 .tag("title", [], .text("\(coordinate.point.label): \(coordinate.point.text)")))
        }
        return figure(shapes, height: height, points: points, describedAs: description, table: table)
    }

    /// Horizontal bars of scores from 0 to `maximum`, one per row, each labelled above its
    /// bar across the chart's width (a label too long for it ends in "…"; the table beneath
    /// has it whole) and with its value written at its end.
    static func bars(_ rows: [Point], maximum: Double, describedAs description: String, table: Table) -> HTML {
        let rowHeight = 36.0
        let valueWidth = 44.0
        let chartHeight = rowHeight * Double(max(rows.count, 1)) + 4
        let barSpace = width - valueWidth
        let labelCharacters = Int(width / labelCharacterWidth)
        var shapes: [HTML] = [.tag("title", [], .text(description))]
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight + 4
            let length = max(0, min(row.value, maximum)) / maximum * barSpace
            let shown = row.label.count > labelCharacters ? String(row.label.prefix(labelCharacters - 1)) + "…" : row.label
            shapes.append(label(shown, x: 0, y: y + 10, anchor: "start"))
            shapes.append(.tag("rect", [("x", "0"), ("y", number(y + 15)), ("height", "14"), ("width", number(length)),
                                        ("fill", "currentColor")], .tag("title", [], .text("\(row.label): \(row.text)"))))
            shapes.append(label(row.text, x: length + 4, y: y + 26, anchor: "start"))
        }
        return figure(shapes, height: chartHeight, points: rows, describedAs: description, table: table)
    }

    /// The chart and, folded beneath it, its figures as a table.
    private static func figure(_ shapes: [HTML], height: Double, points: [Point], describedAs description: String,
                               table: Table) -> HTML {
        .tag("figure", [("class", "chart-figure")],
             .tag("svg", [("viewBox", "0 0 \(number(width)) \(number(height))"), ("role", "img"), ("aria-label", description),
                          ("class", "chart"), ("xmlns", "http://www.w3.org/2000/svg")], children: shapes),
             .tag("details", [],
                  .tag("summary", [], .text(table.summary)),
                  .tag("table", [],
                       .tag("caption", [], .text(description)),
                       .tag("thead", [], .tag("tr", [], .tag("th", [("scope", "col")], .text(table.labelHeading)),
                                              .tag("th", [("scope", "col")], .text(table.valueHeading)))),
                       .tag("tbody", [], children: points.map { point in
                           .tag("tr", [], .tag("td", [], .text(point.label)), .tag("td", [("class", "number")], .text(point.text)))
                       }))))
    }

    private static func axes(left: Double, plotWidth: Double, plotHeight: Double) -> [HTML] {
        [
            .tag("line", [("x1", number(left)), ("y1", number(top)), ("x2", number(left)), ("y2", number(top + plotHeight)),
                          ("stroke", "#8a8f98"), ("stroke-width", "1")]),
            .tag("line", [("x1", number(left)), ("y1", number(top + plotHeight)), ("x2", number(left + plotWidth)),
                          ("y2", number(top + plotHeight)), ("stroke", "#8a8f98"), ("stroke-width", "1")]),
        ]
    }

    private static func label(_ text: String, x: Double, y: Double, anchor: String) -> HTML {
        .tag("text", [("x", number(x)), ("y", number(y)), ("font-size", "11"), ("text-anchor", anchor), ("fill", "#374151")],
             .text(text))
    }

    private static func number(_ value: Double) -> String {
        PageFormat.fixed(value, places: 1, separator: ".")
    }
}

import Registry
import Testing

@testable import Server

/// What pages write for numbers and codes: CLDR plural forms, the registry's codes in
/// words, and charts whose SVG a browser's HTML parser reads as drawn.
@Suite struct PageWordsTests {
    @Test(arguments: [(1, "час"), (2, "часа"), (4, "часа"), (5, "часов"), (11, "часов"), (12, "часов"), (14, "часов"),
                      (21, "час"), (22, "часа"), (25, "часов"), (101, "час"), (111, "часов"), (112, "часов"), (0, "часов")])
    func russianCountsTakeTheirPluralForm(count: Int, noun: String) {
        #expect(PageFormat(language: .russian).count(Int64(count), .hours) == "\(count)\u{00A0}\(noun)")
    }

    @Test func englishCountsAreOneOrOther() {
        let format = PageFormat(language: .english)
        #expect(format.count(1, .hours) == "1\u{00A0}hour" && format.count(2, .hours) == "2\u{00A0}hours")
        #expect(format.count(1_000, .projects) == "1,000\u{00A0}projects")
    }

    @Test func everyStageRoleAndStatusReadsInRussianWords() {
        let codes = CodeNames(language: .russian)
        let cyrillic = { (text: String) in text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
        for stage in ProjectStage.allCases { #expect(cyrillic(codes.stage(stage)), "\(stage)") }
        for role in Role.allCases { #expect(cyrillic(codes.role(role)), "\(role)") }
        for role in TeamRole.allCases { #expect(cyrillic(codes.teamRole(role)), "\(role)") }
        for status in MilestoneStatus.allCases { #expect(cyrillic(codes.milestoneStatus(status)), "\(status)") }
        #expect(CodeNames(language: .russian).entryKind("cap.grant") == "опцион")
    }

    /// Inside `<svg>` an element without children must close itself, or the HTML parser
    /// puts everything after it inside it and draws one bar.
    @Test func emptySVGShapesCloseThemselves() {
        let html = HTML.tag("svg", [], children: [.tag("rect", [("width", "1")]), .tag("circle", [("r", "2")]),
                                                  .tag("text", [], .text("a"))]).rendered
        #expect(html == #"<svg><rect width="1" /><circle r="2" /><text>a</text></svg>"#)
        #expect(HTML.tag("br").rendered == "<br>")
    }

    @Test func aOnePointSeriesIsDrawnAsAPointWithItsTable() {
        let chart = SVGChart.line([.init(label: "01.03.2026", value: 1_850_000_000, text: "18 500 000 ₽")],
                                  describedAs: "Местные инвестиции",
                                  table: .init(summary: "Значения таблицей", labelHeading: "Дата", valueHeading: "Значение")).rendered
        #expect(chart.contains("<circle") && !chart.contains("<polyline"))
        #expect(chart.contains("<td>01.03.2026</td><td class=\"number\">18 500 000 ₽</td>") && !chart.contains("1850000000"))
    }
}

import Registry

/// The part of a town's page that shows the indicators the registry computes: for each, a
/// chart of its yearly figures and each figure with the ledger entries it sums, linked, so
/// a reader recounts it from the log.
enum ComputedIndicatorsSection {
    /// Entries linked beside a figure; the rest are counted.
    static let linkedEntries = 8

    static func render(_ computed: [ComputedIndicator: [ComputedFigure]], townID: CityID, language: Language) -> [HTML] {
        let format = PageFormat(language: language)
        var section: [HTML] = [
            .tag("h2", [], .text(language(.computedIndicators))),
            .tag("p", [("class", "muted")], .text(language(.computedIndicatorsLead))),
        ]
        let cards: [HTML] = ComputedIndicator.allCases.compactMap { indicator in
            guard let figures = computed[indicator], !figures.isEmpty else { return nil }
            let name = language(indicator.phrase)
            return .tag("li", [],
                        .tag("h3", [], .text(name)),
                        SVGChart.line(points(figures, format: format), describedAs: name,
                                      table: .init(summary: language(.figuresAsTable), labelHeading: language(.year),
                                                   valueHeading: language(.value))),
                        .tag("ul", [("class", "sources")], children: figures.map { figure in
                            .tag("li", [], children: [.text("\(figure.year): \(format.figure(figure.value, unit: indicator.unit)) · \(language(.sourceEntries)) ")]
                                + entries(figure.ledgerSeqs, language: language))
                        }))
        }
        section.append(cards.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noComputedFigures)))
            : .tag("ul", [("class", "cards")], children: cards))
        section.append(.tag("p", [], .tag("a", [("href", TownComparisonPage.path(for: .investedInProjects))],
                                            .text(language(.compareTowns)))))
        return section
    }

    /// A chart's points: one per year.
    static func points(_ figures: [ComputedFigure], format: PageFormat) -> [SVGChart.Point] {
        figures.map { SVGChart.Point(label: String($0.year), value: Double($0.value), text: format.figure($0.value, unit: $0.indicator.unit)) }
    }

    private static func entries(_ seqs: [Int], language: Language) -> [HTML] {
        var links: [HTML] = seqs.prefix(linkedEntries).enumerated().flatMap { index, seq -> [HTML] in
            (index > 0 ? [.text(", ")] : []) + [.tag("a", [("href", "/ledger/\(seq)")], .text("№\u{00A0}\(seq)"))]
        }
        if seqs.count > linkedEntries { links.append(.text(" \(language(.andMore)) \(seqs.count - linkedEntries)")) }
        return links
    }
}

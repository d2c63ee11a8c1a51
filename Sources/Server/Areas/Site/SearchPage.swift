import Registry

/// Browsing and searching the registry: one form that works without JavaScript (a GET
/// with labelled fields), and the first page of what the registry's own search finds.
struct SearchPage {
    /// The registers a reader can search, with the phrase naming each.
    enum Register: String, CaseIterable {
        case projects, ipAssets = "ip-assets", mentors, investors, practices

        var phrase: Phrase {
            switch self {
            case .projects: .projects
            case .ipAssets: .ipAssets
            case .mentors: .mentors
            case .investors: .investors
            case .practices: .practices
            }
        }
    }

    let node: Node
    let layout: PageLayout

    /// `projects` narrows the projects register to a town and a stage (a town page links
    /// here for the projects it does not list); the form keeps it while words change.
    func render(words: String?, register: Register, projects: ProjectFilter = ProjectFilter()) async throws -> HTML {
        let language = layout.language
        let query: SearchQuery?
        var problem: String?
        do {
            query = try words.flatMap { try SearchQuery($0) }
        } catch {
            query = nil
            problem = language(.searchTooLong)
        }
        let results = problem == nil ? try await items(query, register, projects) : []
        var narrowing: [HTML] = []
        if let town = projects.cityID { narrowing.append(.tag("input", [("type", "hidden"), ("name", "town"), ("value", town.rawValue)])) }
        if let stage = projects.stage { narrowing.append(.tag("input", [("type", "hidden"), ("name", "stage"), ("value", stage.rawValue)])) }
        return layout.page(title: "\(language(.searchRegistry)) — Glocal", body: [
            .tag("h1", [], .text(language(.searchRegistry))),
            .tag("form", [("method", "get"), ("action", "/search")], children: narrowing + Self.wordsField(words, problem: problem, language: language) + [
                .tag("label", [("for", "in")], .text(language(.searchIn))),
                .tag("select", [("id", "in"), ("name", "in")], children: Register.allCases.map { option in
                    .tag("option", [("value", option.rawValue)] + (option == register ? [("selected", "selected")] : []),
                         .text(language(option.phrase)))
                }),
                .tag("button", [("type", "submit")], .text(language(.find))),
            ]),
            .tag("h2", [], .text(language(.results))),
            results.isEmpty ? .tag("p", [("class", "muted")], .text(language(.nothingFound)))
                : .tag("ul", [], children: results.map { item in
                    item.link.map { .tag("li", [], .tag("a", [("href", $0)], .text(item.title))) } ?? .tag("li", [], .text(item.title))
                }),
        ])
    }

    /// The labelled search box, with the refusal of words that are too long beside it.
    static func wordsField(_ words: String?, problem: String?, language: Language) -> [HTML] {
        [
            .tag("label", [("for", "q")], .text(language(.searchWords))),
            .tag("input", [("id", "q"), ("name", "q"), ("type", "search"), ("value", words ?? ""), ("maxlength", "200")]
                 + (problem == nil ? [] : [("aria-invalid", "true"), ("aria-describedby", "q-error")])),
            problem.map { .tag("p", [("id", "q-error"), ("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
        ]
    }

    private func items(_ query: SearchQuery?, _ register: Register, _ projects: ProjectFilter) async throws -> [(title: String, link: String?)] {
        let page = try PageRequest(limit: 50)
        switch register {
        case .projects:
            return try await node.projects.projects(projects, matching: query, page: page).items
                .map { ($0.title, "/projects/\($0.id)") }
        case .ipAssets:
            return try await node.ipAssets.assets(matching: query, page: page).items.map { ("\($0.title) (\($0.kind.rawValue))", nil) }
        case .mentors:
            return try await node.profiles.mentorProfiles(matching: query, page: page).items
                .map { ("\($0.memberID): \($0.competencies.joined(separator: ", "))", nil) }
        case .investors:
            return try await node.profiles.investorProfiles(matching: query, page: page).items
                .map { ("\($0.memberID): \($0.directions.joined(separator: ", "))", nil) }
        case .practices:
            return try await node.practices.practices(matching: query, page: page).items.map { ($0.title, nil) }
        }
    }
}

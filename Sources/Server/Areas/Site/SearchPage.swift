import Foundation
import Registry

/// Searching the registry (`/search`): one form that works without JavaScript (a GET with
/// labelled fields) and, by default, one search over everything — projects, IP assets,
/// practices, mentors, investors, towns and communities — each register's first finds
/// under its heading with a link to the rest, then the projects mirrored from other
/// towns' nodes (`Federation`), each with the node and entry it comes from. Each find shows what it is (a project's
/// town and stage, an asset's kind, a person's competencies) and the part of its text
/// where the words were found, marked. A search that finds nothing is tried again with
/// its misspelt words corrected (`Spelling`), and the page says so.
struct SearchPage {
    /// The registers a reader can search, with the phrase naming each.
    enum Register: String, CaseIterable {
        case everything = "all", projects, ipAssets = "ip-assets", practices, mentors, investors, towns, union

        var phrase: Phrase {
            switch self {
            case .everything: .everywhere
            case .projects: .projects
            case .ipAssets: .ipAssets
            case .practices: .practices
            case .mentors: .mentors
            case .investors: .investors
            case .towns: .townsAndCommunities
            case .union: .otherTowns
            }
        }
    }

    /// One find: its title (linked where it has a page), what it is, and the words found in context.
    struct Hit {
        let title: String
        let link: String?
        let about: String?
        let fragment: HTML?
    }

    /// How many finds a register shows when every register is searched, and alone.
    static let perRegister = 5
    static let alone = 50

    let node: Node
    let layout: PageLayout

    /// `projects` narrows the projects register to a town and a stage (a town page links
    /// here for the projects it does not list); the form keeps it while words change.
    func render(words: String?, register: Register, projects: ProjectFilter = ProjectFilter()) async throws -> HTML {
        let language = layout.language
        var query: SearchQuery?
        var problem: String?
        do {
            query = try words.flatMap { try SearchQuery($0) }
        } catch {
            query = nil
            problem = language(.searchTooLong)
        }
        let registers = register == .everything ? Register.allCases.filter { $0 != .everything } : [register]
        let towns = Dictionary(try await node.cities.all().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var found = problem == nil ? try await hits(query, in: registers, projects, towns: towns) : []
        var correction: SpellingCorrection?
        if let typed = query, found.allSatisfy({ $0.hits.isEmpty }), let corrected = try await node.spelling.correction(of: typed) {
            correction = corrected
            query = corrected.query
            found = try await hits(corrected.query, in: registers, projects, towns: towns)
        }
        let names = CodeNames(language: language)
        func choice(_ name: String, _ label: Phrase, any: Phrase, _ options: [(value: String, words: String)], chosen: String?) -> [HTML] {
            [.tag("label", [("for", name)], .text(language(label))),
             .tag("select", [("id", name), ("name", name)], children: [.tag("option", [("value", "")], .text(language(any)))] + options.map { option in
                 .tag("option", [("value", option.value)] + (option.value == chosen ? [("selected", "selected")] : []), .text(option.words))
             })]
        }
        // Narrowing by town applies to projects and practices, by stage to projects.
        let narrowing = choice("town", .town, any: .everyTown, towns.values.sorted { $0.name < $1.name }.map { ($0.id.rawValue, $0.name) },
                               chosen: projects.cityID?.rawValue)
            + choice("stage", .stage, any: .anyStage, ProjectStage.allCases.map { ($0.rawValue, names.stage($0)) }, chosen: projects.stage?.rawValue)
        var body: [HTML] = [
            .tag("h1", [], .text(language(.searchRegistry))),
            .tag("form", [("method", "get"), ("action", "/search")], children: Self.wordsField(words, problem: problem, language: language) + [
                .tag("label", [("for", "in")], .text(language(.searchIn))),
                .tag("select", [("id", "in"), ("name", "in")], children: Register.allCases.map { option in
                    .tag("option", [("value", option.rawValue)] + (option == register ? [("selected", "selected")] : []),
                         .text(language(option.phrase)))
                }),
            ] + narrowing + [.tag("p", [], .tag("button", [("type", "submit")], .text(language(.find))))]),
        ]
        if let correction {
            let typed = correction.replacements.map(\.typed).joined(separator: " ")
            let corrected = correction.replacements.map(\.corrected).joined(separator: " ")
            body.append(.tag("p", [("class", "notice"), ("role", "status")],
                             .text("\(language(.nothingFoundFor)) «\(typed)». \(language(.showingFindsFor)) "),
                             .tag("mark", [], .text(corrected)), .text(".")))
        }
        if found.allSatisfy({ $0.hits.isEmpty }) {
            body.append(.tag("p", [("class", "muted")], .text(language(.nothingFound))))
        }
        for (shown, hits) in found where !hits.isEmpty {
            body.append(.tag("h2", [], .text(language(shown.phrase))))
            body.append(.tag("ul", [("class", "hits")], children: hits.map { hit in
                .tag("li", [], children: [
                    hit.link.map { .tag("a", [("href", $0)], .text(hit.title)) } ?? .text(hit.title),
                    hit.about.map { .tag("span", [("class", "muted")], .text(" · \($0)")) } ?? .group([]),
                    hit.fragment.map { .tag("p", [("class", "fragment")], $0) } ?? .group([]),
                ])
            }))
            if register == .everything && hits.count == Self.perRegister {
                var more = "/search?in=\(shown.rawValue)"
                if let words = query?.words.joined(separator: " "), let escaped = words.addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
                    more += "&q=\(escaped)"
                }
                body.append(.tag("p", [], .tag("a", [("href", more)], .text("\(language(.allFinds)): \(language(shown.phrase))"))))
            }
        }
        return layout.page(title: "\(language(.searchRegistry)) — Glocal", body: body)
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

    private func hits(_ query: SearchQuery?, in registers: [Register], _ projects: ProjectFilter,
                      towns: [CityID: City]) async throws -> [(register: Register, hits: [Hit])] {
        var found: [(register: Register, hits: [Hit])] = []
        for register in registers {
            found.append((register, try await hits(query, in: register, projects, towns: towns,
                                                   limit: registers.count > 1 ? Self.perRegister : Self.alone)))
        }
        return found
    }

    private func hits(_ query: SearchQuery?, in register: Register, _ filter: ProjectFilter, towns: [CityID: City],
                      limit: Int) async throws -> [Hit] {
        let language = layout.language
        let names = CodeNames(language: language)
        let page = try PageRequest(limit: limit)
        switch register {
        case .everything:
            return []
        case .projects:
            return try await node.projects.projects(filter, matching: query, page: page).items.map { project in
                Hit(title: project.title, link: "/projects/\(project.id)",
                    about: [towns[project.cityID]?.name, names.stage(project.stage), project.direction].compactMap { $0 }.joined(separator: " · "),
                    fragment: Highlight.fragment(project.summary, query: query))
            }
        case .ipAssets:
            guard filter.cityID == nil && filter.stage == nil else { return [] }
            return try await node.ipAssets.assets(matching: query, page: page).items.map { asset in
                Hit(title: asset.title, link: "/verify?receipt=\(asset.id)", about: names.ipAssetKind(asset.kind),
                    fragment: asset.description.map { Highlight.fragment($0, query: query) })
            }
        case .practices:
            guard filter.stage == nil else { return [] }
            return try await node.practices.practices(cityID: filter.cityID, matching: query, page: page).items.map { practice in
                Hit(title: practice.title, link: "/towns/\(practice.cityID)", about: towns[practice.cityID]?.name,
                    fragment: Highlight.fragment(practice.summary + " " + practice.results, query: query))
            }
        case .mentors:
            guard filter.cityID == nil && filter.stage == nil else { return [] }
            let profiles = try await node.profiles.mentorProfiles(matching: query, page: page).items
            let people = try await PartyNames.load(profiles.map(\.memberID.rawValue), node: node, layout: layout)
            return profiles.map { profile in
                Hit(title: people.name(profile.memberID), link: "/members/\(profile.memberID)",
                    about: profile.cityIDs.compactMap { towns[$0]?.name }.joined(separator: ", "),
                    fragment: Highlight.fragment(profile.competencies.joined(separator: ", "), query: query))
            }
        case .investors:
            guard filter.cityID == nil && filter.stage == nil else { return [] }
            let profiles = try await node.profiles.investorProfiles(matching: query, page: page).items
            let people = try await PartyNames.load(profiles.map(\.memberID.rawValue), node: node, layout: layout)
            return profiles.map { profile in
                Hit(title: people.name(profile.memberID), link: "/members/\(profile.memberID)", about: names.investorKind(profile.kind),
                    fragment: Highlight.fragment(profile.directions.joined(separator: ", "), query: query))
            }
        case .towns:
            guard filter.cityID == nil && filter.stage == nil else { return [] }
            let matchingTowns = towns.values.filter { query?.matches($0.name, $0.region) ?? true }.sorted { $0.name < $1.name }
                .map { Hit(title: $0.name, link: "/towns/\($0.id)", about: $0.region, fragment: nil) }
            let communities = try await node.communities.all(kind: nil, cityID: nil).filter { query?.matches($0.name) ?? true }
                .map { Hit(title: $0.name, link: $0.cityID.map { "/towns/\($0)" }, about: $0.cityID.flatMap { towns[$0]?.name }, fragment: nil) }
            return Array((matchingTowns + communities).prefix(limit))
        case .union:
            guard let query, filter.cityID == nil && filter.stage == nil else { return [] }
            let names = CodeNames(language: layout.language)
            let projects = try await node.federation.projects(matching: query, limit: limit).map { project in
                Hit(title: project.title ?? project.projectID, link: project.provenance.url + "/projects/\(project.projectID)",
                    about: [project.townName, names.stage(project.stage)].compactMap { $0 }.joined(separator: " · "),
                    fragment: ProvenanceLine.html(project.provenance, language: layout.language))
            }
            let practices = try await node.federation.practices(matching: query, limit: limit).map { practice in
                Hit(title: practice.title ?? practice.practiceID, link: MirroredPracticesPage.path,
                    about: [layout.language(.practice), practice.townName].compactMap { $0 }.joined(separator: " · "),
                    fragment: ProvenanceLine.html(practice.provenance, language: layout.language))
            }
            return Array((projects + practices).prefix(limit))
        }
    }
}

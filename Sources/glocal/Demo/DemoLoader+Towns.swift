import Registry

/// Towns with their Atlas of Happiness, and the communities.
extension DemoLoader {
    mutating func loadTowns() async throws {
        for town in seeds.towns.towns {
            let city = try await node.cities.register(name: town.name, region: town.region, population: town.population)
            towns[town.key] = city.id
            _ = try await node.cityProfiles.setDirections(town.directions, of: city.id)
            for audit in town.audits {
                _ = try await node.cityProfiles.recordAudit(of: city.id, area: audit.area, score: audit.score,
                                                            auditedOn: audit.on.value)
            }
            for figure in town.indicators {
                _ = try await node.cityProfiles.recordFigure(of: city.id, indicator: figure.indicator, value: figure.value,
                                                             measuredOn: figure.on.value)
            }
        }
    }

    func loadCommunities() async throws {
        for community in seeds.towns.communities {
            let created = try await node.communities.create(kind: community.kind, name: community.name,
                                                            cityID: try community.town.map { try town($0) })
            for key in community.members {
                _ = try await node.communities.add(try member(key), to: created.id)
            }
        }
    }
}

import Ledger
import Registry

/// Towns with their Atlas of Happiness and road maps, and the communities.
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
            try await loadRoadMap(town.roadMap, of: city.id)
        }
    }

    private func loadRoadMap(_ seed: DemoTowns.RoadMap, of city: CityID) async throws {
        let roadMap = try await node.roadMaps.start(city, on: seed.startsOn.value)
        for moved in seed.steps {
            guard let step = RoadMapStep(rawValue: moved.step) else { throw DemoError.invalidValue(field: "road_map.steps.step", reason: "must be 1 to 14, not \(moved.step)") }
            let planned = roadMap.steps[step.rawValue - 1]
            _ = try await node.roadMaps.change(step, of: city, to: RoadMapStepChange(
                owner: moved.owner ?? planned.owner, plannedStart: planned.plannedStart, plannedEnd: planned.plannedEnd, status: moved.status))
            for evidence in moved.evidence ?? [] {
                _ = try await node.roadMaps.deposit(SHA256.hash(Array(evidence.text.utf8)), titled: evidence.title, for: step, of: city)
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

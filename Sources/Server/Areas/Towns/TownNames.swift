import Registry

/// Every town's name by id that a page of a Challenge across towns may need: this node's
/// towns, and the towns mirrored from the other towns' nodes it follows.
enum TownNames {
    static func load(node: Node) async throws -> [String: String] {
        var names: [String: String] = [:]
        for town in try await node.federation.towns() { if let name = town.name { names[town.cityID] = name } }
        for town in try await node.cities.all() { names[town.id.rawValue] = town.name }
        return names
    }
}

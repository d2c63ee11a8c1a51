/// A town to register, as a batch import states it. `id` is set only when restoring
/// cities exported from a node, so that members naming them still find them.
public struct CityRegistration: Sendable {
    public var id: CityID?
    public var name: String
    public var region: String
    public var population: Int?

    public init(id: CityID? = nil, name: String, region: String, population: Int?) {
        self.id = id
        self.name = name
        self.region = region
        self.population = population
    }
}

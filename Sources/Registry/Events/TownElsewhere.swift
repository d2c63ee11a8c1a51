/// A town registered on another town's node that takes part in an event of this node (a
/// Challenge across towns): that node's log origin and the town's id there. Its teams
/// are nominated on its own node and taken from that node's log.
public struct TownElsewhere: Hashable, Sendable {
    public let origin: String
    public let cityID: CityID

    public init(origin: String, cityID: CityID) {
        self.origin = origin
        self.cityID = cityID
    }
}

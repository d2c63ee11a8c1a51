/// The parameters of an option agreement: it binds the Union's option to a grant the cap
/// table keeps (by its id); the grant itself, its vesting and exercise live there.
public struct OptionTerms: Sendable, Equatable {
    public let grantID: String
    public let units: Int64
    public let exercisePrice: Kopecks

    public init(grantID: String, units: Int64, exercisePrice: Kopecks) {
        self.grantID = grantID
        self.units = units
        self.exercisePrice = exercisePrice
    }
}

/// What one stakeholder has in a project on a given day: shares per class and options.
public struct HolderPosition: Hashable, Sendable {
    public let holder: StakeholderID
    public let units: [ShareClassID: ShareCount]
    /// Ordered by grant id.
    public let options: [OptionPosition]
}

/// A cohort's completion rule: the confirmed consultation hours and the milestones of
/// the MVP plan (not `dropped`) a project needs before it is certified. The seed's
/// programme asks for 20+ hours with mentors and a plan; a cohort may ask for more.
public struct AcceleratorSettings: Hashable, Sendable {
    public static let standard = AcceleratorSettings(requiredHours: 20, requiredMilestones: 1)
    public static let requiredHoursRange = 1...1000
    public static let requiredMilestonesRange = 0...100

    public var requiredHours: Int
    public var requiredMilestones: Int

    public init(requiredHours: Int, requiredMilestones: Int) {
        self.requiredHours = requiredHours
        self.requiredMilestones = requiredMilestones
    }
}

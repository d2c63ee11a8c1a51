/// How much of its cap table a project shows to the public and to members outside its
/// lead and Union staff, who always see everything. Chosen by the project's lead or staff.
public enum CapTableVisibility: String, Hashable, Sendable, CaseIterable, Comparable, RegistryCode {
    /// Share classes and totals only.
    case summary
    /// Also each holder's units and fully diluted share.
    case holders
    /// Also every event, in ledger order.
    case full

    public static func < (lhs: CapTableVisibility, rhs: CapTableVisibility) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

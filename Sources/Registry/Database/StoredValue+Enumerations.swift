// Enumerations stored as their raw values.

extension CapTableVisibility: StoredValue {}
extension CommunityKind: StoredValue {}
extension ContractKind: StoredValue {}
extension EventKind: StoredValue {}
extension EventStatus: StoredValue {}
extension HappinessIndicator: StoredValue {}
extension IndicatorDirection: StoredValue {}
extension IndicatorUnit: StoredValue {}
extension InvestorKind: StoredValue {}
extension IPAssetKind: StoredValue {}
extension IPConsentRequest.Act: StoredValue {}
extension MailKind: StoredValue {}
extension MailLanguage: StoredValue {}
extension MemberKind: StoredValue {}
extension MemberRole: StoredValue {}
extension MembershipStatus: StoredValue {}
extension MilestoneStatus: StoredValue {}
extension PledgeStatus: StoredValue {}
extension ProjectStage: StoredValue {}
extension RoadMapStatus: StoredValue {}
extension Role: StoredValue {}
extension TeamRole: StoredValue {}

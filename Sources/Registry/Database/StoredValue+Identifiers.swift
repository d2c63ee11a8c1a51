import Ledger

// Identifiers, stored as their text.

extension APITokenID: StoredValue {}
extension AccountID: StoredValue {}
extension MailID: StoredValue {}
extension AuditResultID: StoredValue {}
extension ChallengeTeamID: StoredValue {}
extension CityID: StoredValue {}
extension CommunityID: StoredValue {}
extension ConsultationID: StoredValue {}
extension ContractID: StoredValue {}
extension EventID: StoredValue {}
extension IPAssetID: StoredValue {}
extension IPConsentRequestID: StoredValue {}
extension IPLicenceID: StoredValue {}
extension IndicatorFigureID: StoredValue {}
extension MemberID: StoredValue {}
extension MilestoneID: StoredValue {}
extension PledgeID: StoredValue {}
extension PracticeID: StoredValue {}
extension ProjectID: StoredValue {}
extension SessionID: StoredValue {}

extension PartyID: StoredValue {
    /// Checked when it was made, like a `PrefixedID`.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(unchecked: try row.text(column))
    }
}

extension CapTableID: StoredValue {
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(try row.text(column))
    }
}

/// What a mentor or a team lead logs: who advised, on which day, for how many whole
/// hours, and about what (the topic stays in the registry, never in the ledger).
public struct ConsultationDraft: Sendable {
    public static let hoursRange = 1...12

    public var mentorID: MemberID
    public var heldOn: CalendarDate
    public var hours: Int
    public var topic: String

    public init(mentorID: MemberID, heldOn: CalendarDate, hours: Int, topic: String) {
        self.mentorID = mentorID
        self.heldOn = heldOn
        self.hours = hours
        self.topic = topic
    }
}

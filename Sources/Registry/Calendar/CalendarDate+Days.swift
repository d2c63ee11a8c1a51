import Ledger

/// Day arithmetic for plans counted in days (the road map's one-day and three-day steps)
/// and for drawing dates on a time axis.
extension CalendarDate {
    /// This date `days` days later (or earlier, for a negative count).
    public func addingDays(_ days: Int) -> CalendarDate {
        let (year, month, day) = LedgerTime.civil(fromDays: dayNumber + Int64(days))
        return CalendarDate(unchecked: Int(year), month: Int(month), day: Int(day))
    }

    /// Days from `start` to this date: 0 for the same day, negative when this date is earlier.
    public func days(since start: CalendarDate) -> Int {
        Int(dayNumber - start.dayNumber)
    }

    /// Days since 1970-01-01.
    private var dayNumber: Int64 {
        LedgerTime.days(fromCivil: Int64(year), Int64(month), Int64(day))
    }
}

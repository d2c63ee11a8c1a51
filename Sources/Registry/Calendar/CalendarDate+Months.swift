/// Calendar-month arithmetic for schedules that run by the month (option vesting).
///
/// Adding months keeps the day of the month and clamps it to the month's last day:
/// 31 January plus one month is 28 (or 29) February, plus two months is 31 March,
/// because every step is counted from the original date, never from a clamped one.
extension CalendarDate {
    /// This date `months` calendar months later (or earlier, for a negative count).
    public func addingMonths(_ months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return CalendarDate(unchecked: newYear, month: newMonth,
                            day: min(day, Self.days(inMonth: newMonth, year: newYear)))
    }

    /// How many whole calendar months have passed from `start` to this date: the largest
    /// `n` with `start.addingMonths(n) <= self`, or a negative count when this date is earlier.
    public func wholeMonths(since start: CalendarDate) -> Int {
        var months = (year - start.year) * 12 + (month - start.month)
        if start.addingMonths(months) > self { months -= 1 }
        return months
    }
}

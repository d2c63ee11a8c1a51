extension CalendarDate {
    /// «14 марта 2026 г.», as a Russian document dates itself.
    public var russianDay: String {
        let months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
        let parts = description.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return description }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0]) г."
    }
}

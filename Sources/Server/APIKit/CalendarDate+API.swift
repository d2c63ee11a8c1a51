import Registry

extension CalendarDate {
    /// The date in a request field, or a validation problem pointing at that field.
    static func parse(_ text: String, pointer: String) throws(APIError) -> CalendarDate {
        guard let date = CalendarDate(rfc3339: text) else {
            throw .validation([.init(pointer: pointer, detail: "'\(text)' is not a date of the form YYYY-MM-DD.")])
        }
        return date
    }
}

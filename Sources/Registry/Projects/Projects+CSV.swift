extension Projects {
    /// The columns of a projects CSV export.
    public static let csvColumns = ["id", "title", "direction", "city_id", "stage", "lead_member_id"]

    /// Every project as CSV, for reporting in a spreadsheet. Export only: projects
    /// are started by their leads, not entered in bulk.
    public func exportCSV() async throws -> [UInt8] {
        var writer = CSVWriter(header: Self.csvColumns)
        for project in try await projects() {
            writer.append([project.id.rawValue, project.title, project.direction, project.cityID.rawValue,
                           project.stage.rawValue, project.lead?.rawValue ?? ""])
        }
        return writer.bytes
    }
}

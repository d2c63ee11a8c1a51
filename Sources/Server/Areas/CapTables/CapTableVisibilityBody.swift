import Registry

/// The body of `PUT …/cap-table/visibility` and its answer.
struct CapTableVisibilityBody: Codable {
    var projectId: String?
    let visibility: CapTableVisibility
}

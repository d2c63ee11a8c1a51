/// The query parameters every paged list takes.
enum PageDocumentation {
    static let query = [
        RouteDocumentation.QueryParameter("limit", type: "integer", description: "Items per page, 1 to 200 (default 50)."),
        RouteDocumentation.QueryParameter("cursor", type: "string", description: "The next_cursor of the previous page."),
    ]
}

/// The query parameters every paged list takes.
enum PageDocumentation {
    static let query = [
        RouteDocumentation.QueryParameter("limit", type: "integer", description: "Items per page, 1 to 200 (default 50)."),
        RouteDocumentation.QueryParameter("cursor", type: "string", description: "The next_cursor of the previous page."),
    ]

    /// A paged list that full-text search can narrow.
    static let searchable = query + [
        RouteDocumentation.QueryParameter(
            "q", type: "string",
            description: "Search words (Russian or English; case and ё/е ignored; a Russian word is cut to its stem; each word "
                + "matches as a prefix; all must match)."),
    ]
}
